package com.onboarding.e2e;

import com.onboarding.testsupport.RealInfrastructure;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Every service, the Kafka broker and the PostgreSQL server killed with kill -9 once while the fault run goes on,
 * one after the other at a fixed interval, each started again at once (a service on the same configuration, the
 * broker and the database on the same port and data).
 */
final class FaultRunKills {

    static final List<String> TARGETS = List.of("reporting-service", "documentation-service", "contract-service", "kafka",
            "reminder-service", "backup-setup-service", "postgresql", "gateway");

    private final RunningSuite suite;
    private final FaultRunFigures figures;
    private final ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "fault-run-kills");
        thread.setDaemon(true);
        return thread;
    });
    private final List<String> done = new ArrayList<>();

    FaultRunKills(RunningSuite suite, FaultRunFigures figures) {
        this.suite = suite;
        this.figures = figures;
    }

    /** The first kill after {@code first}, then one every {@code every} (after the previous one is up again). */
    void start(Duration first, Duration every) {
        scheduler.schedule(() -> next(0, every), first.toMillis(), TimeUnit.MILLISECONDS);
    }

    synchronized boolean allDone() {
        return done.size() == TARGETS.size();
    }

    void stop() {
        scheduler.shutdownNow();
    }

    private void next(int index, Duration every) {
        String target = TARGETS.get(index);
        long started = System.nanoTime();
        try {
            kill(target);
            figures.killed(target, Duration.ofNanos(System.nanoTime() - started).toSeconds());
        } catch (RuntimeException e) {
            figures.killFailed(target, e);
        }
        synchronized (this) {
            done.add(target);
        }
        if (index + 1 < TARGETS.size()) {
            scheduler.schedule(() -> next(index + 1, every), every.toMillis(), TimeUnit.MILLISECONDS);
        }
    }

    private void kill(String target) {
        switch (target) {
            case "kafka" -> {
                RealInfrastructure.kafka().kill();
                RealInfrastructure.kafka().start();
            }
            case "postgresql" -> {
                RealInfrastructure.postgres().kill();
                RealInfrastructure.postgres().restart();
            }
            default -> {
                suite.kill(target);
                suite.restart(target);
            }
        }
    }
}
