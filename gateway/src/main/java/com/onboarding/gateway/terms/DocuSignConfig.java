package com.onboarding.gateway.terms;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.Optional;

/**
 * How the gateway sends the general consulting T&amp;C envelope through the DocuSign eSignature REST API: the JWT
 * grant as the integration (integration key, RSA private key) impersonating the sending user, the account and its
 * T&amp;C template. Without integration key, user, account, private key and template the gateway sends nothing and
 * the T&amp;C step waits for a person as before. The private key is a secret: GATEWAY_DOCUSIGN_PRIVATE_KEY.
 */
@ConfigMapping(prefix = "gateway.docusign")
public interface DocuSignConfig {

    /** The authentication server; the token endpoint is {authUrl}/oauth/token (production: https://account.docusign.com). */
    @WithDefault("https://account-d.docusign.com")
    String authUrl();

    /** The JWT's aud: the authentication server's host name (production: account.docusign.com). */
    @WithDefault("account-d.docusign.com")
    String audience();

    /** The account's base URI (from /oauth/userinfo); calls go to {baseUrl}/restapi/v2.1/accounts/{accountId}/... */
    @WithDefault("https://demo.docusign.net")
    String baseUrl();

    Optional<String> accountId();

    /** The integration key (client id) of the app registered in DocuSign. */
    Optional<String> integrationKey();

    /** The GUID of the user the gateway sends as (who granted consent to the integration). */
    Optional<String> userId();

    /** The integration's RSA private key, PKCS#8 PEM (or its Base64 body). */
    Optional<String> privateKey();

    /** The template of the general consulting T&amp;C agreement. */
    Optional<String> termsTemplateId();

    /** The template role the customer's signer fills. */
    @WithDefault("Customer")
    String signerRole();

    @WithDefault("Please sign our general consulting terms and conditions")
    String emailSubject();

    @WithDefault("30s")
    Duration timeout();

    default boolean configured() {
        return accountId().isPresent() && integrationKey().isPresent() && userId().isPresent() && privateKey().isPresent()
                && termsTemplateId().isPresent();
    }
}
