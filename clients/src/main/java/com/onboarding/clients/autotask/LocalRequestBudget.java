package com.onboarding.clients.autotask;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/**
 * The budget of this JVM alone, for a single instance without the shared budget database
 * ({@code autotask.shared-budget.jdbc-url} unset): several instances would each allow themselves all of it.
 */
final class LocalRequestBudget implements RequestBudget {

    private final HourlyBudget budget;
    private final int perEndpoint;
    private final Map<String, Semaphore> endpoints = new ConcurrentHashMap<>();

    LocalRequestBudget(int perHour, int burst, int perEndpoint) {
        this.budget = new HourlyBudget(perHour, burst);
        this.perEndpoint = perEndpoint;
    }

    @Override
    public void takeToken() throws InterruptedException {
        budget.acquire();
    }

    @Override
    public Optional<Slot> enter(String endpoint, Duration wait) throws InterruptedException {
        Semaphore gate = endpoints.computeIfAbsent(endpoint, e -> new Semaphore(perEndpoint, true));
        return gate.tryAcquire(wait.toMillis(), TimeUnit.MILLISECONDS) ? Optional.of(gate::release) : Optional.empty();
    }
}
