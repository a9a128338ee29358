package com.onboarding.sandbox.frame;

/**
 * A fault to inject into matching requests.
 *
 * @param pathContains      requests whose path contains this (case-insensitive) are affected, e.g. {@code /autotask/}
 *                          for one API
 * @param pathEndsWith      and, when set, whose path ends with this (case-insensitive)
 * @param method            only this HTTP method, or any when null
 * @param status            answer this status instead of handling the request (e.g. 429, 503); 0 to handle normally
 * @param retryAfterSeconds with a status: the Retry-After header, when set
 * @param delayMillis       wait this long before handling the request
 * @param delayAfterMillis  handle the request, then wait this long before answering (a client timeout after a write)
 * @param times             how many requests it affects (with a probability: 0 = no limit)
 * @param onboarding        only requests made for this onboarding (the {@code X-Onboarding-Id} header the Autotask
 *                          client sends), or any when null: a test's fault is not used up by another onboarding's
 *                          request to the same path
 * @param statusAfter       handle the request (the write is applied), then answer this status instead of the real
 *                          answer, e.g. 504: the answer is lost; 0 to answer normally
 * @param probability       when set (0 &lt; p &le; 1), a matching request is affected only with this probability, drawn
 *                          from the sandbox's seeded random; the probabilities of all the faults a request matches add
 *                          up (five faults of 0.06 on one API fault 30 % of its requests, each kind 6 %)
 * @param seed              with a probability: reseeds the sandbox's random when the fault is armed (a repeatable run)
 */
public record Fault(String pathContains, String pathEndsWith, String method, int status, Integer retryAfterSeconds, long delayMillis,
        long delayAfterMillis, int times, String onboarding, int statusAfter, Double probability, Long seed) {

    boolean matches(String requestMethod, String path, String requestOnboarding) {
        String lower = path.toLowerCase();
        return (method == null || method.equalsIgnoreCase(requestMethod))
                && (onboarding == null || onboarding.equals(requestOnboarding))
                && (pathContains == null || lower.contains(pathContains.toLowerCase()))
                && (pathEndsWith == null || lower.endsWith(pathEndsWith.toLowerCase()));
    }

    boolean probabilistic() {
        return probability != null && probability > 0;
    }

    /** What kind of fault this is, for the figures of a fault run. */
    String kind() {
        if (status > 0) {
            return String.valueOf(status);
        }
        if (statusAfter > 0) {
            return statusAfter + " after the write";
        }
        if (delayAfterMillis > 0) {
            return "late answer";
        }
        return delayMillis > 0 ? "slow" : "none";
    }
}
