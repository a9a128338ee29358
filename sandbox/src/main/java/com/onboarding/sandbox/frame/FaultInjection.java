package com.onboarding.sandbox.frame;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.Response;
import java.util.Map;
import java.util.Optional;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/** Applies injected faults to the simulated APIs (never to /sandbox itself). */
public class FaultInjection {

    private static final String DELAY_AFTER = "sandbox.delay-after";

    private final Faults faults;

    public FaultInjection(Faults faults) {
        this.faults = faults;
    }

    @ServerRequestFilter(preMatching = true)
    public Optional<Response> before(ContainerRequestContext request) {
        String path = request.getUriInfo().getPath();
        if (path.startsWith("/sandbox") || path.startsWith("/q/")) {
            return Optional.empty();
        }
        Optional<Fault> fault = faults.take(request.getMethod(), path);
        if (fault.isEmpty()) {
            return Optional.empty();
        }
        Fault f = fault.get();
        sleep(f.delayMillis());
        if (f.delayAfterMillis() > 0) {
            request.setProperty(DELAY_AFTER, f.delayAfterMillis());
        }
        if (f.status() <= 0) {
            return Optional.empty();
        }
        Response.ResponseBuilder response = Response.status(f.status())
                .entity(Map.of("message", "sandbox: injected fault " + f.status()))
                .type("application/json");
        if (f.retryAfterSeconds() != null) {
            response.header("Retry-After", f.retryAfterSeconds());
        }
        return Optional.of(response.build());
    }

    @ServerResponseFilter
    public void after(ContainerRequestContext request, ContainerResponseContext response) {
        Object delay = request.getProperty(DELAY_AFTER);
        if (delay instanceof Long millis) {
            sleep(millis);
        }
    }

    private static void sleep(long millis) {
        if (millis <= 0) {
            return;
        }
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
