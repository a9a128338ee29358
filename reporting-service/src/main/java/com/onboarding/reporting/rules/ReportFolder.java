package com.onboarding.reporting.rules;

import com.onboarding.messaging.steps.NeedsAttention;
import java.util.regex.Pattern;

/**
 * Where a customer's reports are stored: {@code client paper work, reports and proposals/<customer name>} in the
 * team site's Documents library. SharePoint refuses some characters in a name; such a customer name needs a person
 * (renaming the customer is not the suite's decision).
 */
public final class ReportFolder {

    public static final String PARENT = "client paper work, reports and proposals";

    private static final Pattern INVALID = Pattern.compile("[\"*:<>?/\\\\|#%]");

    private ReportFolder() {
    }

    public static String path(String parent, String customerName) {
        String name = customerName == null ? "" : customerName.trim();
        if (name.isEmpty()) {
            throw new NeedsAttention("The customer has no name: the report folder cannot be created");
        }
        if (INVALID.matcher(name).find() || name.endsWith(".")) {
            throw new NeedsAttention("The customer name '" + name + "' contains a character SharePoint refuses in a folder"
                    + " name (\" * : < > ? / \\ | # % or a trailing dot): create the folder '" + parent
                    + "/...' by hand with an allowed name, then confirm");
        }
        return parent + "/" + name;
    }

    public static String path(String customerName) {
        return path(PARENT, customerName);
    }
}
