package com.onboarding.gateway.terms;

import java.util.List;

/**
 * Whether the Autotask company field where the MSP records a signed T&amp;C says "on file": its stored value or
 * its picklist label (they differ) is one of the configured values, ignoring case and surrounding blanks. An empty
 * field, or any other value ("No", a date typed by hand), is not on file: the T&amp;C is then looked for elsewhere.
 */
public final class TermsFieldRule {

    private TermsFieldRule() {
    }

    public static boolean onFile(String value, String label, List<String> onFileValues) {
        if (value == null || value.isBlank()) {
            return false;
        }
        return onFileValues.stream().map(String::strip).anyMatch(accepted -> accepted.equalsIgnoreCase(value.strip())
                || label != null && accepted.equalsIgnoreCase(label.strip()));
    }
}
