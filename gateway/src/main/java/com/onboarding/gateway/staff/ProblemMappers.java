package com.onboarding.gateway.staff;

import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** Errors of the staff API as RFC 9457 problem details. */
public class ProblemMappers {

    @ServerExceptionMapper
    public Response notFound(NotFoundException e) {
        return Problem.response(404, "Not found", e.getMessage(), null);
    }

    @ServerExceptionMapper
    public Response invalid(IllegalArgumentException e) {
        return Problem.response(400, "Invalid request", e.getMessage(), null);
    }

    @ServerExceptionMapper
    public Response unprocessable(InvalidRequest e) {
        return Problem.response(422, "Cannot accept this", e.getMessage(), null);
    }

    @ServerExceptionMapper
    public Response conflict(IllegalStateException e) {
        return Problem.response(409, "Not possible now", e.getMessage(), null);
    }
}
