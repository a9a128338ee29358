package com.onboarding.gateway.intake;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.onboarding.events.AgreementTerms;
import com.onboarding.events.ContractSigned;
import com.onboarding.events.EventJson;
import com.onboarding.gateway.GatewaySteps;
import com.onboarding.gateway.onboarding.Onboarding;
import com.onboarding.gateway.terms.Signer;
import com.onboarding.gateway.terms.TermsAndConditions;
import com.onboarding.gateway.terms.TermsOnFile;
import com.onboarding.messaging.outbox.Outbox;
import com.onboarding.messaging.steps.StepTracker;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Steps intake.envelope and intake.terms-and-conditions: an onboarding is stored with whatever arrived; complete
 * terms and a T&amp;C agreement on file publish ContractSigned (through the outbox, in the same transaction);
 * otherwise the step waits for a person with the list of what is missing.
 */
@ApplicationScoped
public class Intake {

    private final TermsMapping mapping;
    private final StepTracker steps;
    private final Outbox outbox;
    private final TermsAndConditions termsAndConditions;
    private final Clock clock;

    public Intake(TermsMapping mapping, StepTracker steps, Outbox outbox,
            TermsAndConditions termsAndConditions, Clock clock) {
        this.termsAndConditions = termsAndConditions;
        this.mapping = mapping;
        this.steps = steps;
        this.outbox = outbox;
        this.clock = clock;
    }

    public enum Outcome { STARTED, DUPLICATE, TERMS_AND_CONDITIONS }

    /**
     * A completed envelope from DocuSign Connect, in one transaction: the completion of a T&amp;C envelope the
     * gateway sent, or else a signed agreement that starts an onboarding (once).
     */
    @Transactional
    public Outcome envelopeCompleted(String envelopeId, byte[] rawBody, Map<String, String> fields, String onboardingIdField) {
        lock(envelopeId);
        if (termsEnvelopeCompleted(envelopeId, onboardingIdField)) {
            return Outcome.TERMS_AND_CONDITIONS;
        }
        return receive(envelopeId, "docusign", rawBody, fields) ? Outcome.STARTED : Outcome.DUPLICATE;
    }

    /** Starts an onboarding from an envelope's fields; false when this envelope was already received. */
    @Transactional
    public boolean receive(String onboardingId, String source, String rawEnvelope, Map<String, String> fields) {
        return receive(onboardingId, source, rawEnvelope == null ? null : rawEnvelope.getBytes(java.nio.charset.StandardCharsets.UTF_8), fields);
    }

    private boolean receive(String onboardingId, String source, byte[] rawBody, Map<String, String> fields) {
        lock(onboardingId);
        if (Onboarding.findById(onboardingId) != null) {
            return false;
        }
        Onboarding onboarding = new Onboarding();
        onboarding.id = onboardingId;
        onboarding.source = source;
        onboarding.rawBody = rawBody;
        onboarding.rawEnvelope = DeliveryLimits.text(rawBody);
        onboarding.envelopeFields = json(fields);
        onboarding.accountName = fields.get(mapping.accountName());
        onboarding.termsAndConditionsOnFile = termsAndConditions.onFile(onboarding.accountName);
        onboarding.createdAt = OffsetDateTime.now(clock);
        onboarding.persist();
        evaluate(onboarding);
        return true;
    }

    /** A delivery that could not even be read: stored as it came, for a person. */
    @Transactional
    public boolean receiveUnreadable(String onboardingId, byte[] rawBody, String reason) {
        lock(onboardingId);
        if (Onboarding.findById(onboardingId) != null) {
            return false;
        }
        Onboarding onboarding = new Onboarding();
        onboarding.id = onboardingId;
        onboarding.source = "docusign";
        onboarding.rawBody = rawBody;
        onboarding.rawEnvelope = DeliveryLimits.text(rawBody);
        onboarding.problems = reason;
        onboarding.createdAt = OffsetDateTime.now(clock);
        onboarding.persist();
        steps.needsAttention(onboardingId, GatewaySteps.ENVELOPE, "The DocuSign message could not be read (" + reason
                + "). It is stored as received; enter the terms on its page (\"Complete missing terms\") or through the API.");
        return true;
    }

    /** Staff complete or correct terms (field name → value, as on the envelope). */
    @Transactional
    public Onboarding completeTerms(String onboardingId, Map<String, String> corrections) {
        lock(onboardingId);
        Onboarding onboarding = Onboarding.findById(onboardingId);
        if (onboarding.contractSignedAt != null) {
            throw new IllegalStateException("The contract of " + onboardingId + " was already handed on; its terms are final");
        }
        Map<String, String> fields = fields(onboarding);
        fields.putAll(corrections);
        onboarding.envelopeFields = json(fields);
        onboarding.accountName = fields.get(mapping.accountName());
        evaluate(onboarding);
        return onboarding;
    }

    /** Staff record that the customer's signed T&amp;C agreement is on file. */
    @Transactional
    public Onboarding termsAndConditionsReceived(String onboardingId) {
        return termsAndConditionsReceived(onboardingId, null, null);
    }

