package com.onboarding.gateway.operations;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.List;

/** The operators' live event view. */
@ConfigMapping(prefix = "gateway.operations")
public interface OperationsConfig {

    /** Every suite topic the live view shows. */
    List<String> topics();

    /** How often the topics' partitions are looked at again (a topic created or grown meanwhile). */
    @WithDefault("10s")
    Duration partitionsRefresh();
}
