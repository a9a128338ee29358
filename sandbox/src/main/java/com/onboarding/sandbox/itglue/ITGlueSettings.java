package com.onboarding.sandbox.itglue;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** The simulated IT Glue account: the API key it accepts and the web address of its resources. */
@ConfigMapping(prefix = "sandbox.itglue")
public interface ITGlueSettings {

    /** The one API key accepted in x-api-key. */
    @WithDefault("ITG.sandbox-key")
    String apiKey();

    /** Where people open resources (documents' and assets' resource-url). */
    @WithDefault("https://geekgirlsit.itglue.com")
    String webBase();
}
