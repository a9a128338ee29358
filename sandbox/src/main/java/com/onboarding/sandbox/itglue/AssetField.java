package com.onboarding.sandbox.itglue;

import java.util.List;

/**
 * A field of a flexible asset type. {@code options} are the choices of a Select field; {@code tagType} what a Tag
 * field points at (e.g. Contacts).
 */
record AssetField(long id, String name, String nameKey, String kind, boolean required, List<String> options,
        String tagType, int order) {

    static String nameKeyOf(String name) {
        return name.trim().toLowerCase().replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
    }
}
