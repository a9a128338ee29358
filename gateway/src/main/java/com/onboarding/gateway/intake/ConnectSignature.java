package com.onboarding.gateway.intake;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.Collection;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * DocuSign Connect's HMAC: Base64 of HMAC-SHA256 over the raw request body, keyed with the UTF-8 bytes of a Connect
 * key. DocuSign sends one X-DocuSign-Signature-N header per active key; any header matching any of our keys
 * verifies (so a key can be rotated with two active). Compared in constant time.
 */
public final class ConnectSignature {

    private ConnectSignature() {
    }

    public static boolean verifies(byte[] rawBody, Collection<String> signatureHeaders, Collection<String> keys) {
        boolean verified = false;
        for (String key : keys) {
            byte[] expected = sign(rawBody, key).getBytes(StandardCharsets.US_ASCII);
            for (String header : signatureHeaders) {
                // no early exit: every comparison takes the same time
                verified |= MessageDigest.isEqual(expected, header.trim().getBytes(StandardCharsets.US_ASCII));
            }
        }
        return verified;
    }

    public static String sign(byte[] rawBody, String key) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return Base64.getEncoder().encodeToString(mac.doFinal(rawBody));
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException("HmacSHA256 unavailable", e);
        }
    }
}
