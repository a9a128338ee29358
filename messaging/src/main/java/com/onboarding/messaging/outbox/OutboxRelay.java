package com.onboarding.messaging.outbox;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.scheduler.Scheduled;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Publishes committed outbox rows to Kafka in id order and marks them published. One relay works at a time across
 * all instances of a service (a PostgreSQL advisory lock), and it stops at the first row Kafka does not take, so
 * the order per onboarding holds and the row is tried again on the next tick. A crash between send and mark sends
 * the row again: consumers are idempotent on the event id. At shutdown it publishes once more what the step engine
 * recorded in its grace period, then stops, before Hibernate and the datasource close (rows left are sent by the
 * next instance or after the restart).
 */
@ApplicationScoped
public class OutboxRelay {

    private static final Logger LOG = Logger.getLogger(OutboxRelay.class);
    private static final long RELAY_LOCK = 0x0B0A4D1;

    private final EntityManager entityManager;
    private final KafkaEventSender sender;
    private final Clock clock;
    private final int batchSize;
    private final Counter published;
    private final Counter failures;
    private final TransactionSynchronizationRegistry transactions;
    private final ExecutorService relayThread = Executors.newSingleThreadExecutor(r -> {
        Thread thread = new Thread(r, "outbox-relay");
        thread.setDaemon(true);
        return thread;
    });
    private final AtomicBoolean wanted = new AtomicBoolean();
    private final AtomicBoolean running = new AtomicBoolean();
    private volatile boolean stopped;

    public OutboxRelay(EntityManager entityManager, KafkaEventSender sender, Clock clock, MeterRegistry registry,
            TransactionSynchronizationRegistry transactions,
            @ConfigProperty(name = "onboarding.outbox.batch-size", defaultValue = "100") int batchSize) {
        this.transactions = transactions;
        this.entityManager = entityManager;
        this.sender = sender;
        this.clock = clock;
        this.batchSize = batchSize;
        this.published = registry.counter("onboarding.outbox.published");
        this.failures = registry.counter("onboarding.outbox.send.failures");
    }

    /** Runs the relay once the caller's transaction has committed (nothing when it rolls back). */
    public void afterCommit() {
        if (transactions.getResource(OutboxRelay.class) != null) {
            return;
        }
        transactions.putResource(OutboxRelay.class, Boolean.TRUE);
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
            }

            @Override
            public void afterCompletion(int status) {
                if (status == Status.STATUS_COMMITTED) {
                    kick();
                }
            }
        });
    }

    @Scheduled(every = "${onboarding.outbox.interval:1s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void tick() {
        kick();
    }

    /** Asks for a relay run on the relay thread; returns at once (nothing once the service is stopping). */
    public void kick() {
        if (stopped) {
            return;
        }
        wanted.set(true);
        if (running.compareAndSet(false, true)) {
            try {
                relayThread.execute(this::drain);
            } catch (RejectedExecutionException stopping) {
                running.set(false);
            }
        }
    }

    private void drain() {
        try {
            while (wanted.getAndSet(false)) {
                relay();
            }
        } catch (RuntimeException e) {
            LOG.warnf("Outbox: relay run failed (%s); the next tick tries again", e.toString());
        } finally {
            running.set(false);
        }
        if (wanted.get()) {
            kick();
        }
    }

    void relay() {
        int sent;
        do {
            sent = QuarkusTransaction.requiringNew().call(this::publishBatch);
        } while (sent == batchSize);
    }

    /**
     * After the consumers stopped ({@code ConsumersStop}, priority 0) and the step engine's grace period (priority 1):
     * one last run for the events their results published, then no more runs, so no relay run meets a closed
     * EntityManagerFactory.
     */
    void stopping(@Observes @Priority(2) ShutdownEvent event) {
        stopped = true;
        wanted.set(true);
        try {
            relayThread.execute(this::drain);
        } catch (RejectedExecutionException alreadyStopped) {
            return;
        }
        relayThread.shutdown();
        try {
            if (!relayThread.awaitTermination(5, TimeUnit.SECONDS)) {
                LOG.info("Outbox: the last relay run is still sending at shutdown; what it did not mark is sent again after the restart");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Whether the relay has stopped for the shutdown (it runs no more). */
    public boolean stopped() {
        return stopped && relayThread.isTerminated();
    }

    @PreDestroy
    void stop() {
        stopped = true;
        relayThread.shutdown();
    }

    /** Publishes up to one batch; returns how many were published. */
    int publishBatch() {
        Object locked = entityManager.createNativeQuery("select pg_try_advisory_xact_lock(:key)")
                .setParameter("key", RELAY_LOCK)
                .getSingleResult();
        if (!Boolean.TRUE.equals(locked)) {
            return 0;
        }
        List<OutboxEvent> pending = entityManager
                .createQuery("from OutboxEvent where publishedAt is null order by id", OutboxEvent.class)
                .setMaxResults(batchSize)
                .getResultList();
        int sent = 0;
        for (OutboxEvent event : pending) {
            try {
                sender.send(event);
            } catch (KafkaEventSender.SendFailedException e) {
                failures.increment();
                LOG.warnf("Outbox: %s %s for onboarding %s not published yet (%s); retrying on the next tick",
                        event.eventType, event.eventId, event.onboardingId, e.getCause());
                break;
            }
            event.publishedAt = OffsetDateTime.now(clock);
            published.increment();
            sent++;
        }
        return sent;
    }

    /** How many committed events are not published yet. */
    public long pendingCount() {
        return QuarkusTransaction.joiningExisting().call(() -> entityManager
                .createQuery("select count(e) from OutboxEvent e where e.publishedAt is null", Long.class)
                .getSingleResult());
    }
}
