package com.onboarding.sandbox.dattormm;

import com.onboarding.sandbox.frame.CallRecord;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

/** The simulated Datto RMM account: sites, issued tokens, and the account-wide request window. */
@ApplicationScoped
public class DattoRmmStore {

    private final DattoRmmSettings settings;
    private final CallRecord record;
    private final List<Map<String, Object>> sites = new ArrayList<>();
    private final Map<String, Instant> accessTokens = new LinkedHashMap<>();
    private final Map<String, Instant> refreshTokens = new LinkedHashMap<>();
    private final Deque<Instant> window = new ArrayDeque<>();
    private final AtomicLong ids = new AtomicLong(4_200_000);

    public DattoRmmStore(DattoRmmSettings settings, CallRecord record) {
        this.settings = settings;
        this.record = record;
    }

    synchronized Map<String, Object> issueTokens() {
        String access = UUID.randomUUID().toString();
        String refresh = UUID.randomUUID().toString();
        accessTokens.put(access, Instant.now().plusSeconds(settings.tokenLifetimeSeconds()));
        refreshTokens.put(refresh, Instant.now().plusSeconds(settings.tokenLifetimeSeconds() * 2));
        return Map.of("access_token", access, "token_type", "bearer", "refresh_token", refresh,
                "expires_in", settings.tokenLifetimeSeconds(), "scope", "default", "jti", UUID.randomUUID().toString());
    }

    synchronized boolean useRefreshToken(String token) {
        Instant expires = refreshTokens.remove(token);
        return expires != null && expires.isAfter(Instant.now());
    }

    synchronized boolean validAccessToken(String token) {
        Instant expires = accessTokens.get(token);
        return expires != null && expires.isAfter(Instant.now());
    }

    /** Counts a request in the rolling minute; false when over the account's limit. */
    synchronized boolean withinRateLimit() {
        Instant now = Instant.now();
        while (!window.isEmpty() && window.peekFirst().isBefore(now.minusSeconds(60))) {
            window.pollFirst();
        }
        if (window.size() >= settings.requestsPerMinute()) {
            return false;
        }
        window.addLast(now);
        return true;
    }

    /** A site as the RMM technical setup creates it (seeded: not a write of the suite). */
    synchronized Map<String, Object> seedSite(String name, Long autotaskCompanyId) {
        Map<String, Object> site = new LinkedHashMap<>();
        long id = ids.incrementAndGet();
        site.put("id", id);
        site.put("uid", UUID.randomUUID().toString());
        site.put("accountUid", "sandbox-account");
        site.put("name", name);
        site.put("description", "");
        site.put("onDemand", false);
        site.put("autotaskCompanyId", autotaskCompanyId == null ? null : String.valueOf(autotaskCompanyId));
        site.put("autotaskCompanyName", null);
        site.put("devicesStatus", Map.of("numberOfDevices", 0, "numberOfOnlineDevices", 0, "numberOfOfflineDevices", 0));
        sites.add(site);
        return site;
    }

    synchronized List<Map<String, Object>> sites() {
        return new ArrayList<>(sites);
    }

    CallRecord record() {
        return record;
    }
}
