package com.onboarding.clients.http;

import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.util.function.Predicate;
import java.util.function.Supplier;
import org.jboss.logging.Logger;

/**
 * Runs one API call with retries: timeouts, connection failures, 429 and 5xx are retried with backoff honouring
 * Retry-After; anything else is {@link Rejected} at once. After the last attempt, {@link TransientFailure}. A call
 * interrupted (the service stopping) is never tried again here.
 */
public final class ResilientCaller {

    private static final Logger LOG = Logger.getLogger(ResilientCaller.class);

    public interface Sleeper {
        void sleep(Duration duration) throws InterruptedException;
    }

    private final String api;
    private final RetryPolicy policy;
    private final Sleeper sleeper;
    private final Predicate<WebApplicationException> rejection;

    /**
     * @param rejection which error answers are a rejection even though their status would be retried (Autotask
     *                  reports validation errors as 500 with an errors array)
     */
    public ResilientCaller(String api, RetryPolicy policy, Sleeper sleeper, Predicate<WebApplicationException> rejection) {
        this.api = api;
        this.policy = policy;
        this.sleeper = sleeper;
        this.rejection = rejection;
    }

    /** A call that is safe to repeat (a read, a PATCH): retried on timeouts, 429 and 5xx. */
    public <T> T call(String what, Supplier<T> call) {
        return call(what, call, true);
    }

    /**
     * A call that must not be repeated blindly (a create): retried only on answers that say it was not processed
     * (429, 503); a timeout or another 5xx is a {@link TransientFailure} at once, so that the caller looks up what
     * exists before trying again.
     */
    public <T> T callOnce(String what, Supplier<T> call) {
        return call(what, call, false);
    }

    private <T> T call(String what, Supplier<T> call, boolean idempotent) {
        TransactionGuard.check(api, what);
        RuntimeException last = null;
        for (int attempt = 1; attempt <= policy.maxAttempts(); attempt++) {
            if (attempt > 1) {
                Duration delay = policy.delayBefore(attempt, retryAfter(last));
                LOG.infof("%s %s: attempt %d of %d in %d ms after %s", api, what, attempt, policy.maxAttempts(),
                        delay.toMillis(), describe(last));
                pause(delay);
            }
            try {
                return call.get();
            } catch (WebApplicationException e) {
                if (!retryable(e)) {
                    throw new Rejected(e.getResponse().getStatus(), api + " refused " + what + ": " + body(e), e);
                }
                last = e;
                if (!idempotent && !notProcessed(e)) {
                    break;
                }
            } catch (ProcessingException e) {
                if (interrupted(e)) {
                    // a shutdown gave up this call: another instance or the restart resumes it, not a retry here
                    Thread.currentThread().interrupt();
                    throw new TransientFailure(api + " " + what + " interrupted (the service is stopping)", e);
                }
                last = e;
                if (!idempotent) {
                    break;
                }
            }
        }
        throw new TransientFailure(api + " " + what + " did not succeed: " + describe(last), last);
    }

    private static boolean interrupted(Throwable e) {
        if (Thread.currentThread().isInterrupted()) {
            return true;
        }
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof InterruptedException) {
                return true;
            }
        }
        return false;
    }

    private static boolean notProcessed(WebApplicationException e) {
        int status = e.getResponse().getStatus();
        return status == 429 || status == 503;
    }

    private boolean retryable(WebApplicationException e) {
        int status = e.getResponse().getStatus();
        if (status == 429 || status == 502 || status == 503 || status == 504 || status == 408) {
            return true;
        }
        return status >= 500 && !rejection.test(e);
    }

    private static Duration retryAfter(RuntimeException e) {
        if (e instanceof WebApplicationException web) {
            return RetryAfter.parse(web.getResponse().getHeaderString("Retry-After"), ZonedDateTime.now());
        }
        return null;
    }

    private void pause(Duration delay) {
        try {
            sleeper.sleep(delay);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new TransientFailure(api + " call interrupted", e);
        }
    }

    private static String describe(RuntimeException e) {
        if (e instanceof WebApplicationException web) {
            return "HTTP " + web.getResponse().getStatus();
        }
        return e == null ? "-" : e.getClass().getSimpleName() + ": " + e.getMessage();
    }

    /** The error body of an answer, for messages a person can act on. */
    public static String body(WebApplicationException e) {
        Response response = e.getResponse();
        try {
            if (response.hasEntity()) {
                response.bufferEntity();
                return "HTTP " + response.getStatus() + " " + response.readEntity(String.class);
            }
        } catch (RuntimeException ignored) {
            // no readable body
        }
        return "HTTP " + response.getStatus();
    }
}
