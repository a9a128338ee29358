package com.onboarding.sandbox.docusign;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.smallrye.common.annotation.Blocking;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.X509EncodedKeySpec;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;

/**
 * DocuSign's OAuth token endpoint for the JWT grant ({@code /oauth/token} on account-d.docusign.com): the
 * assertion must be an RS256 JWT signed with the integration's private key, {@code iss} the integration key,
 * {@code sub} the consenting user, {@code aud} the authentication host, a {@code scope} with {@code signature},
 * and an {@code exp} in the future at most an hour after {@code iat}. Errors are {@code invalid_grant} and
 * {@code consent_required} as DocuSign answers them.
 */
@Path("/docusign-auth/oauth/token")
@Blocking
public class DocuSignAuthResource {

    private static final String JWT_GRANT = "urn:ietf:params:oauth:grant-type:jwt-bearer";
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final DocuSignSettings settings;
    private final DocuSignStore store;

    public DocuSignAuthResource(DocuSignSettings settings, DocuSignStore store) {
        this.settings = settings;
        this.store = store;
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.APPLICATION_JSON)
    public Response token(@FormParam("grant_type") String grantType, @FormParam("assertion") String assertion) {
        if (!JWT_GRANT.equals(grantType)) {
            return error("unsupported_grant_type", null);
        }
        if (assertion == null || assertion.split("\\.").length != 3) {
            return error("invalid_request", "The assertion is not a JWT");
        }
        String[] parts = assertion.split("\\.");
        JsonNode header;
        JsonNode claims;
        try {
            header = MAPPER.readTree(Base64.getUrlDecoder().decode(parts[0]));
            claims = MAPPER.readTree(Base64.getUrlDecoder().decode(parts[1]));
        } catch (java.io.IOException | IllegalArgumentException e) {
            return error("invalid_request", "The assertion is not a JWT");
        }
        if (!"RS256".equals(header.path("alg").asText()) || !verifies(parts)) {
            return error("invalid_grant", "no_valid_keys_or_signatures");
        }
        long now = Instant.now().getEpochSecond();
        if (!settings.integrationKey().equals(claims.path("iss").asText())) {
            return error("invalid_grant", "client_id_not_registered");
        }
        JsonNode aud = claims.path("aud");
        boolean audienceMatches = aud.isArray() ? aud.toString().contains("\"" + settings.audience() + "\"")
                : settings.audience().equals(aud.asText());
        if (!audienceMatches) {
            return error("invalid_grant", "invalid audience");
        }
        long exp = claims.path("exp").asLong(0);
        long iat = claims.path("iat").asLong(0);
        if (exp <= now || iat > now + 60 || exp - iat > 3600) {
            return error("invalid_grant", "expired or too long-lived assertion (exp must be in the future, at most an hour after iat)");
        }
        if (!claims.path("scope").asText().contains("signature")) {
            return error("invalid_scope", null);
        }
        if (!settings.userId().equals(claims.path("sub").asText())) {
            return error("consent_required", null);
        }
        return Response.ok(Map.of("access_token", store.issueToken(settings.tokenLifetimeSeconds()), "token_type", "Bearer",
                "expires_in", settings.tokenLifetimeSeconds())).build();
    }

    private boolean verifies(String[] parts) {
        try {
            PublicKey key = KeyFactory.getInstance("RSA")
                    .generatePublic(new X509EncodedKeySpec(Base64.getMimeDecoder().decode(settings.publicKey())));
            Signature signature = Signature.getInstance("SHA256withRSA");
            signature.initVerify(key);
            signature.update((parts[0] + "." + parts[1]).getBytes(StandardCharsets.US_ASCII));
            return signature.verify(Base64.getUrlDecoder().decode(parts[2]));
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            return false;
        }
    }

    private static Response error(String error, String description) {
        return Response.status(400).type(MediaType.APPLICATION_JSON)
                .entity(description == null ? Map.of("error", error) : Map.of("error", error, "error_description", description))
                .build();
    }
}
