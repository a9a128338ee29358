package com.onboarding.sandbox.docusign;

import jakarta.enterprise.context.ApplicationScoped;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** The simulated account's envelopes and the access tokens it issued. */
@ApplicationScoped
public class DocuSignStore {

    /** One envelope: created from a template for one signer, with its custom fields; sent, then completed. */
    public static final class Envelope {
        public final String envelopeId = UUID.randomUUID().toString();
        public final String templateId;
        public final String roleName;
        public final String signerName;
        public final String signerEmail;
        public final String emailSubject;
        public final Map<String, String> customFields;
        public final Instant created;
        public String status;
        public Instant completed;

        Envelope(String templateId, String roleName, String signerName, String signerEmail, String emailSubject,
                Map<String, String> customFields, String status) {
            this.templateId = templateId;
            this.roleName = roleName;
            this.signerName = signerName;
            this.signerEmail = signerEmail;
            this.emailSubject = emailSubject;
            this.customFields = customFields;
            this.status = status;
            this.created = Instant.now();
        }

        /** An envelope of the account's past (seeded): created and completed at the given time. */
        Envelope(String templateId, String roleName, String signerName, String signerEmail, String emailSubject,
                Map<String, String> customFields, Instant completedAt) {
            this.templateId = templateId;
            this.roleName = roleName;
            this.signerName = signerName;
            this.signerEmail = signerEmail;
            this.emailSubject = emailSubject;
            this.customFields = customFields;
            this.status = "completed";
            this.created = completedAt.minusSeconds(3600);
            this.completed = completedAt;
        }
    }

    private final SecureRandom random = new SecureRandom();
    private final Map<String, Instant> tokens = new LinkedHashMap<>();
    private final Map<String, Envelope> envelopes = new LinkedHashMap<>();

    public synchronized String issueToken(int lifetimeSeconds) {
        byte[] bytes = new byte[24];
        random.nextBytes(bytes);
        String token = "ds-sandbox-" + HexFormat.of().formatHex(bytes);
        tokens.put(token, Instant.now().plusSeconds(lifetimeSeconds));
        return token;
    }

    public synchronized boolean validToken(String authorization) {
        if (authorization == null || !authorization.startsWith("Bearer ")) {
            return false;
        }
        Instant expires = tokens.get(authorization.substring("Bearer ".length()).trim());
        return expires != null && Instant.now().isBefore(expires);
    }

    public synchronized Envelope add(String templateId, String roleName, String signerName, String signerEmail,
            String emailSubject, Map<String, String> customFields, String status) {
        Envelope envelope = new Envelope(templateId, roleName, signerName, signerEmail, emailSubject, customFields, status);
        envelopes.put(envelope.envelopeId, envelope);
        return envelope;
    }

    /** Seeds a completed envelope of the account's past, as if signed at {@code completedAt}. */
    public synchronized Envelope addCompleted(String templateId, String roleName, String signerName, String signerEmail,
            String emailSubject, Map<String, String> customFields, Instant completedAt) {
        Envelope envelope = new Envelope(templateId, roleName, signerName, signerEmail, emailSubject, customFields, completedAt);
        envelopes.put(envelope.envelopeId, envelope);
        return envelope;
    }

    public synchronized Optional<Envelope> find(String envelopeId) {
        return Optional.ofNullable(envelopes.get(envelopeId));
    }

    public synchronized List<Envelope> all() {
        return new ArrayList<>(envelopes.values());
    }
}
