package com.onboarding.clients.autotask;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.onboarding.testsupport.Postgres;
import io.agroal.api.AgroalDataSource;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Two instances (two services, or two replicas of one) share the tenant's Autotask budget through one real
 * PostgreSQL database: together they never take more than the bucket allows, and never run more than three
 * requests at once on one endpoint.
 */
class SharedRequestBudgetTest {

    static final int POOL_SIZE = 4;
    static Postgres postgres;
    static String url;
    static final List<AgroalDataSource> opened = new ArrayList<>();

    @BeforeAll
    static void database() {
        // every commit durable before it is acknowledged, as on a production server: the kill -9 test loses nothing
        System.setProperty(Postgres.SYNCHRONOUS_COMMIT_PROPERTY, "on");
        postgres = Postgres.start();
        url = Postgres.database("autotask_budget");
    }

    @AfterAll
    static void close() {
        opened.forEach(AgroalDataSource::close);
    }

    @Test
    void two_instances_together_take_no_more_tokens_than_the_one_bucket_allows() throws Exception {
        String tenant = "tenant-" + UUID.randomUUID();
        int perHour = 36_000; // 10 a second
        int burst = 20;
        SharedRequestBudget first = budget(tenant, perHour, burst, 3, Duration.ofSeconds(30));
        SharedRequestBudget second = budget(tenant, perHour, burst, 3, Duration.ofSeconds(30));
        ExecutorService threads = Executors.newFixedThreadPool(12);
        AtomicInteger taken = new AtomicInteger();
        long start = System.nanoTime();
        long until = start + Duration.ofSeconds(3).toNanos();
        List<Future<?>> running = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            SharedRequestBudget instance = i % 2 == 0 ? first : second;
            running.add(threads.submit(() -> {
                while (System.nanoTime() < until) {
                    instance.takeToken();
                    if (System.nanoTime() <= until) {
                        taken.incrementAndGet();
                    }
                }
                return null;
            }));
        }
        for (Future<?> thread : running) {
            thread.get();
        }
        threads.shutdown();
        double seconds = (System.nanoTime() - start) / 1e9;
        // one bucket: the burst plus 10 a second (two buckets would allow twice that)
        assertThat(taken.get()).isLessThanOrEqualTo((int) Math.ceil(burst + 10 * seconds) + 1)
                .isGreaterThanOrEqualTo(burst + 10);
    }

    @Test
    void never_more_than_three_requests_at_once_on_one_endpoint_across_instances() throws Exception {
        String tenant = "tenant-" + UUID.randomUUID();
        SharedRequestBudget first = budget(tenant, 360_000, 1000, 3, Duration.ofSeconds(30));
        SharedRequestBudget second = budget(tenant, 360_000, 1000, 3, Duration.ofSeconds(30));
        AtomicInteger inside = new AtomicInteger();
        AtomicInteger most = new AtomicInteger();
        AtomicInteger completed = new AtomicInteger();
        CountDownLatch answered = new CountDownLatch(1); // Autotask answers the requests it holds
        ExecutorService threads = Executors.newFixedThreadPool(10);
        List<Future<?>> running = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            SharedRequestBudget instance = i % 2 == 0 ? first : second;
            running.add(threads.submit(() -> {
                try (RequestBudget.Slot slot = instance.enter("tickets", Duration.ofSeconds(30)).orElseThrow()) {
                    most.accumulateAndGet(inside.incrementAndGet(), Math::max);
                    answered.await(30, TimeUnit.SECONDS);
                    inside.decrementAndGet();
                    completed.incrementAndGet();
                }
                return null;
            }));
        }
        await("three requests held at Autotask, and no fourth let in meanwhile").atMost(Duration.ofSeconds(20))
                .during(Duration.ofSeconds(1)).until(() -> inside.get() == 3);
        answered.countDown();
        for (Future<?> thread : running) {
            thread.get();
        }
        threads.shutdown();
        assertThat(completed.get()).isEqualTo(10);
        assertThat(most.get()).isEqualTo(3);
    }

    @Test
    void a_slot_held_by_an_instance_that_stopped_is_free_again_when_its_lease_ended() throws Exception {
        String tenant = "tenant-" + UUID.randomUUID();
        SharedRequestBudget stopped = budget(tenant, 36_000, 100, 1, Duration.ofSeconds(2));
        SharedRequestBudget other = budget(tenant, 36_000, 100, 1, Duration.ofSeconds(2));
        Optional<RequestBudget.Slot> held = stopped.enter("companies", Duration.ofSeconds(1));
        assertThat(held).isPresent(); // never let go: its instance was killed
        assertThat(other.enter("companies", Duration.ofMillis(300))).as("still held").isEmpty();
        assertThat(other.enter("companies", Duration.ofSeconds(10))).as("after the lease").isPresent();
    }

    @Test
    void the_budget_is_read_again_once_a_killed_database_is_back() throws Exception {
        String tenant = "tenant-" + UUID.randomUUID();
        SharedRequestBudget budget = budget(tenant, 360_000, 1000, 3, Duration.ofSeconds(30));
        budget.enter("contracts", Duration.ofSeconds(5)).orElseThrow().close();
        postgres.kill();
        postgres.restart();
        // each connection the pool held fails once (as one try of an Autotask call) and is dropped, not kept
        List<Integer> failedUses = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            try {
                budget.takeToken();
                budget.enter("contracts", Duration.ofSeconds(5)).orElseThrow().close();
            } catch (jakarta.ws.rs.ProcessingException e) {
                failedUses.add(i);
            }
        }
        assertThat(failedUses).as("uses that failed after the restart").hasSizeLessThanOrEqualTo(POOL_SIZE)
                .allMatch(use -> use < POOL_SIZE);
    }

    private static SharedRequestBudget budget(String tenant, int perHour, int burst, int perEndpoint, Duration lease)
            throws SQLException {
        AgroalDataSource dataSource = SharedRequestBudget.pool(url, Optional.of(Postgres.USERNAME),
                Optional.of(Postgres.PASSWORD), POOL_SIZE);
        opened.add(dataSource);
        return new SharedRequestBudget(dataSource, tenant, perHour, burst, perEndpoint, lease);
    }
}
