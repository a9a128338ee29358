package com.onboarding.sandbox.dattormm;

import io.smallrye.common.annotation.Blocking;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Datto RMM API v2, the part the suite reads: the OAuth token (password grant with HTTP Basic
 * {@code public-client:public}, tokens living 100 h, refresh grant) and the account's sites with paging
 * ({@code page}, {@code max}, {@code siteName} filter). Bearer required; over 600 requests in a rolling minute
 * answers 429. Errors in Datto's shape {@code {timestamp, status, error, path}}.
 */
@Path("/datto-rmm")
@Blocking
public class DattoRmmResource {

    private static final String PUBLIC_CLIENT = "Basic "
            + Base64.getEncoder().encodeToString("public-client:public".getBytes(StandardCharsets.UTF_8));

    private final DattoRmmStore store;
    private final DattoRmmSettings settings;

    @Context
    UriInfo uri;

    public DattoRmmResource(DattoRmmStore store, DattoRmmSettings settings) {
        this.store = store;
        this.settings = settings;
    }

    @POST
    @Path("/auth/oauth/token")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.APPLICATION_JSON)
    public Response token(@HeaderParam("Authorization") String authorization, @FormParam("grant_type") String grantType,
            @FormParam("username") String username, @FormParam("password") String password,
            @FormParam("refresh_token") String refreshToken) {
        if (!PUBLIC_CLIENT.equals(authorization)) {
            return oauthError(401, "unauthorized", "Full authentication is required to access this resource");
        }
        if ("password".equals(grantType)) {
            if (!settings.apiKey().equals(username) || !settings.apiSecret().equals(password)) {
                return oauthError(400, "invalid_grant", "Bad credentials");
            }
            return Response.ok(store.issueTokens()).build();
        }
        if ("refresh_token".equals(grantType)) {
            if (refreshToken == null || !store.useRefreshToken(refreshToken)) {
                return oauthError(400, "invalid_grant", "Invalid refresh token");
            }
            return Response.ok(store.issueTokens()).build();
        }
        return oauthError(400, "unsupported_grant_type", "Unsupported grant type: " + grantType);
    }

    @GET
    @Path("/api/v2/account/sites")
    @Produces(MediaType.APPLICATION_JSON)
    public Response sites(@HeaderParam("Authorization") String authorization, @QueryParam("page") Integer page,
            @QueryParam("max") Integer max, @QueryParam("siteName") String siteName) {
        if (authorization == null || !authorization.startsWith("Bearer ")
                || !store.validAccessToken(authorization.substring(7).trim())) {
            return error(401, "Unauthorized");
        }
        if (!store.withinRateLimit()) {
            return Response.fromResponse(error(429, "Too Many Requests")).header("Retry-After", 60).build();
        }
        int p = page == null ? 0 : page;
        int size = Math.min(max == null ? 250 : max, 250);
        List<Map<String, Object>> all = store.sites().stream()
                .filter(s -> siteName == null || String.valueOf(s.get("name")).toLowerCase().contains(siteName.toLowerCase()))
                .toList();
        int from = Math.min(p * size, all.size());
        int to = Math.min(from + size, all.size());
        Map<String, Object> pageDetails = new LinkedHashMap<>();
        pageDetails.put("count", to - from);
        pageDetails.put("totalCount", all.size());
        pageDetails.put("prevPageUrl", p > 0 ? link(p - 1, size, siteName) : null);
        pageDetails.put("nextPageUrl", to < all.size() ? link(p + 1, size, siteName) : null);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("pageDetails", pageDetails);
        body.put("sites", all.subList(from, to));
        return Response.ok(body).build();
    }

    private String link(int page, int max, String siteName) {
        return uri.getBaseUri() + "datto-rmm/api/v2/account/sites?page=" + page + "&max=" + max
                + (siteName == null ? "" : "&siteName=" + java.net.URLEncoder.encode(siteName, StandardCharsets.UTF_8));
    }

    private Response error(int status, String reason) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("timestamp", System.currentTimeMillis());
        body.put("status", status);
        body.put("error", reason);
        body.put("path", uri.getPath());
        return Response.status(status).type(MediaType.APPLICATION_JSON).entity(body).build();
    }

    private static Response oauthError(int status, String error, String description) {
        return Response.status(status).type(MediaType.APPLICATION_JSON)
                .entity(Map.of("error", error, "error_description", description)).build();
    }
}
