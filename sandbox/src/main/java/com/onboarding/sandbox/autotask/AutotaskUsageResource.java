package com.onboarding.sandbox.autotask;

import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.MediaType;
import java.util.Map;

/**
 * How much of the simulated tenant's API the suite used ({@link AutotaskUsage}): {@code GET /sandbox/autotask-usage}
 * reports it (thresholdExceeded, threadLimitExceeded, the most requests in any timeframe and at once per endpoint);
 * {@code DELETE} starts counting again.
 */
@Path("/sandbox/autotask-usage")
@jakarta.ws.rs.Produces(MediaType.APPLICATION_JSON)
@Blocking
public class AutotaskUsageResource {

    private final AutotaskUsage usage;

    public AutotaskUsageResource(AutotaskUsage usage) {
        this.usage = usage;
    }

    @GET
    public Map<String, Object> report() {
        return usage.report(System.nanoTime());
    }

    @DELETE
    public Map<String, Object> reset() {
        usage.reset();
        return usage.report(System.nanoTime());
    }

    @ApplicationScoped
    static class Producer {

        /** Autotask's: 10,000 requests per tenant in 60 minutes, 3 concurrent per endpoint. */
        @Produces
        @ApplicationScoped
        AutotaskUsage usage(AutotaskAuth auth) {
            return new AutotaskUsage(auth.requestThreshold(), auth.thresholdTimeframe(), auth.threadLimit());
        }
    }
}
