package com.onboarding.clients.itglue;

import java.util.List;
import java.util.Optional;

/** A flexible asset type (e.g. "Site Summary") with its fields. */
public record FlexibleAssetType(long id, String name, List<FlexibleAssetField> fields) {

    public FlexibleAssetType {
        fields = List.copyOf(fields);
    }

    /** The field with this label (e.g. "Type of Managed Services") or this name-key. */
    public Optional<FlexibleAssetField> field(String nameOrKey) {
        return fields.stream().filter(f -> f.name().equalsIgnoreCase(nameOrKey) || f.nameKey().equals(nameOrKey))
                .findFirst();
    }
}
