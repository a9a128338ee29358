package com.onboarding.clients.autotask;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class ExpiringCacheTest {

    static final Duration TTL = Duration.ofHours(1);

    final AtomicLong clock = new AtomicLong(1_000);
    final ExpiringCache<String> cache = new ExpiringCache<>(TTL, clock::get);
    final AtomicInteger reads = new AtomicInteger();

    @Test
    void a_value_is_read_once_within_the_ttl() {
        assertThat(cache.get("k", () -> read("first"))).isEqualTo("first");
        clock.addAndGet(TTL.toNanos() - 1);
        assertThat(cache.get("k", () -> read("second"))).isEqualTo("first");
        assertThat(reads).hasValue(1);
    }

    @Test
    void a_value_is_read_again_once_the_ttl_passed() {
        cache.get("k", () -> read("first"));
        clock.addAndGet(TTL.toNanos());
        assertThat(cache.get("k", () -> read("second"))).isEqualTo("second");
        clock.addAndGet(TTL.toNanos() - 1);
        assertThat(cache.get("k", () -> read("third"))).as("kept from the second read on").isEqualTo("second");
        assertThat(reads).hasValue(2);
    }

    @Test
    void each_key_is_read_on_its_own() {
        cache.get("a", () -> read("a"));
        assertThat(cache.get("b", () -> read("b"))).isEqualTo("b");
        assertThat(reads).hasValue(2);
    }

    @Test
    void nothing_found_is_not_kept() {
        assertThat(cache.find("k", () -> {
            reads.incrementAndGet();
            return Optional.empty();
        })).isEmpty();
        assertThat(cache.find("k", () -> Optional.of(read("created since")))).contains("created since");
        assertThat(cache.find("k", () -> Optional.of(read("again")))).contains("created since");
        assertThat(reads).hasValue(2);
    }

    @Test
    void a_failed_read_is_not_kept() {
        assertThatThrownBy(() -> cache.get("k", () -> {
            reads.incrementAndGet();
            throw new IllegalStateException("down");
        })).hasMessage("down");
        assertThat(cache.get("k", () -> read("back"))).isEqualTo("back");
        assertThat(reads).hasValue(2);
    }

    @Test
    void the_age_counts_from_when_the_read_began() {
        cache.get("k", () -> {
            clock.addAndGet(Duration.ofMinutes(1).toNanos()); // a slow answer
            return read("first");
        });
        clock.addAndGet(TTL.minusMinutes(1).toNanos());
        assertThat(cache.get("k", () -> read("second"))).isEqualTo("second");
    }

    private String read(String value) {
        reads.incrementAndGet();
        return value;
    }
}
