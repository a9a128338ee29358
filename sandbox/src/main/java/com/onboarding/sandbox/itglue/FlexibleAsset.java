package com.onboarding.sandbox.itglue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;

/** A flexible asset: its traits as stored (tag traits as arrays of ids). */
final class FlexibleAsset {

    final long id;
    final long organizationId;
    final long typeId;
    final Instant createdAt = Instant.now();
    ObjectNode traits;
    Instant updatedAt = createdAt;

    FlexibleAsset(long id, long organizationId, long typeId, ObjectNode traits) {
        this.id = id;
        this.organizationId = organizationId;
        this.typeId = typeId;
        this.traits = traits;
    }
}
