package com.onboarding.reminder.rules;

/**
 * Procedure IV: "DO NOT use ampersands anywhere in the email commands! They screw up the email commands so the
 * emails will not send." Our rule: in names, subjects and text an ampersand is rewritten to the word "and" (with
 * single spaces around it: "Smith&Sons" and "Smith & Sons" both become "Smith and Sons"); an email address with an
 * ampersand cannot be rewritten without changing who receives it, so it is refused for a person to correct.
 */
public final class Ampersands {

    private Ampersands() {
    }

    public static String rewrite(String text) {
        if (text == null) {
            return null;
        }
        return text.replaceAll("\\s*&+\\s*", " and ").replaceAll(" {2,}", " ").strip();
    }

    /** The address, or a {@link ReminderRefused} naming it when it contains an ampersand. */
    public static String address(String email) {
        if (email.contains("&")) {
            throw new ReminderRefused("The address '" + email + "' contains an ampersand, which would break the reminder "
                    + "command. Correct the reminder recipients (the address in the agreement), then retry this step.");
        }
        return email.strip();
    }
}
