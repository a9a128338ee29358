package com.onboarding.clients.itglue;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * How to reach IT Glue (JSON:API). The API key is a secret: set it from the environment (ITGLUE_API_KEY). It is
 * optional here so that services that do not use IT Glue start without it; the first call without it is refused
 * with a clear message.
 */
@ConfigMapping(prefix = "itglue")
public interface ITGlueConfig {

    /** The regional API base: https://api.itglue.com (US), https://api.eu.itglue.com, https://api.au.itglue.com. */
    @WithDefault("https://api.itglue.com")
    String baseUrl();

    /** Sent as x-api-key (ITG.xxxx); account-scoped, revoked after 90 days unused. */
    Optional<String> apiKey();

    /**
     * The document folders (ids) people move documents into, searched after the root when a document is looked up
     * before being created; IT Glue lists one folder per request ({@code filter[document_folder_id]}).
     */
    Optional<List<Long>> documentFolderIds();

    /** page[size] of list calls (IT Glue: default 50, at most 1000). */
    @WithDefault("100")
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

        /** The longest Retry-After honoured (IT Glue throttles at about 3,000 requests per 5 minutes). */
        @WithDefault("5m")
        Duration maxRetryAfter();
    }
}
