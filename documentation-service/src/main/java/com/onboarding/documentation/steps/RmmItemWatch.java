package com.onboarding.documentation.steps;

import com.onboarding.documentation.store.DocOnboarding;
import com.onboarding.documentation.store.RmmItemWait;
import com.onboarding.messaging.OnboardingContext;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import org.jboss.logging.Logger;

/** Looks again, when due, for the RMM agent's configuration items of the onboardings waiting for them. */
@ApplicationScoped
public class RmmItemWatch {

    private static final Logger LOG = Logger.getLogger(RmmItemWatch.class);

    private final ConfigurationItemsStep step;
    private final Clock clock;

    public RmmItemWatch(ConfigurationItemsStep step, Clock clock) {
        this.step = step;
        this.clock = clock;
    }

    @Scheduled(every = "${documentation.configuration-items.poll-every:30s}", delayed = "2s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void check() {
        List<String> due = QuarkusTransaction.requiringNew().call(() -> RmmItemWait.due(OffsetDateTime.now(clock)));
        for (String id : due) {
            OnboardingContext.run(id, () -> lookAgain(id));
        }
    }

    private void lookAgain(String id) {
        try {
            QuarkusTransaction.requiringNew().run(() -> {
                RmmItemWait wait = RmmItemWait.findById(id, LockModeType.PESSIMISTIC_WRITE);
                if (wait == null || wait.nextCheckAt.isAfter(OffsetDateTime.now(clock))) {
                    return;
                }
                step.lookAgain(DocOnboarding.lock(id), wait);
            });
        } catch (RuntimeException e) {
            LOG.warnf("Onboarding %s: cannot look for RMM configuration items now (%s); will look again", id,
                    e.getMessage());
        }
    }
}
