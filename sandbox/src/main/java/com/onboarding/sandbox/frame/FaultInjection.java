package com.onboarding.sandbox.frame;

import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.Response;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * Applies injected faults to the simulated APIs (never to /sandbox itself). Holding a request (before handling it)
 * or its answer (after the write) never blocks a thread: other requests go on meanwhile, and {@link Faults#held()}
 * tells a test that a request is being held right now (to kill its client at that moment). A fault may also apply the
 * write and answer another status ({@code statusAfter}, e.g. 504: the answer lost), and may affect requests only with
 * a probability (the fault run's 30 % of third-party calls).
 */
public class FaultInjection {

    private static final String DELAY_AFTER = "sandbox.delay-after";
    private static final String STATUS_AFTER = "sandbox.status-after";

    private final Faults faults;

    public FaultInjection(Faults faults) {
        this.faults = faults;
    }

    @ServerRequestFilter(preMatching = true)
    public Uni<Response> before(ContainerRequestContext request) {
        String path = request.getUriInfo().getPath();
        if (path.startsWith("/sandbox") || path.startsWith("/q/")) {
            return Uni.createFrom().nullItem();
        }
        Optional<Fault> fault = faults.take(request.getMethod(), path,
                request.getHeaderString(RequestRecording.ONBOARDING_HEADER));
        if (fault.isEmpty()) {
            return Uni.createFrom().nullItem();
        }
        Fault f = fault.get();
        if (f.delayAfterMillis() > 0) {
            request.setProperty(DELAY_AFTER, f.delayAfterMillis());
        }
        if (f.statusAfter() > 0) {
            request.setProperty(STATUS_AFTER, f.statusAfter());
        }
        return hold(f.delayMillis()).map(ignored -> f.status() <= 0 ? null : answer(f));
    }

    @ServerResponseFilter
    public Uni<Void> after(ContainerRequestContext request, ContainerResponseContext response) {
        if (request.getProperty(STATUS_AFTER) instanceof Integer lost) {
            // the write is applied; its answer is lost on the way back (a gateway timeout after the fact)
            response.setStatus(lost);
            response.setEntity(Map.of("message", "sandbox: injected fault " + lost + " after the write was applied"),
                    new java.lang.annotation.Annotation[0], jakarta.ws.rs.core.MediaType.APPLICATION_JSON_TYPE);
        }
        Object delay = request.getProperty(DELAY_AFTER);
        return delay instanceof Long millis ? hold(millis) : Uni.createFrom().voidItem();
    }

    private static Response answer(Fault f) {
        Response.ResponseBuilder response = Response.status(f.status())
                .entity(Map.of("message", "sandbox: injected fault " + f.status()))
                .type("application/json");
        if (f.retryAfterSeconds() != null) {
            response.header("Retry-After", f.retryAfterSeconds());
        }
        return response.build();
    }

    private Uni<Void> hold(long millis) {
        if (millis <= 0) {
            return Uni.createFrom().voidItem();
        }
        faults.holding(1);
        // the request goes on where it was (its Vert.x context), not on the timer's thread
        io.vertx.core.Context context = io.vertx.core.Vertx.currentContext();
        Uni<Void> held = Uni.createFrom().voidItem().onItem().delayIt().by(Duration.ofMillis(millis))
                .eventually(() -> faults.holding(-1));
        return context == null ? held : held.emitOn(task -> context.runOnContext(ignored -> task.run()));
    }
}
