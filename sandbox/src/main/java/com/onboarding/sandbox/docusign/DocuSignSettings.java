package com.onboarding.sandbox.docusign;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.util.List;
import java.util.Optional;

/**
 * The simulated DocuSign eSignature account: the integration (app) the JWT grant accepts, with the public half of
 * its RSA key pair, the account, its templates, and the Connect configuration (HMAC key, listener URL).
 */
@ConfigMapping(prefix = "sandbox.docusign")
public interface DocuSignSettings {

    /** The integration key (client id): the JWT's iss. */
    @WithDefault("sandbox-integration-key")
    String integrationKey();

    /** The impersonated user's GUID: the JWT's sub (consent is granted for this user only). */
    @WithDefault("00000000-0000-4000-8000-00000000d0c5")
    String userId();

    /** The JWT's aud: the authentication server's host name. */
    @WithDefault("account-d.docusign.com")
    String audience();

    /** The RSA public key of the integration (Base64 X.509 SubjectPublicKeyInfo, PEM body). */
    @WithDefault("MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEAzPYBbKo+QxCG5wIf6tequxC33+ln5jA35h+xu8KCs+gKOf8w7XW71z4M5toY5GDzHbBCXRKACejtmvRrKUlZsV9xiILQLD76ceJHgydri5uedeNGfQOVxhtjRATvsVbLBGAsJtDKQUBzUkzcx84TIPZ/EDkgU3J5/ugV7U6/+orxOteLxG8ISVWwgca5qnVPOQmW34pnF24uYrpjqpHYE9k59O6BvVipexv3l0d+xjLn9WmCG4AtC8LbNq9f54JfWcDD482Q3Hv/fihDh1RRDC8UiapRIsCrUtjQ8PZf2D8CYvNXxXW3CuALgYT16zdYmmyvoNrN8CB3GZ+nDUri+wIDAQAB")
    String publicKey();

    @WithDefault("sandbox-account")
    String accountId();

    /** The account's templates (ids), e.g. the general consulting T&amp;C agreement. */
    @WithDefault("tc-general-consulting")
    List<String> templateIds();

    /** The role name of the signer every template has. */
    @WithDefault("Customer")
    String templateRole();

    /** The Connect HMAC key the completion messages are signed with. */
    @WithDefault("sandbox-connect-key")
    String connectKey();

    /** Where Connect posts envelope-completed messages (can also be given per completion); none: not posted. */
    Optional<String> connectUrl();

    @WithDefault("3600")
    int tokenLifetimeSeconds();
}
