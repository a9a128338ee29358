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
 */
public record Fault(String pathContains, String pathEndsWith, String method, int status, Integer retryAfterSeconds, long delayMillis,
        long delayAfterMillis, int times) {

    boolean matches(String requestMethod, String path) {
        String lower = path.toLowerCase();
        return (method == null || method.equalsIgnoreCase(requestMethod))
                && (pathContains == null || lower.contains(pathContains.toLowerCase()))
                && (pathEndsWith == null || lower.endsWith(pathEndsWith.toLowerCase()));
    }
}
