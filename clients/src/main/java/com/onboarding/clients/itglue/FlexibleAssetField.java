package com.onboarding.clients.itglue;

/**
 * A field of a flexible asset type. {@code nameKey} is the trait key (hyphenated lower case, e.g.
 * {@code type-of-managed-services}), never the label; {@code kind} is e.g. Text, Select, Tag, Checkbox, Upload.
 */
public record FlexibleAssetField(long id, String name, String nameKey, String kind, boolean required, String tagType) {

    public boolean isTag() {
        return "Tag".equalsIgnoreCase(kind);
    }

    public boolean isUpload() {
        return "Upload".equalsIgnoreCase(kind);
    }
}
