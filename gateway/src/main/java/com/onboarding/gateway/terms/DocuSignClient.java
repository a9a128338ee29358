package com.onboarding.gateway.terms;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.onboarding.clients.http.LazyClient;
import com.onboarding.clients.http.Rejected;
import com.onboarding.clients.http.ResilientCaller;
import com.onboarding.clients.http.RetryPolicy;
import com.onboarding.events.EventJson;
import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.util.KeyUtils;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.client.Entity;
import jakarta.ws.rs.core.Form;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.security.GeneralSecurityException;
import java.security.PrivateKey;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.jboss.logging.Logger;

/**
 * The DocuSign eSignature REST API v2.1, as far as the T&amp;C path needs it: an access token by the JWT grant
 * (cached until shortly before it expires), the lookup of an envelope by a text custom field, and an envelope
 * created and sent from a template. Reads are retried on 429/5xx/timeouts; the create only on answers that say it
 * was not processed, so a lost answer is followed by the lookup, never by a second envelope.
 */
@ApplicationScoped
public class DocuSignClient {

    private static final Logger LOG = Logger.getLogger(DocuSignClient.class);
    private static final String JWT_GRANT = "urn:ietf:params:oauth:grant-type:jwt-bearer";
    private static final Duration TOKEN_MARGIN = Duration.ofMinutes(5);

    private final DocuSignConfig config;
    private final ResilientCaller caller;
    private final LazyClient http;
    private String token;
    private Instant tokenExpires = Instant.MIN;

    public DocuSignClient(DocuSignConfig config) {
        this.config = config;
        this.http = new LazyClient(config.timeout());
        this.caller = new ResilientCaller("DocuSign", new RetryPolicy(3, Duration.ofMillis(500), Duration.ofSeconds(10),
                Duration.ofMinutes(2)), duration -> Thread.sleep(duration.toMillis()), e -> false);
    }

    /** The id of an envelope created since {@code since} whose text custom field {@code name} is {@code value}. */
    public Optional<String> findByCustomField(String name, String value, LocalDate since) {
        JsonNode found = caller.call("find envelope " + name + "=" + value, () -> send(envelopes()
                .queryParam("from_date", since.toString()).queryParam("custom_field", name + "=" + value)
                .request().header("Authorization", "Bearer " + token()).get(), DocuSignClient::readJson));
        for (JsonNode envelope : found.path("envelopes")) {
            String status = envelope.path("status").asText();
            if (!status.equals("voided") && !status.equals("declined")) {
                return Optional.of(envelope.path("envelopeId").asText());
            }
        }
        return Optional.empty();
    }

    /**
     * A completed envelope of {@code templateId} for this customer, found through the envelope search
     * ({@code GET /envelopes?from_date=&status=completed&include=recipients,custom_fields}), first by the text custom
     * field {@code accountField=accountName}, then by the signer's address ({@code search_text}, then the signers
     * compared exactly). Each candidate's template is confirmed through {@code GET /envelopes/{id}/templates}, because
     * the search itself cannot filter by template.
     */
    public Optional<String> findCompleted(String templateId, String accountField, String accountName, String signerEmail,
            LocalDate since) {
        java.util.List<JsonNode> candidates = new java.util.ArrayList<>();
        if (accountName != null && !accountName.isBlank()) {
            search(since, "custom_field", accountField + "=" + accountName).forEach(candidates::add);
        }
        if (signerEmail != null && signerEmail.contains("@")) {
            for (JsonNode envelope : search(since, "search_text", signerEmail)) {
                if (signedBy(envelope, signerEmail)) {
                    candidates.add(envelope);
                }
            }
        }
        for (JsonNode envelope : candidates) {
            String envelopeId = envelope.path("envelopeId").asText();
            if ("completed".equals(envelope.path("status").asText()) && fromTemplate(envelopeId, templateId)) {
                return Optional.of(envelopeId);
            }
        }
        return Optional.empty();
    }

    private JsonNode search(LocalDate since, String param, String value) {
        JsonNode found = caller.call("search completed envelopes by " + param, () -> send(envelopes()
                .queryParam("from_date", since.toString()).queryParam("status", "completed")
                .queryParam("include", "recipients,custom_fields").queryParam(param, value)
                .request().header("Authorization", "Bearer " + token()).get(), DocuSignClient::readJson));
        return found.path("envelopes");
    }

