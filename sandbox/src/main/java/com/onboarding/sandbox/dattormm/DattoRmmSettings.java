package com.onboarding.sandbox.dattormm;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** The simulated Datto RMM account: its API user's key and secret, token lifetime and rate limit. */
@ConfigMapping(prefix = "sandbox.datto-rmm")
public interface DattoRmmSettings {

    @WithDefault("sandbox-datto-api-key")
    String apiKey();

    @WithDefault("sandbox-datto-api-secret")
    String apiSecret();

    /** Datto RMM tokens live 100 hours. */
    @WithDefault("360000")
    long tokenLifetimeSeconds();

    /** Requests per rolling 60 s across the account; more get 429. */
    @WithDefault("600")
    int requestsPerMinute();
}
