package com.onboarding.gateway.terms;

import com.onboarding.clients.http.Rejected;
import com.onboarding.clients.http.TransientFailure;
import com.onboarding.gateway.GatewaySteps;
import com.onboarding.gateway.intake.Intake;
import com.onboarding.gateway.intake.IntakeConfig;
import com.onboarding.messaging.engine.StepJob;
import com.onboarding.messaging.engine.StepResult;
import com.onboarding.messaging.engine.StepWork;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import java.util.Optional;

/**
 * The work of {@code intake.terms-and-conditions} on the step engine, after the intake's commit and outside any
 * transaction: the systems of record are searched for a signed T&amp;C ({@link TermsOfRecord}); none found, the
 * T&amp;C envelope is sent through DocuSign, first looked up by its {@code OnboardingId} custom field so an attempt
 * whose answer was lost is found rather than sent twice. Each outcome is recorded in its own short transaction by
 * {@link TermsAndConditions}; an unreachable Autotask or DocuSign is a fault the engine retries with its backoff
 * (FAILED with the reason meanwhile), and several gateway instances share the work through the engine's claims.
 */
@ApplicationScoped
public class TermsStep implements StepWork {

    public static final String ONBOARDING_FIELD = "OnboardingId";

    private final TermsOfRecord records;
    private final TermsAndConditions terms;
    private final Intake intake;
    private final DocuSignClient docuSign;
    private final DocuSignConfig config;
    /** The custom field naming the customer's account, so a later envelope search finds this T&amp;C by account. */
    private final String accountField;

    public TermsStep(TermsOfRecord records, TermsAndConditions terms, Intake intake, DocuSignClient docuSign,
            DocuSignConfig config, IntakeConfig intakeConfig) {
        this.records = records;
        this.terms = terms;
        this.intake = intake;
        this.docuSign = docuSign;
        this.config = config;
        this.accountField = intakeConfig.termsAndConditions().accountField();
    }

    @Override
    public String step() {
        return GatewaySteps.TERMS_AND_CONDITIONS;
    }

    @Override
    public StepResult run(StepJob job) {
        String onboardingId = job.onboardingId();
        TermsEnvelope envelope = read(onboardingId);
        if (envelope != null && envelope.status == TermsEnvelope.Status.CHECKING) {
            search(envelope);
            envelope = read(onboardingId);
        }
        if (envelope != null && envelope.status == TermsEnvelope.Status.TO_SEND) {
            send(envelope);
            envelope = read(onboardingId);
        }
        return envelope == null ? StepResult.pending("No T&C envelope is asked for this onboarding")
                : QuarkusTransaction.requiringNew().call(() -> terms.resting(TermsEnvelope.findById(onboardingId)));
    }

    private void search(TermsEnvelope envelope) {
        Optional<TermsOfRecord.Found> found;
        try {
            found = records.find(envelope.accountName, envelope.signerEmail);
        } catch (RuntimeException e) {
            throw new TransientFailure("Could not look for a signed T&C of " + envelope.accountName + " in "
                    + records.sources() + " (" + e.getMessage() + "). Or record the T&C here (confirm with evidence)", e);
        }
        if (found.isPresent()) {
            QuarkusTransaction.requiringNew().run(() -> intake.termsFoundOnRecord(envelope.onboardingId, found.get()));
        } else {
            QuarkusTransaction.requiringNew().run(() -> terms.notOnRecord(envelope.onboardingId));
        }
    }

    private void send(TermsEnvelope envelope) {
        String envelopeId;
        try {
            envelopeId = docuSign.findByCustomField(ONBOARDING_FIELD, envelope.onboardingId,
                    envelope.createdAt.toLocalDate().minusDays(1)).orElseGet(() -> docuSign.sendFromTemplate(
                            config.termsTemplateId().orElseThrow(), envelope.signerName, envelope.signerEmail,
                            Map.of(ONBOARDING_FIELD, envelope.onboardingId, accountField, envelope.accountName)));
        } catch (Rejected e) {
            QuarkusTransaction.requiringNew().run(() -> terms.refused(envelope.onboardingId, e.getMessage()));
            return;
        } catch (RuntimeException e) {
            throw new TransientFailure("The T&C envelope for " + envelope.accountName + " could not be sent yet ("
                    + e.getMessage() + "). Or record the T&C here when it is signed on paper", e);
        }
        QuarkusTransaction.requiringNew().run(() -> terms.sent(envelope.onboardingId, envelopeId));
    }

    private static TermsEnvelope read(String onboardingId) {
        return QuarkusTransaction.requiringNew().call(() -> TermsEnvelope.findById(onboardingId));
    }
}