    /** Staff record a T&amp;C signed on paper, with who and the evidence (ticket number, where the copy is filed). */
    @Transactional
    public Onboarding termsAndConditionsReceived(String onboardingId, String actor, String evidence) {
        lock(onboardingId);
        Onboarding onboarding = Onboarding.findById(onboardingId);
        onboarding.termsAndConditionsOnFile = true;
        termsAndConditions.recordOnFile(onboarding.accountName, "staff", null, evidence, actor);
        termsAndConditions.cancelPending(onboardingId);
        evaluate(onboarding);
        return onboarding;
    }

    /**
     * A system of record holds the customer's signed T&amp;C (Autotask's company field, a completed DocuSign T&amp;C
     * envelope): recorded on file, and the onboarding — with any other of the customer waiting for it — goes on.
     */
    @Transactional
    public void termsFoundOnRecord(String onboardingId, com.onboarding.gateway.terms.TermsOfRecord.Found found) {
        lock(onboardingId);
        Onboarding onboarding = Onboarding.findById(onboardingId);
        if (onboarding == null || onboarding.termsAndConditionsOnFile) {
            return;
        }
        termsAndConditions.recordOnFile(onboarding.accountName, found.source(), found.envelopeId(), found.evidence(), null);
        release(onboarding);
    }

    /**
     * DocuSign Connect reports a completed envelope: when it is a T&amp;C envelope the gateway sent, the T&amp;C is on
     * file for the customer and the held onboarding (and any other of that customer waiting for it) goes on.
     * Returns whether it was a T&amp;C envelope (a duplicate delivery included).
     */
    @Transactional
    public boolean termsEnvelopeCompleted(String envelopeId, String onboardingIdField) {
        if (!termsAndConditions.isTermsEnvelope(envelopeId, onboardingIdField)) {
            return false;
        }
        termsAndConditions.completed(envelopeId, onboardingIdField).ifPresent(held -> release(Onboarding.findById(held)));
        return true;
    }

    /** The T&amp;C is on file for the customer: this onboarding and every other of the customer waiting for it go on. */
    private void release(Onboarding onboarding) {
        List<Onboarding> waiting = new ArrayList<>(Onboarding.<Onboarding>list(
                "lower(accountName) = ?1 and termsAndConditionsOnFile = false and contractSignedAt is null",
                TermsOnFile.key(onboarding.accountName)));
        if (!waiting.contains(onboarding)) {
            waiting.add(onboarding);
        }
        for (Onboarding each : waiting) {
            each.termsAndConditionsOnFile = true;
            termsAndConditions.cancelPending(each.id);
            evaluate(each);
        }
    }

    /**
     * Serialises deliveries of one envelope until the transaction ends: two identical deliveries at the same moment
     * would otherwise both look the onboarding up, find nothing and insert it twice.
     */
    private static void lock(String onboardingId) {
        Onboarding.getEntityManager().createNativeQuery("select 1 from (select pg_advisory_xact_lock(hashtext(?1))) as turn")
                .setParameter(1, onboardingId).getSingleResult();
    }

    private void evaluate(Onboarding onboarding) {
        TermsReader.Result result = TermsReader.read(fields(onboarding), mapping);
        if (result.terms().isEmpty()) {
            onboarding.problems = String.join("\n", result.problems());
            steps.needsAttention(onboarding.id, GatewaySteps.ENVELOPE, "Agreement terms missing or contradictory: "
                    + String.join("; ", result.problems()) + ". Complete them on its page (\"Complete missing terms\") or through the API.");
            return;
        }
        AgreementTerms terms = result.terms().get();
        onboarding.problems = null;
        onboarding.terms = EventJson.mapper().valueToTree(terms).toString();
        steps.done(onboarding.id, GatewaySteps.ENVELOPE, "Agreement terms read for " + terms.accountName());
        if (!onboarding.termsAndConditionsOnFile) {
            Map<String, String> fields = fields(onboarding);
            termsAndConditions.await(onboarding.id, terms.accountName(),
                    new Signer(fields.get(mapping.customerSignerName()), fields.get(mapping.customerSignerEmail())));
            return;
        }
        steps.done(onboarding.id, GatewaySteps.TERMS_AND_CONDITIONS, termsAndConditions.whereOnFile(terms.accountName()));
        if (onboarding.contractSignedAt == null && handOn(onboarding)) {
            outbox.publish(ContractSigned.of(onboarding.id, terms));
        }
    }

    /**
     * Claims the hand-on of the contract: true for the one transaction that set {@code contractSignedAt} (a concurrent
     * one, e.g. a T&amp;C found on record while staff record it received, waits for the row and then changes none).
     */
    private boolean handOn(Onboarding onboarding) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        int claimed = Onboarding.update("contractSignedAt = ?1 where id = ?2 and contractSignedAt is null", now,
                onboarding.id);
        if (claimed == 1) {
            onboarding.contractSignedAt = now;
        }
        return claimed == 1;
    }

    private static Map<String, String> fields(Onboarding onboarding) {
        if (onboarding.envelopeFields == null) {
            return new LinkedHashMap<>();
        }
        try {
            return EventJson.mapper().readValue(onboarding.envelopeFields, new TypeReference<LinkedHashMap<String, String>>() {
            });
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String json(Map<String, String> fields) {
        return EventJson.mapper().valueToTree(fields).toString();
    }
}
