package com.onboarding.clients.itglue;

import com.fasterxml.jackson.databind.JsonNode;

/** A flexible asset as read: its traits keyed by name-key, in the shape GET returns (tags expanded to objects). */
public record FlexibleAsset(long id, long organizationId, long typeId, String name, JsonNode traits) {
}
