package com.onboarding.gateway.intake;

import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * What a signed Connect delivery must respect to be taken as an envelope: an envelope id shaped like DocuSign's
 * (it becomes the onboarding id everywhere), an account name that fits, and no NUL character in any value (the
 * database cannot store it). A delivery that breaks one is still kept, for a person, with the reason.
 */
public final class DeliveryLimits {

    static final int MAX_ENVELOPE_ID = 100;
    static final int MAX_ACCOUNT_NAME = 300;
    static final int MAX_TEXT_BYTES = 1024 * 1024;
    private static final Pattern ENVELOPE_ID = Pattern.compile("[A-Za-z0-9-]{1," + MAX_ENVELOPE_ID + "}");

    private DeliveryLimits() {
    }

    /** Why this envelope cannot be taken as it is, or empty when it can. */
    public static Optional<String> broken(String envelopeId, Map<String, String> fields, String accountNameField) {
        if (!ENVELOPE_ID.matcher(envelopeId).matches()) {
            return Optional.of("the envelope id is not a DocuSign envelope id (letters, digits and '-', at most "
                    + MAX_ENVELOPE_ID + " characters; " + envelopeId.length() + " received)");
        }
        String accountName = fields.get(accountNameField);
        if (accountName != null && accountName.length() > MAX_ACCOUNT_NAME) {
            return Optional.of("the account name has " + accountName.length() + " characters (at most " + MAX_ACCOUNT_NAME + ")");
        }
        for (Map.Entry<String, String> field : fields.entrySet()) {
            if (hasNul(field.getKey()) || hasNul(field.getValue())) {
                return Optional.of("a field contains a NUL character");
            }
        }
        return Optional.empty();
    }

    /** The text as PostgreSQL can store it: NUL characters replaced by U+FFFD (the raw bytes are kept apart). */
    public static String storable(String text) {
        return text.replace('\u0000', '\uFFFD');
    }

    /** The delivery as text for people to read, up to 1 MiB (a longer one is kept as raw bytes only). */
    public static String text(byte[] raw) {
        if (raw == null || raw.length > MAX_TEXT_BYTES) {
            return null;
        }
        return storable(new String(raw, java.nio.charset.StandardCharsets.UTF_8));
    }

    private static boolean hasNul(String text) {
        return text != null && text.indexOf('\u0000') >= 0;
    }
}
