package com.onboarding.reporting.dattormm;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** How to reach Datto RMM API v2. Key and secret come from the environment (DATTO_RMM_API_KEY, DATTO_RMM_API_SECRET). */
@ConfigMapping(prefix = "datto-rmm")
public interface DattoRmmConfig {

    /** The platform's API base, e.g. https://pinotage-api.centrastage.net (the token is at {base}/auth/oauth/token). */
    String baseUrl();

    /** The API user's key (sent as the password grant's username). */
    String apiKey();

    /** The API user's secret key (sent as the password grant's password). */
    String apiSecret();

    /** The account-wide request limit per rolling 60 s (shared with every user of the account). */
    @WithDefault("600")
    int requestsPerMinute();

    /** The account-wide write limit per rolling 60 s. */
    @WithDefault("100")
    int writesPerMinute();

    /** Sites per page (Datto's maximum is 250). */
    @WithDefault("250")
    int pageSize();

    @WithDefault("30s")
    Duration timeout();

    Retry retry();

    interface Retry {
        @WithDefault("5")
        int maxAttempts();

        @WithDefault("1s")
        Duration initialBackoff();

        @WithDefault("60s")
        Duration maxBackoff();
    }
}
