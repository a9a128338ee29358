package com.onboarding.sandbox.itglue;

import java.util.List;
import java.util.Optional;

/** A flexible asset type with its fields. */
record AssetType(long id, String name, String description, List<AssetField> fields) {

    Optional<AssetField> field(String nameKey) {
        return fields.stream().filter(f -> f.nameKey().equals(nameKey)).findFirst();
    }
}
