package com.onboarding.e2e;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** What the fault run counted, printed at the end (and kept in target/e2e/fault-run.txt). */
final class FaultRunFigures {

    record Kill(String what, long restartSeconds) {
    }

    private final List<String> staffRetries = Collections.synchronizedList(new ArrayList<>());
    private final List<Kill> kills = Collections.synchronizedList(new ArrayList<>());
    private final List<String> killFailures = Collections.synchronizedList(new ArrayList<>());
    private final Map<String, Integer> deliveries = Collections.synchronizedMap(new LinkedHashMap<>());

    void staffRetry(String onboarding, String step, String why) {
        staffRetries.add(onboarding + " " + step + ": " + why);
        System.out.printf("fault run: staff retry %s %s because %s%n", onboarding, step, why);
    }

    void killed(String what, long restartSeconds) {
        kills.add(new Kill(what, restartSeconds));
        System.out.printf("fault run: %s killed (kill -9), up again after %d s%n", what, restartSeconds);
    }

    void killFailed(String what, Exception e) {
        killFailures.add(what + ": " + e);
        System.out.printf("fault run: %s could not be killed and started again: %s%n", what, e);
    }

    void delivery(String kind) {
        deliveries.merge(kind, 1, Integer::sum);
    }

    List<String> staffRetries() {
        return List.copyOf(staffRetries);
    }

    List<Kill> kills() {
        return List.copyOf(kills);
    }

    List<String> killFailures() {
        return List.copyOf(killFailures);
    }

    Map<String, Integer> deliveries() {
        return Map.copyOf(deliveries);
    }
}
