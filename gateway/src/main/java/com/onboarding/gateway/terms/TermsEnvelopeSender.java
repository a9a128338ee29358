package com.onboarding.gateway.terms;

import com.onboarding.clients.http.Rejected;
import com.onboarding.messaging.OnboardingContext;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.jboss.logging.Logger;

/**
 * Sends the requested T&amp;C envelopes, off the webhook's request path. Each is first looked up in DocuSign by its
 * {@code OnboardingId} custom field, so an earlier attempt whose answer was lost is found rather than sent twice;
 * the outcome is recorded in its own short transaction. Several gateway instances may run: each sends only the
 * envelopes it claimed ({@link TermsEnvelopeClaims}), so no envelope is sent by two of them.
 */
@ApplicationScoped
public class TermsEnvelopeSender {

    private static final Logger LOG = Logger.getLogger(TermsEnvelopeSender.class);
    public static final String ONBOARDING_FIELD = "OnboardingId";
    private static final int BATCH = 20;
    private static final int MOST_BATCHES_PER_RUN = 10;

    private final DocuSignClient client;
    private final DocuSignConfig config;
    private final TermsAndConditions terms;
    private final TermsEnvelopeClaims claims;
    private final Clock clock;
    /** The custom field naming the customer's account, so a later envelope search finds this T&amp;C by account. */
    private final String accountField;

    public TermsEnvelopeSender(DocuSignClient client, DocuSignConfig config, TermsAndConditions terms,
            TermsEnvelopeClaims claims, Clock clock, com.onboarding.gateway.intake.IntakeConfig intakeConfig) {
        this.accountField = intakeConfig.termsAndConditions().accountField();
        this.client = client;
        this.config = config;
        this.terms = terms;
        this.claims = claims;
        this.clock = clock;
    }

    /** Sends at once after the commit that requested an envelope; the timer stays for retries and missed signals. */
    private final DueWork due = new DueWork("terms-send", this::sendAllDue);

    void sendSoon(@Observes(during = TransactionPhase.AFTER_SUCCESS) TermsDue what) {
        if (what == TermsDue.SEND) {
            due.runSoon();
        }
    }

    @Scheduled(every = "${gateway.docusign.send-interval:0.5s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void sendDue() {
        due.runNow();
    }

    @PreDestroy
    void stop() {
        due.close();
    }

    /** Every due envelope, a claimed batch at a time; a few batches per run at most. */
    private void sendAllDue() {
        if (!config.configured()) {
            return;
        }
        for (int batch = 0; batch < MOST_BATCHES_PER_RUN; batch++) {
            List<String> claimed = claims.claimDue(OffsetDateTime.now(clock), BATCH);
            if (claimed.isEmpty()) {
                return;
            }
            List<TermsEnvelope> dueNow = QuarkusTransaction.requiringNew().call(() -> TermsEnvelope.<TermsEnvelope>list(
                    "onboardingId in ?1 order by createdAt", claimed));
            dueNow.forEach(envelope -> OnboardingContext.run(envelope.onboardingId, () -> send(envelope)));
            if (claimed.size() < BATCH) {
                return;
            }
        }
    }

    private void send(TermsEnvelope envelope) {
        try {
            String envelopeId = client.findByCustomField(ONBOARDING_FIELD, envelope.onboardingId,
                    envelope.createdAt.toLocalDate().minusDays(1)).orElseGet(() -> client.sendFromTemplate(
                            config.termsTemplateId().orElseThrow(), envelope.signerName, envelope.signerEmail,
                            Map.of(ONBOARDING_FIELD, envelope.onboardingId, accountField, envelope.accountName)));
            QuarkusTransaction.requiringNew().run(() -> {
                terms.sent(envelope.onboardingId, envelopeId);
                claims.release(envelope.onboardingId);
            });
        } catch (Rejected e) {
            LOG.warnf("T&C envelope for onboarding %s refused: %s", envelope.onboardingId, e.getMessage());
            QuarkusTransaction.requiringNew().run(() -> {
                terms.refused(envelope.onboardingId, e.getMessage());
                claims.release(envelope.onboardingId);
            });
        } catch (RuntimeException e) {
            LOG.warnf("T&C envelope for onboarding %s not sent yet: %s", envelope.onboardingId, e.getMessage());
            QuarkusTransaction.requiringNew().run(() -> {
                terms.notSentYet(envelope.onboardingId, String.valueOf(e.getMessage()));
                claims.release(envelope.onboardingId);
            });
        }
    }
}
