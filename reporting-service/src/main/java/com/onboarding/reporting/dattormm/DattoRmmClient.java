package com.onboarding.reporting.dattormm;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.onboarding.clients.http.LazyClient;
import com.onboarding.clients.http.ResilientCaller;
import com.onboarding.clients.http.RetryPolicy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.client.Entity;
import jakarta.ws.rs.core.Form;
import jakarta.ws.rs.core.Response;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

/**
 * Datto RMM API v2, read-only: the OAuth token (password grant with the API key and secret, HTTP Basic
 * {@code public-client:public}), cached until shortly before its 100-hour expiry and renewed with the refresh token
 * when there is one; and the account's sites, following the pages. Every request takes a permit of the account-wide
 * 600 requests/min (writes would also take one of 100 writes/min); 429 and 5xx are retried with backoff.
 */
@ApplicationScoped
public class DattoRmmClient {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final String PUBLIC_CLIENT = "Basic "
            + Base64.getEncoder().encodeToString("public-client:public".getBytes(StandardCharsets.UTF_8));
    private static final Duration TOKEN_MARGIN = Duration.ofHours(1);

    private final DattoRmmConfig config;
    private final Clock clock;
    private final ResilientCaller caller;
    private final SlidingWindowLimit requests;
    private final LazyClient http;
    private String accessToken;
    private String refreshToken;
    private Instant expires = Instant.MIN;

    public DattoRmmClient(DattoRmmConfig config, Clock clock) {
        this.config = config;
        this.http = new LazyClient(config.timeout());
        this.clock = clock;
        this.caller = new ResilientCaller("Datto RMM", new RetryPolicy(config.retry().maxAttempts(),
                config.retry().initialBackoff(), config.retry().maxBackoff(), Duration.ofMinutes(5)),
                duration -> Thread.sleep(duration.toMillis()), e -> false);
        this.requests = new SlidingWindowLimit(config.requestsPerMinute(), Duration.ofMinutes(1), Clock.systemUTC());
    }

    /** The names of all the account's sites, every page. */
    public List<String> siteNames() {
        List<String> names = new ArrayList<>();
        String url = base() + "/api/v2/account/sites?page=0&max=" + config.pageSize();
        while (url != null) {
            String page = url;
            JsonNode answer = caller.call("list sites", () -> get(page));
            answer.path("sites").forEach(site -> names.add(site.path("name").asText()));
            String next = answer.path("pageDetails").path("nextPageUrl").asText(null);
            url = next == null || next.isBlank() || next.equals("null") ? null : next;
        }
        return names;
    }

    private JsonNode get(String url) {
        permit();
        Response response = http.get().target(url).request().header("Authorization", "Bearer " + token()).get();
        if (response.getStatus() == 401) {
            forgetToken();
            throw new ProcessingException("Datto RMM: token refused (401); fetching a new one");
        }
        return read(response);
    }

    private synchronized String token() {
        if (accessToken != null && clock.instant().isBefore(expires.minus(TOKEN_MARGIN))) {
            return accessToken;
        }
        JsonNode answer = null;
        if (refreshToken != null) {
            try {
                answer = tokenRequest(new Form().param("grant_type", "refresh_token").param("refresh_token", refreshToken));
            } catch (WebApplicationException e) {
                refreshToken = null;
            }
        }
        if (answer == null) {
            answer = tokenRequest(new Form().param("grant_type", "password").param("username", config.apiKey())
                    .param("password", config.apiSecret()));
        }
        accessToken = answer.path("access_token").asText();
        refreshToken = answer.path("refresh_token").asText(null);
        expires = clock.instant().plusSeconds(answer.path("expires_in").asLong(360_000));
        return accessToken;
    }

    private JsonNode tokenRequest(Form form) {
        permit();
        return read(http.get().target(base() + "/auth/oauth/token").request().header("Authorization", PUBLIC_CLIENT)
                .post(Entity.form(form)));
    }

    private synchronized void forgetToken() {
        accessToken = null;
    }

    private void permit() {
        try {
            requests.take();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ProcessingException(e);
        }
    }

    private static JsonNode read(Response response) {
        if (response.getStatus() >= 400) {
            response.bufferEntity();
            throw new WebApplicationException(response);
        }
        try (response) {
            return MAPPER.readTree(response.readEntity(String.class));
        } catch (java.io.IOException e) {
            throw new ProcessingException("Datto RMM answered with unreadable JSON", e);
        }
    }

    private String base() {
        return config.baseUrl().replaceAll("/+$", "");
    }

}
