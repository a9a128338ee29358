package com.onboarding.gateway.onboarding;

import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.operators.multi.processors.BroadcastProcessor;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;

/** Fans committed projection changes out to the staff web pages watching (only after the commit: never a rollback). */
@ApplicationScoped
public class OnboardingChanges {

    private static final int BUFFER = 1000;

    private final BroadcastProcessor<OnboardingChanged> processor = BroadcastProcessor.create();

    void committed(@Observes(during = TransactionPhase.AFTER_SUCCESS) OnboardingChanged change) {
        processor.onNext(change);
    }

    public Multi<OnboardingChanged> stream() {
        return processor.onOverflow().buffer(BUFFER);
    }
}
