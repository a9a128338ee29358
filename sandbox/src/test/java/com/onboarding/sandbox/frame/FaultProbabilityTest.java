package com.onboarding.sandbox.frame;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The fault run's probabilistic faults: a share of one API's requests, each kind its part, repeatable by seed. */
class FaultProbabilityTest {

    private static Fault probable(String pathContains, int status, long delayMillis, long delayAfterMillis, int statusAfter,
            double probability, Long seed) {
        return new Fault(pathContains, null, null, status, status == 429 ? 1 : null, delayMillis, delayAfterMillis, 0, null,
                statusAfter, probability, seed);
    }

    private static Faults thirtyPercentOfAutotask(long seed) {
        Faults faults = new Faults();
        faults.add(probable("/autotask/", 429, 0, 0, 0, 0.06, seed));
        faults.add(probable("/autotask/", 503, 0, 0, 0, 0.06, null));
        faults.add(probable("/autotask/", 0, 3000, 0, 0, 0.06, null));
        faults.add(probable("/autotask/", 0, 0, 0, 504, 0.06, null));
        faults.add(probable("/autotask/", 0, 0, 4000, 0, 0.06, null));
        return faults;
    }

    @Test
    void five_kinds_of_six_percent_fault_thirty_percent_of_the_apis_requests_each_kind_its_share() {
        Faults faults = thirtyPercentOfAutotask(42);
        int affected = 0;
        for (int i = 0; i < 10_000; i++) {
            if (faults.take("POST", "/autotask/atservicesrest/V1.0/Contracts", null).isPresent()) {
                affected++;
            }
        }
        assertThat(affected).as("30 %% of 10,000").isBetween(2_850, 3_150);
        Map<String, Integer> injected = faults.injected();
        assertThat(injected.keySet()).containsExactlyInAnyOrder("429", "503", "slow", "504 after the write", "late answer");
        assertThat(injected.values()).allSatisfy(count -> assertThat(count).isBetween(520, 680));
        assertThat(injected.values().stream().mapToInt(Integer::intValue).sum()).isEqualTo(affected);
        assertThat(faults.armed()).as("probabilistic faults are never used up").isEqualTo(5);
    }

    @Test
    void other_apis_are_never_affected() {
        Faults faults = thirtyPercentOfAutotask(42);
        for (int i = 0; i < 1_000; i++) {
            assertThat(faults.take("PATCH", "/itglue/flexible_assets/7", null)).isEmpty();
        }
        assertThat(faults.injected()).isEmpty();
    }

    @Test
    void the_same_seed_faults_the_same_requests() {
        assertThat(sequence(thirtyPercentOfAutotask(7))).isEqualTo(sequence(thirtyPercentOfAutotask(7)))
                .isNotEqualTo(sequence(thirtyPercentOfAutotask(8)));
    }

    @Test
    void a_counted_fault_is_used_up_and_clearing_forgets_the_figures() {
        Faults faults = new Faults();
        faults.add(new Fault("/Contracts", null, "POST", 503, null, 0, 0, 2, null, 0, null, null));
        assertThat(faults.take("POST", "/autotask/atservicesrest/V1.0/Contracts", null)).isPresent();
        assertThat(faults.take("POST", "/autotask/atservicesrest/V1.0/Contracts", null)).isPresent();
        assertThat(faults.take("POST", "/autotask/atservicesrest/V1.0/Contracts", null)).isEmpty();
        assertThat(faults.injected()).containsEntry("503", 2);
        faults.clear();
        assertThat(faults.injected()).isEmpty();
    }

    private static List<String> sequence(Faults faults) {
        List<String> kinds = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            Optional<Fault> fault = faults.take("GET", "/autotask/atservicesrest/V1.0/Companies/query", null);
            kinds.add(fault.map(Fault::kind).orElse("-"));
        }
        return kinds;
    }
}
