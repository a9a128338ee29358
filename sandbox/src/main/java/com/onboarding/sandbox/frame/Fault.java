package com.onboarding.sandbox.frame;

/**
 * A fault to inject into matching requests.
 *
 * @param pathContains      requests whose path contains this (case-insensitive) are affected
 * @param pathEndsWith      and, when set, whose path ends with this (case-insensitive)
 * @param method            only this HTTP method, or any when null
 * @param status            answer this status instead of handling the request (e.g. 429, 503); 0 to handle normally
 * @param retryAfterSeconds with a status: the Retry-After header, when set
 * @param delayMillis       wait this long before handling the request
 * @param delayAfterMillis  handle the request, then wait this long before answering (a client timeout after a write)
 * @param times             how many requests it affects
 * @param onboarding        only requests made for this onboarding (the {@code X-Onboarding-Id} header the Autotask
 *                          client sends), or any when null: a test's fault is not used up by another onboarding's
 *                          request to the same path
 */
public record Fault(String pathContains, String pathEndsWith, String method, int status, Integer retryAfterSeconds, long delayMillis,
        long delayAfterMillis, int times, String onboarding) {

    boolean matches(String requestMethod, String path, String requestOnboarding) {
        String lower = path.toLowerCase();
        return (method == null || method.equalsIgnoreCase(requestMethod))
                && (onboarding == null || onboarding.equals(requestOnboarding))
                && (pathContains == null || lower.contains(pathContains.toLowerCase()))
                && (pathEndsWith == null || lower.endsWith(pathEndsWith.toLowerCase()));
    }
}
