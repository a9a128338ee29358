package com.onboarding.sandbox.graph;

import io.smallrye.common.annotation.Blocking;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Map;

/**
 * The Microsoft Entra token endpoint for the client-credentials grant ({tenant}/oauth2/v2.0/token): the scope must
 * be a resource's /.default (AADSTS1002012 otherwise), and only the registered app's id and secret are accepted.
 */
@Path("/graph-login/{tenant}/oauth2/v2.0/token")
@Blocking
public class GraphLoginResource {

    private static final String SCOPE = "https://graph.microsoft.com/.default";

    private final GraphStore store;
    private final GraphSettings settings;

    public GraphLoginResource(GraphStore store, GraphSettings settings) {
        this.store = store;
        this.settings = settings;
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.APPLICATION_JSON)
    public Response token(@PathParam("tenant") String tenant, @FormParam("grant_type") String grantType,
            @FormParam("client_id") String clientId, @FormParam("client_secret") String clientSecret,
            @FormParam("scope") String scope) {
        if (!settings.tenantId().equals(tenant)) {
            return error(400, "invalid_request", "AADSTS90002: Tenant '" + tenant + "' not found.");
        }
        if (!"client_credentials".equals(grantType)) {
            return error(400, "unsupported_grant_type", "AADSTS70003: The app requested an unsupported grant type.");
        }
        if (scope == null || !scope.endsWith("/.default")) {
            return error(400, "invalid_scope", "AADSTS1002012: The provided value for scope " + scope
                    + " is not valid. Client credential flows must have a scope value with /.default suffixed to the resource identifier.");
        }
        if (!SCOPE.equals(scope)) {
            return error(400, "invalid_resource", "AADSTS500011: The resource principal was not found in the tenant.");
        }
        if (!settings.clientId().equals(clientId) || !settings.clientSecret().equals(clientSecret)) {
            return error(401, "invalid_client", "AADSTS7000215: Invalid client secret provided.");
        }
        return Response.ok(Map.of("token_type", "Bearer", "expires_in", settings.tokenLifetimeSeconds(),
                "ext_expires_in", settings.tokenLifetimeSeconds(), "access_token", store.issueToken())).build();
    }

    private static Response error(int status, String error, String description) {
        return Response.status(status).type(MediaType.APPLICATION_JSON)
                .entity(Map.of("error", error, "error_description", description)).build();
    }
}
