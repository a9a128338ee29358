package com.onboarding.contract.steps;

import com.onboarding.contract.ContractProcedure;
import com.onboarding.contract.ContractSteps;
import com.onboarding.contract.onboarding.GoLive;
import com.onboarding.contract.rules.GoLiveDateRule;
import com.onboarding.messaging.engine.StepJob;
import com.onboarding.messaging.engine.StepResult;
import com.onboarding.messaging.engine.StepWork;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Optional;

/**
 * Step contract.go-live, a timer of the step engine ({@link ContractProcedure#goLive} sets it to the date of {@link
 * GoLiveDateRule}): when it is due the date is decided again from what is known now, and GoLiveReached is published
 * in the transaction that records the step (once, under the go-live row's lock). No external call.
 */
@ApplicationScoped
public class GoLiveStep implements StepWork {

    public static final String NO_DATE = "Waiting for a go-live date: staff set it, or it is the day the last signed"
            + " service is set up";

    private final ContractProcedure procedure;
    private final Clock clock;

    public GoLiveStep(ContractProcedure procedure, Clock clock) {
        this.procedure = procedure;
        this.clock = clock;
    }

    @Override
    public String step() {
        return ContractSteps.GO_LIVE;
    }

    @Override
    public StepResult run(StepJob job) {
        String id = job.onboardingId();
        record Known(LocalDate reachedOn, Optional<LocalDate> date) {
        }
        Known known = QuarkusTransaction.requiringNew().call(() -> {
            GoLive goLive = GoLive.findById(id);
            if (goLive == null) {
                goLive = new GoLive();
                goLive.onboardingId = id;
            }
            return new Known(goLive.reachedOn, goLive.reached() ? Optional.of(goLive.reachedOn) : goLive.date());
        });
        if (known.reachedOn() != null) {
            return StepResult.done("Went live on " + known.reachedOn());
        }
        if (known.date().isEmpty()) {
            return StepResult.pending(NO_DATE);
        }
        LocalDate date = known.date().get();
        OffsetDateTime due = procedure.startOf(date);
        OffsetDateTime now = OffsetDateTime.now(clock);
        if (due.isAfter(now)) {
            return StepResult.waitAgain(Duration.between(now, due), "Go-live on " + date);
        }
        return StepResult.done("Went live on " + date, () -> procedure.goLiveReached(id));
    }
}
