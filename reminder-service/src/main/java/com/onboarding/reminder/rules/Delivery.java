package com.onboarding.reminder.rules;

import java.util.List;

/**
 * How a customer's reminder goes out: through the Power Automate flow (every customer by default), or — only for the
 * older customers named in {@code reminders.legacy-customers} — through the legacy command file on the ScreenConnect
 * server, where a person adds the lines by hand. One legacy customer never moves anyone else to the legacy path.
 */
public enum Delivery {
    POWER_AUTOMATE, LEGACY;

    /** LEGACY when the company is one of the configured legacy customers (names compared trimmed, ignoring case). */
    public static Delivery of(String companyName, List<String> legacyCustomers) {
        String name = companyName == null ? "" : companyName.strip();
        boolean legacy = !name.isEmpty() && legacyCustomers.stream().map(String::strip).anyMatch(name::equalsIgnoreCase);
        return legacy ? LEGACY : POWER_AUTOMATE;
    }
}
