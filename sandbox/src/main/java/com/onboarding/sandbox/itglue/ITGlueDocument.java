package com.onboarding.sandbox.itglue;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A document of an organization: a draft until published, with its sections in order, at the organization's root or
 * in a document folder (where a person may move it).
 */
final class ITGlueDocument {

    final long id;
    final long organizationId;
    final String name;
    final Instant createdAt = Instant.now();
    final List<Map<String, Object>> sections = new ArrayList<>();
    boolean published;
    Long folderId;

    ITGlueDocument(long id, long organizationId, String name) {
        this.id = id;
        this.organizationId = organizationId;
        this.name = name;
    }
}
