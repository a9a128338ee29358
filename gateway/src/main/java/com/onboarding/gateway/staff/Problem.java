package com.onboarding.gateway.staff;

import jakarta.ws.rs.core.Response;

/** An RFC 9457 problem detail. */
public record Problem(String type, String title, int status, String detail, String instance) {

    public static Response response(int status, String title, String detail, String instance) {
        return Response.status(status).type("application/problem+json")
                .entity(new Problem("about:blank", title, status, detail, instance)).build();
    }
}
