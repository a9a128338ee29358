package com.onboarding.clients.itglue;

/** An IT Glue organization (usually synced from the PSA). */
public record ITGlueOrganization(long id, String name) {
}
