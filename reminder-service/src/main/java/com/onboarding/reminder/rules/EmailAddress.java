package com.onboarding.reminder.rules;

import java.util.regex.Pattern;

/**
 * The strict e-mail grammar every address in a reminder command must match (both deliveries): a dot-atom local
 * part of letters, digits and {@code _ + -}, an {@code @}, and a host name of at least two labels (letters, digits,
 * inner hyphens) ending in an alphabetic top-level domain. Deliberately narrower than RFC 5322: nothing that cmd.exe
 * or blat treats specially ({@code " | % ^ ( ) < > & !}, spaces, newlines) can pass, so an address needs no escaping.
 */
public final class EmailAddress {

    private static final String ATOM = "[A-Za-z0-9_+-]+";
    private static final String LABEL = "[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?";
    private static final Pattern STRICT = Pattern.compile(ATOM + "(?:\\." + ATOM + ")*@(?:" + LABEL + "\\.)+[A-Za-z]{2,63}");

    private EmailAddress() {
    }

    public static boolean isValid(String address) {
        return address != null && address.length() <= 254 && STRICT.matcher(address).matches();
    }

    /** The address (trimmed), or a {@link ReminderRefused} naming it. */
    public static String strict(String address) {
        String trimmed = address == null ? "" : address.strip();
        if (!isValid(trimmed)) {
            throw new ReminderRefused("The address '" + printable(address) + "' is not a plain e-mail address (letters,"
                    + " digits, . _ + - before the @, a domain name after it), so it cannot go into the reminder command."
                    + " Correct the reminder recipients (the address in the agreement), then retry this step.");
        }
        return trimmed;
    }

    private static String printable(String text) {
        return String.valueOf(text).replace("\r", "\\r").replace("\n", "\\n");
    }
}
