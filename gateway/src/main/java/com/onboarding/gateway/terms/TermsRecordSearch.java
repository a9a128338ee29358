package com.onboarding.gateway.terms;

import com.onboarding.gateway.intake.Intake;
import com.onboarding.gateway.intake.IntakeConfig;
import com.onboarding.messaging.OnboardingContext;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
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
    private static final int BATCH = 20;
    private static final int MOST_BATCHES_PER_RUN = 10;

    private final TermsOfRecord records;
    private final TermsAndConditions terms;
    private final Intake intake;
    private final Clock clock;
    private final ExecutorService searchers;
    /** Looks up at once after the commit that made a search due; the timer stays for retries and missed signals. */
    private final DueWork due = new DueWork("terms-search", this::searchAllDue);

    public TermsRecordSearch(TermsOfRecord records, TermsAndConditions terms, Intake intake, Clock clock,
            IntakeConfig config) {
        this.records = records;
        this.terms = terms;
        this.intake = intake;
        this.clock = clock;
        int atOnce = Math.max(1, config.termsAndConditions().searchesAtOnce());
        AtomicInteger threads = new AtomicInteger();
        this.searchers = Executors.newFixedThreadPool(atOnce, task -> {
            Thread thread = new Thread(task, "terms-searcher-" + threads.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
    }

    void searchSoon(@Observes(during = TransactionPhase.AFTER_SUCCESS) TermsDue what) {
        if (what == TermsDue.SEARCH) {
            due.runSoon();
        }
    }

    @Scheduled(every = "${gateway.docusign.send-interval:0.5s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void searchDue() {
        due.runNow();
    }

    @PreDestroy
    void stop() {
        due.close();
        searchers.shutdownNow();
    }

    /** Every due search, a batch at a time, the batch's searches side by side; a few batches per run at most. */
    private void searchAllDue() {
        for (int batch = 0; batch < MOST_BATCHES_PER_RUN; batch++) {
            List<TermsEnvelope> dueNow = QuarkusTransaction.requiringNew().call(() -> TermsEnvelope.<TermsEnvelope>find(
                    "status = ?1 and (nextAttemptAt is null or nextAttemptAt <= ?2) order by createdAt",
                    TermsEnvelope.Status.CHECKING, OffsetDateTime.now(clock)).page(0, BATCH).list());
            List<Future<?>> running = new ArrayList<>();
            for (TermsEnvelope envelope : dueNow) {
                running.add(searchers.submit(() -> OnboardingContext.run(envelope.onboardingId, () -> search(envelope))));
            }
            for (Future<?> search : running) {
                try {
                    search.get();
                } catch (ExecutionException e) {
                    LOG.warnf("A T&C search did not finish (the next run tries again): %s", e.getCause());
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
            if (dueNow.size() < BATCH) {
                return;
            }
        }
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
