package com.onboarding.gateway.terms;

import com.onboarding.gateway.GatewaySteps;
import com.onboarding.gateway.intake.IntakeConfig;
import com.onboarding.messaging.engine.StepEngine;
import com.onboarding.messaging.engine.StepResult;
import com.onboarding.messaging.steps.NeedsAttention;
import com.onboarding.messaging.steps.StepTracker;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Optional;

/**
 * Step intake.terms-and-conditions: whether the customer's signed general consulting T&amp;C agreement is on file
 * (configuration, recorded by staff, or a completed T&amp;C envelope), and the T&amp;C envelope for a customer
 * without one: requested here, searched for and sent by {@link TermsStep} (the step engine's work, after the commit)
 * through DocuSign, completed by DocuSign Connect. Every change of the envelope is a step status with a message a
 * person can act on, in the same transaction.
 */
@ApplicationScoped
public class TermsAndConditions {

    private final IntakeConfig intakeConfig;
    private final DocuSignConfig docuSign;
    private final StepTracker steps;
    private final Clock clock;
    private final TermsOfRecord records;
    private final StepEngine engine;

    public TermsAndConditions(IntakeConfig intakeConfig, DocuSignConfig docuSign, StepTracker steps, Clock clock,
            TermsOfRecord records, StepEngine engine) {
        this.records = records;
        this.engine = engine;
        this.intakeConfig = intakeConfig;
        this.docuSign = docuSign;
        this.steps = steps;
        this.clock = clock;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public boolean onFile(String accountName) {
        return intakeConfig.termsAndConditions().onFile().stream().anyMatch(name -> name.equalsIgnoreCase(String.valueOf(accountName)))
                || TermsOnFile.findById(TermsOnFile.key(accountName)) != null;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void recordOnFile(String accountName, String source, String envelopeId) {
        recordOnFile(accountName, source, envelopeId, null, null);
    }

    /** Records where the customer's signed T&amp;C is (the first record wins): source, envelope, evidence and who. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void recordOnFile(String accountName, String source, String envelopeId, String evidence, String recordedBy) {
        if (accountName == null || TermsOnFile.findById(TermsOnFile.key(accountName)) != null) {
            return;
        }
        TermsOnFile onFile = new TermsOnFile();
        onFile.accountKey = TermsOnFile.key(accountName);
        onFile.accountName = accountName;
        onFile.source = source;
        onFile.envelopeId = envelopeId;
        onFile.evidence = evidence;
        onFile.recordedBy = recordedBy;
        onFile.recordedAt = OffsetDateTime.now(clock);
        onFile.persist();
    }

    /**
     * The customer has no T&amp;C on file here: the onboarding waits. First the systems of record are searched
     * ({@link TermsOfRecord}, after the commit, by {@link TermsStep}); when they have none, the T&amp;C
     * envelope is requested once (when DocuSign is configured and the signer is known). A refused envelope is
     * requested again when staff corrected the signer (terms API); otherwise it stays as it is until the step is retried.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void await(String onboardingId, String accountName, Signer signer) {
        TermsEnvelope envelope = TermsEnvelope.findById(onboardingId);
        boolean corrected = envelope != null && envelope.status == TermsEnvelope.Status.REFUSED && signer.known()
                && !signer.equals(new Signer(envelope.signerName, envelope.signerEmail));
        boolean notSent = envelope != null && envelope.status == TermsEnvelope.Status.NOT_SENT;
        if (envelope != null && envelope.status != TermsEnvelope.Status.CANCELLED && !corrected && !notSent) {
            if (envelope.status == TermsEnvelope.Status.CHECKING) {
                steps.pending(onboardingId, GatewaySteps.TERMS_AND_CONDITIONS, checking(envelope));
            } else if (envelope.status != TermsEnvelope.Status.REFUSED) {
                steps.waitingForPerson(onboardingId, GatewaySteps.TERMS_AND_CONDITIONS, message(envelope));
            }
            return;
        }
        if (envelope == null && records.anySource()) {
            envelope = new TermsEnvelope();
            envelope.onboardingId = onboardingId;
            envelope.accountName = accountName;
            envelope.signerName = signer.name();
            envelope.signerEmail = signer.email();
            envelope.status = TermsEnvelope.Status.CHECKING;
            envelope.createdAt = OffsetDateTime.now(clock);
            envelope.persist();
            steps.pending(onboardingId, GatewaySteps.TERMS_AND_CONDITIONS, checking(envelope));
            engine.schedule(onboardingId, GatewaySteps.TERMS_AND_CONDITIONS);
            return;
        }
        requestEnvelope(onboardingId, accountName, signer, envelope);
    }

    /** The systems of record have no signed T&amp;C of the customer: the envelope is requested (or a person acts). */
    @Transactional(Transactional.TxType.MANDATORY)
    public void notOnRecord(String onboardingId) {
        TermsEnvelope envelope = TermsEnvelope.findById(onboardingId);
        if (envelope == null || envelope.status != TermsEnvelope.Status.CHECKING) {
            return;
        }
        requestEnvelope(onboardingId, envelope.accountName, new Signer(envelope.signerName, envelope.signerEmail), envelope);
    }

    private void requestEnvelope(String onboardingId, String accountName, Signer signer, TermsEnvelope envelope) {
        if (!docuSign.configured() || !signer.known()) {
            notSent(envelope);
            steps.waitingForPerson(onboardingId, GatewaySteps.TERMS_AND_CONDITIONS, notSentMessage(accountName, signer));
            return;
        }
        envelope = envelope != null ? envelope : new TermsEnvelope();
        envelope.onboardingId = onboardingId;
        envelope.accountName = accountName;
        envelope.signerName = signer.name();
        envelope.signerEmail = signer.email();
        envelope.status = TermsEnvelope.Status.TO_SEND;
        envelope.createdAt = envelope.createdAt != null ? envelope.createdAt : OffsetDateTime.now(clock);
        envelope.persist();
        steps.waitingForPerson(onboardingId, GatewaySteps.TERMS_AND_CONDITIONS, message(envelope));
        engine.schedule(onboardingId, GatewaySteps.TERMS_AND_CONDITIONS);
    }

    private String notSentMessage(String accountName, Signer signer) {
        String missing = "No signed general consulting T&C agreement is on file for " + accountName
                + (records.anySource() ? " (none in " + records.sources() + ")" : "") + ": ";
        if (!docuSign.configured()) {
            return missing + "send it through DocuSign and record it here when it is signed.";
        }
        return missing + "the agreement names no customer signer to send the T&C envelope to. Add CustomerSignerName and"
                + " CustomerSignerEmail through the terms API, or record the T&C here when it is signed on paper.";
    }

    private static void notSent(TermsEnvelope envelope) {
        if (envelope != null) {
            envelope.status = TermsEnvelope.Status.NOT_SENT;
        }
    }

    private String checking(TermsEnvelope envelope) {
        return "Looking for a signed general consulting T&C of " + envelope.accountName + " in " + records.sources()
                + "; a T&C envelope is sent only if none is found.";
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void sent(String onboardingId, String envelopeId) {
        TermsEnvelope envelope = TermsEnvelope.findById(onboardingId);
        if (envelope == null || envelope.status != TermsEnvelope.Status.TO_SEND) {
            return;
        }
        envelope.envelopeId = envelopeId;
        envelope.status = TermsEnvelope.Status.SENT;
        envelope.sentAt = OffsetDateTime.now(clock);
        envelope.lastError = null;
        steps.waitingForPerson(onboardingId, GatewaySteps.TERMS_AND_CONDITIONS, message(envelope));
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void refused(String onboardingId, String reason) {
        TermsEnvelope envelope = TermsEnvelope.findById(onboardingId);
        if (envelope == null || envelope.status != TermsEnvelope.Status.TO_SEND) {
            return;
        }
        envelope.status = TermsEnvelope.Status.REFUSED;
        envelope.lastError = reason;
        steps.needsAttention(onboardingId, GatewaySteps.TERMS_AND_CONDITIONS, refusedMessage(envelope));
    }

    private static String refusedMessage(TermsEnvelope envelope) {
        return "DocuSign refused the T&C envelope for " + envelope.accountName + " (" + envelope.lastError + "). Correct"
                + " the DocuSign configuration or the signer (terms API), then retry this step; or record the T&C here when"
                + " it is signed on paper.";
    }

    /**
     * A person retries the step: a search or a send that stayed FAILED runs again, a refused envelope is sent again
     * (after a lookup). False when there is nothing of the T&amp;C to run again.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean retry(String onboardingId) {
        TermsEnvelope envelope = TermsEnvelope.findById(onboardingId);
        if (envelope == null || (envelope.status != TermsEnvelope.Status.CHECKING
                && envelope.status != TermsEnvelope.Status.TO_SEND && envelope.status != TermsEnvelope.Status.REFUSED)) {
            return false;
        }
        if (envelope.status == TermsEnvelope.Status.REFUSED) {
            envelope.status = TermsEnvelope.Status.TO_SEND;
            steps.waitingForPerson(onboardingId, GatewaySteps.TERMS_AND_CONDITIONS, message(envelope));
        }
        engine.schedule(onboardingId, GatewaySteps.TERMS_AND_CONDITIONS);
        return true;
    }

    /**
     * What the step shows once its work ended, as the envelope says it (the same message each change recorded, so
     * the engine's recording of it changes nothing): on file, sent and waiting for the signature, not sent for a
     * reason a person acts on, or refused ({@link NeedsAttention}).
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public StepResult resting(TermsEnvelope envelope) {
        return switch (envelope.status) {
            case COMPLETED, CANCELLED -> StepResult.done(whereOnFile(envelope.accountName));
            case SENT, TO_SEND -> StepResult.waitForPerson(message(envelope));
            case NOT_SENT -> StepResult.waitForPerson(notSentMessage(envelope.accountName,
                    new Signer(envelope.signerName, envelope.signerEmail)));
            case REFUSED -> throw new NeedsAttention(refusedMessage(envelope));
            case CHECKING -> StepResult.pending(checking(envelope));
        };
    }

    /**
     * The T&amp;C envelope completed: the agreement is on file for the customer. Returns the onboarding it was sent
     * for; empty when this is no T&amp;C envelope, or when it completed already (a duplicate delivery).
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Optional<String> completed(String envelopeId, String onboardingIdField) {
        TermsEnvelope envelope = TermsEnvelope.find("envelopeId", envelopeId).firstResult();
        if (envelope == null && onboardingIdField != null) {
            // the answer to our create was lost, but the envelope carries our onboarding id
            envelope = TermsEnvelope.findById(onboardingIdField);
        }
        if (envelope == null || envelope.status == TermsEnvelope.Status.COMPLETED) {
            return Optional.empty();
        }
        envelope.envelopeId = envelopeId;
        envelope.status = TermsEnvelope.Status.COMPLETED;
        envelope.completedAt = OffsetDateTime.now(clock);
        recordOnFile(envelope.accountName, "docusign", envelopeId);
        return Optional.of(envelope.onboardingId);
    }

    /** Whether this envelope id is a T&amp;C envelope the gateway sent (so it is no contract). */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean isTermsEnvelope(String envelopeId, String onboardingIdField) {
        return TermsEnvelope.count("envelopeId", envelopeId) > 0
                || (onboardingIdField != null && TermsEnvelope.findById(onboardingIdField) != null);
    }

    /** The T&amp;C was recorded otherwise: an envelope not sent yet is not sent any more. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void cancelPending(String onboardingId) {
        TermsEnvelope envelope = TermsEnvelope.findById(onboardingId);
        if (envelope != null && envelope.status != TermsEnvelope.Status.COMPLETED && envelope.status != TermsEnvelope.Status.SENT) {
            envelope.status = TermsEnvelope.Status.CANCELLED;
        }
    }

    /** Where the customer's T&amp;C is on file, for the step message. */
    @Transactional(Transactional.TxType.MANDATORY)
    public String whereOnFile(String accountName) {
        TermsOnFile onFile = TermsOnFile.findById(TermsOnFile.key(accountName));
        if (onFile != null) {
            return switch (onFile.source) {
                case TermsOfRecord.AUTOTASK, TermsOfRecord.DOCUSIGN_SEARCH -> "T&C agreement on file: " + onFile.evidence;
                case "docusign" -> "T&C agreement on file: T&C envelope " + onFile.envelopeId + " completed";
                default -> "T&C agreement on file: recorded by " + (onFile.recordedBy == null ? "staff" : onFile.recordedBy)
                        + (onFile.evidence == null ? "" : " (" + onFile.evidence + ")");
            };
        }
        return intakeConfig.termsAndConditions().onFile().stream().anyMatch(name -> name.equalsIgnoreCase(String.valueOf(accountName)))
                ? "T&C agreement on file (listed in gateway.terms-and-conditions.on-file)" : "T&C agreement on file";
    }

    private static String message(TermsEnvelope envelope) {
        String missing = "No signed general consulting T&C agreement is on file for " + envelope.accountName + ": ";
        Signer signer = new Signer(envelope.signerName, envelope.signerEmail);
        return switch (envelope.status) {
            case TO_SEND -> missing + "sending the T&C envelope through DocuSign to " + signer
                    + ". The onboarding continues when it is signed.";
            case SENT -> missing + "the T&C envelope " + envelope.envelopeId + " was sent to " + signer + " on "
                    + envelope.sentAt.toLocalDate() + "; waiting for the signature. The onboarding continues when it is "
                    + "signed (or record the T&C here if it was signed on paper).";
            default -> missing + "T&C envelope " + envelope.status.name().toLowerCase() + ".";
        };
    }
}
