package com.onboarding.gateway.terms;

import com.onboarding.gateway.intake.Intake;
import com.onboarding.messaging.OnboardingContext;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.jboss.logging.Logger;

/**
 * Looks up the T&amp;C of onboardings whose customer has none on file here in the systems of record
 * ({@link TermsOfRecord}), off the webhook's request path and outside any transaction; the outcome (found: the
 * onboarding goes on; none: the envelope is requested; unreachable: later, with backoff) is recorded in its own
 * short transaction.
 */
@ApplicationScoped
public class TermsRecordSearch {

    private static final Logger LOG = Logger.getLogger(TermsRecordSearch.class);

    private final TermsOfRecord records;
    private final TermsAndConditions terms;
    private final Intake intake;
    private final Clock clock;

    public TermsRecordSearch(TermsOfRecord records, TermsAndConditions terms, Intake intake, Clock clock) {
        this.records = records;
        this.terms = terms;
        this.intake = intake;
        this.clock = clock;
    }

    @Scheduled(every = "${gateway.docusign.send-interval:0.5s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void searchDue() {
        List<TermsEnvelope> due = QuarkusTransaction.requiringNew().call(() -> TermsEnvelope.<TermsEnvelope>find(
                "status = ?1 and (nextAttemptAt is null or nextAttemptAt <= ?2) order by createdAt",
                TermsEnvelope.Status.CHECKING, OffsetDateTime.now(clock)).page(0, 20).list());
        due.forEach(envelope -> OnboardingContext.run(envelope.onboardingId, () -> search(envelope)));
    }

    private void search(TermsEnvelope envelope) {
        Optional<TermsOfRecord.Found> found;
        try {
            found = records.find(envelope.accountName, envelope.signerEmail);
        } catch (RuntimeException e) {
            LOG.warnf("T&C of onboarding %s not looked up yet: %s", envelope.onboardingId, e.getMessage());
            QuarkusTransaction.requiringNew().run(() -> terms.searchFailed(envelope.onboardingId, String.valueOf(e.getMessage())));
            return;
        }
        if (found.isPresent()) {
            LOG.infof("T&C of onboarding %s found on record (%s)", envelope.onboardingId, found.get().source());
            QuarkusTransaction.requiringNew().run(() -> intake.termsFoundOnRecord(envelope.onboardingId, found.get()));
        } else {
            QuarkusTransaction.requiringNew().run(() -> terms.notOnRecord(envelope.onboardingId));
        }
    }
}