    private static boolean signedBy(JsonNode envelope, String email) {
        for (JsonNode signer : envelope.path("recipients").path("signers")) {
            if (signer.path("email").asText().equalsIgnoreCase(email.strip())
                    && "completed".equals(signer.path("status").asText("completed"))) {
                return true;
            }
        }
        return false;
    }

    private boolean fromTemplate(String envelopeId, String templateId) {
        JsonNode templates = caller.call("templates of envelope " + envelopeId, () -> send(envelopes().path(envelopeId)
                .path("templates").request().header("Authorization", "Bearer " + token()).get(), DocuSignClient::readJson));
        for (JsonNode template : templates.path("templates")) {
            if (templateId.equals(template.path("templateId").asText())) {
                return true;
            }
        }
        return false;
    }

    /** Creates and sends an envelope from a template to one signer in its role; returns the envelope id. */
    public String sendFromTemplate(String templateId, String signerName, String signerEmail, Map<String, String> customFields) {
        ObjectNode body = EventJson.mapper().createObjectNode().put("templateId", templateId).put("status", "sent")
                .put("emailSubject", config.emailSubject());
        body.putArray("templateRoles").addObject().put("roleName", config.signerRole()).put("name", signerName)
                .put("email", signerEmail);
        var fields = body.putObject("customFields").putArray("textCustomFields");
        customFields.forEach((name, value) -> fields.addObject().put("name", name).put("value", value).put("show", "false"));
        JsonNode created = caller.callOnce("create envelope from template " + templateId, () -> send(envelopes().request()
                .header("Authorization", "Bearer " + token())
                .post(Entity.entity(body.toString(), MediaType.APPLICATION_JSON_TYPE)), DocuSignClient::readJson));
        String envelopeId = created.path("envelopeId").asText();
        // the signer's address is personal data: DEBUG only (the onboarding id is in the log context)
        LOG.infof("DocuSign: sent envelope %s from template %s", envelopeId, templateId);
        LOG.debugf("DocuSign: envelope %s sent to %s", envelopeId, signerEmail);
        return envelopeId;
    }

    private jakarta.ws.rs.client.WebTarget envelopes() {
        String account = config.accountId().orElseThrow(() -> new Rejected(0, "DocuSign is not configured: set gateway.docusign.account-id", null));
        return http.get().target(config.baseUrl().replaceAll("/+$", "") + "/restapi/v2.1/accounts/" + account + "/envelopes");
    }

    private synchronized String token() {
        if (token != null && Instant.now().isBefore(tokenExpires.minus(TOKEN_MARGIN))) {
            return token;
        }
        long now = Instant.now().getEpochSecond();
        String assertion = Jwt.issuer(required(config.integrationKey(), "integration-key"))
                .subject(required(config.userId(), "user-id"))
                .audience(config.audience())
                .claim("scope", "signature impersonation")
                .issuedAt(now).expiresAt(now + 3600)
                .jws().sign(privateKey());
        Form form = new Form().param("grant_type", JWT_GRANT).param("assertion", assertion);
        JsonNode answer = caller.call("token", () -> send(http.get().target(config.authUrl().replaceAll("/+$", "") + "/oauth/token")
                .request().post(Entity.form(form)), DocuSignClient::readJson));
        token = answer.path("access_token").asText();
        tokenExpires = Instant.now().plusSeconds(answer.path("expires_in").asLong(3600));
        return token;
    }

    private PrivateKey privateKey() {
        try {
            return KeyUtils.decodePrivateKey(required(config.privateKey(), "private-key"));
        } catch (GeneralSecurityException e) {
            throw new Rejected(0, "gateway.docusign.private-key is not an RSA private key (PKCS#8 PEM)", e);
        }
    }

    private synchronized void forgetToken() {
        token = null;
    }

    private <T> T send(Response response, Function<Response, T> onSuccess) {
        if (response.getStatus() == 401) {
            forgetToken();
        }
        if (response.getStatus() >= 400) {
            response.bufferEntity();
            throw new WebApplicationException(response);
        }
        try {
            return onSuccess.apply(response);
        } finally {
            response.close();
        }
    }


    private static JsonNode readJson(Response response) {
        try {
            return EventJson.mapper().readTree(response.readEntity(String.class));
        } catch (java.io.IOException e) {
            throw new jakarta.ws.rs.ProcessingException("DocuSign answered with unreadable JSON", e);
        }
    }

    private static String required(Optional<String> value, String key) {
        return value.filter(v -> !v.isBlank())
                .orElseThrow(() -> new Rejected(0, "DocuSign is not configured: set gateway.docusign." + key, null));
    }
}
