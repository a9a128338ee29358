package com.onboarding.gateway.web;

import io.quarkus.security.Authenticated;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** Who is logged in and with which roles, so the page shows a person only the actions their roles allow. */
@Path("/api/me")
@Produces(MediaType.APPLICATION_JSON)
public class MeResource {

    public record Me(String user, List<String> roles) {
    }

    private final SecurityIdentity identity;

    public MeResource(SecurityIdentity identity) {
        this.identity = identity;
    }

    @GET
    @Authenticated
    @Operation(summary = "The logged-in user and their roles (any role)")
    public Me get() {
        return new Me(identity.getPrincipal().getName(), identity.getRoles().stream().sorted().toList());
    }
}
