package com.onboarding.reminder.rules;

/**
 * Text inside a double-quoted argument of a cmd.exe command line (the reminder's subject): an ampersand becomes
 * "and" (procedure IV), and every character outside a short safe set is replaced by a space, so no quote, percent,
 * caret, pipe, redirection, exclamation mark or line break can ever reach the command. Safe by construction: the
 * output alphabet is the allow-list.
 */
public final class CommandText {

    private CommandText() {
    }

    public static String quoted(String text) {
        String rewritten = Ampersands.rewrite(text == null ? "" : text);
        StringBuilder safe = new StringBuilder(rewritten.length());
        rewritten.codePoints().forEach(c -> safe.appendCodePoint(allowed(c) ? c : ' '));
        return safe.toString().replaceAll(" {2,}", " ").strip();
    }

    private static boolean allowed(int c) {
        return Character.isLetterOrDigit(c) || " .,:;'-_/+@?#$*=[]{}~".indexOf(c) >= 0;
    }
}
