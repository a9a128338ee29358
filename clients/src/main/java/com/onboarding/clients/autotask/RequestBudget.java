package com.onboarding.clients.autotask;

import java.time.Duration;
import java.util.Optional;

/**
 * What every Autotask request takes first: a token of the tenant's hourly request budget and one of the (at most
 * three) concurrent slots of its object endpoint.
 */
interface RequestBudget extends AutoCloseable {

    /** Waits until a request may be sent under the tenant's hourly budget. */
    void takeToken() throws InterruptedException;

    /** A slot of the endpoint, waited for at most {@code wait}; empty when none became free. Closing it lets go. */
    Optional<Slot> enter(String endpoint, Duration wait) throws InterruptedException;

    @Override
    default void close() {
    }

    interface Slot extends AutoCloseable {
        @Override
        void close();
    }
}
