package com.onboarding.messaging;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Who this service is on the event bus. */
@ConfigMapping(prefix = "onboarding.service")
public interface ServiceIdentity {

    /** The service's name: owner of its steps, CloudEvent source, inbox consumer name, e.g. {@code contract-service}. */
    @WithDefault("unnamed-service")
    String name();

    default String cloudEventSource() {
        return "/onboarding-suite/" + name();
    }
}
