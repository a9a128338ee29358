package com.onboarding.contract.security;

import com.onboarding.messaging.startup.ProductionGuard;
import com.onboarding.testsupport.ProductionStartupContract;
import java.util.List;
import java.util.Map;
import java.util.Properties;

/** The start-up guard on this service's own application.properties ({@link ProductionStartupContract}). */
class ProductionStartupTest extends ProductionStartupContract {

    @Override
    protected Map<String, String> realEnvironment() {
        return Map.ofEntries(
                Map.entry("QUARKUS_DATASOURCE_PASSWORD", "db-from-vault"),
                Map.entry("AUTOTASK_SECRET", "at-from-vault"),
                Map.entry("AUTOTASK_INTEGRATION_CODE", "REALTRACKINGID"));
    }

    @Override
    protected List<String> problems(Properties packaged, Map<String, String> environment) {
        return ProductionGuard.problems(packaged, Map.of(), environment);
    }
}
