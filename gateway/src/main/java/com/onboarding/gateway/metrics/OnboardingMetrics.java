package com.onboarding.gateway.metrics;

import com.onboarding.gateway.onboarding.Onboarding;
import com.onboarding.gateway.onboarding.OnboardingStep;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Business gauges from the gateway's projection, counted by the database every {@code gateway.metrics.interval}
 * (never on the scrape): {@code onboarding.onboardings{status}} how many onboardings have each overall status, and
 * {@code onboarding.steps.waiting{status}} / {@code onboarding.steps.waiting.oldest.seconds{status}} how many steps
 * wait for a person, need attention or failed, and how long the oldest of them has waited.
 */
@ApplicationScoped
public class OnboardingMetrics {

    static final List<String> STATUSES = List.of("IN_PROGRESS", "RUNNING", "WAITING_FOR_PERSON", "NEEDS_ATTENTION", "FAILED",
            "LIVE", "COMPLETE");
    static final List<String> WAITING = List.of("WAITING_FOR_PERSON", "NEEDS_ATTENTION", "FAILED");

    private final Map<String, AtomicLong> onboardings = new ConcurrentHashMap<>();
    private final Map<String, AtomicLong> waiting = new ConcurrentHashMap<>();
    private final Map<String, AtomicLong> oldest = new ConcurrentHashMap<>();

    public OnboardingMetrics(MeterRegistry registry) {
        for (String status : STATUSES) {
            Gauge.builder("onboarding.onboardings", onboardings.computeIfAbsent(status, s -> new AtomicLong()), AtomicLong::get)
                    .tag("status", status).description("Onboardings by overall status").register(registry);
        }
        for (String status : WAITING) {
            Gauge.builder("onboarding.steps.waiting", waiting.computeIfAbsent(status, s -> new AtomicLong()), AtomicLong::get)
                    .tag("status", status).description("Steps with this status (waiting for a person or for a fix)")
                    .register(registry);
            Gauge.builder("onboarding.steps.waiting.oldest.seconds", oldest.computeIfAbsent(status, s -> new AtomicLong()),
                    AtomicLong::get).tag("status", status).description("How long the oldest step with this status has had it")
                    .baseUnit("seconds").register(registry);
        }
    }

    @Scheduled(every = "${gateway.metrics.interval:30s}", delayed = "5s", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void count() {
        QuarkusTransaction.requiringNew().run(() -> {
            Map<String, Long> byStatus = new java.util.HashMap<>();
            for (Object[] row : Onboarding.getEntityManager()
                    .createQuery("select o.status, count(o) from Onboarding o group by o.status", Object[].class).getResultList()) {
                byStatus.put((String) row[0], (Long) row[1]);
            }
            STATUSES.forEach(status -> onboardings.get(status).set(byStatus.getOrDefault(status, 0L)));
            Map<String, Object[]> steps = new java.util.HashMap<>();
            for (Object[] row : OnboardingStep.getEntityManager().createQuery(
                    "select s.status, count(s), min(coalesce(s.statusSince, s.updatedAt)) from OnboardingStep s "
                            + "where s.status in ?1 group by s.status", Object[].class).setParameter(1, WAITING).getResultList()) {
                steps.put((String) row[0], row);
            }
            OffsetDateTime now = OffsetDateTime.now();
            for (String status : WAITING) {
                Object[] row = steps.get(status);
                waiting.get(status).set(row == null ? 0 : (Long) row[1]);
                oldest.get(status).set(row == null || row[2] == null ? 0
                        : Math.max(0, Duration.between((OffsetDateTime) row[2], now).toSeconds()));
            }
        });
    }
}
