package com.onboarding.gateway.queue;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.util.Map;

/** Who works the steps that wait for a person: a queue (or person) per owning service, and the default one. */
@ConfigMapping(prefix = "gateway.needs-me")
public interface NeedsMeConfig {

    /** Queue by the service that owns the step, e.g. {@code gateway.needs-me.queues.reporting-service=Reports desk}. */
    Map<String, String> queues();

    @WithDefault("Office staff")
    String defaultQueue();
}
