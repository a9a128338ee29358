package com.onboarding.documentation.rules;

import java.util.Map;
import java.util.Optional;
import java.util.function.BinaryOperator;

/**
 * Never downgrade a customer field: what an existing customer already has is merged with what they signed by the
 * field's rule table (current value x signed value -> new value). An empty field gets the signed value; a value a
 * person set by hand that the table does not know is left alone, and the step says so.
 *
 * @param write the option to write, empty when nothing is written
 * @param message what happened, for the step
 */
public record FieldMerge(Optional<String> write, String message) {

    public static <T extends Enum<T>> FieldMerge of(String field, String current, T signed, Map<T, String> options,
            BinaryOperator<T> table) {
        String signedOption = options.get(signed);
        if (current == null || current.isBlank()) {
            return new FieldMerge(Optional.of(signedOption), field + " set to '" + signedOption + "'");
        }
        Optional<T> known = options.entrySet().stream().filter(e -> e.getValue().equalsIgnoreCase(current.trim()))
                .map(Map.Entry::getKey).findFirst();
        if (known.isEmpty()) {
            return new FieldMerge(Optional.empty(), field + " left at '" + current + "', set by hand and not a value the"
                    + " merge table knows (the agreement alone would give '" + signedOption + "'): a person decides");
        }
        String merged = options.get(table.apply(known.get(), signed));
        if (merged.equalsIgnoreCase(current.trim())) {
            return new FieldMerge(Optional.empty(), field + " was already '" + current + "'"
                    + (merged.equals(signedOption) ? "" : " (kept, never downgraded to '" + signedOption + "')"));
        }
        return new FieldMerge(Optional.of(merged), field + " set to '" + merged + "' (was '" + current + "')");
    }
}
