package com.onboarding.reporting.security;

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
                Map.entry("AUTOTASK_INTEGRATION_CODE", "REALTRACKINGID"),
                Map.entry("REPORT_RECIPIENTS_PASSWORD", "rr-from-vault"),
                Map.entry("GRAPH_LOGIN_URL", "https://login.microsoftonline.com"),
                Map.entry("GRAPH_BASE_URL", "https://graph.microsoft.com"),
                Map.entry("GRAPH_CLIENT_SECRET", "graph-from-vault"),
                Map.entry("DATTO_RMM_BASE_URL", "https://concord-api.centrastage.net"),
                Map.entry("DATTO_RMM_API_KEY", "dk"),
                Map.entry("DATTO_RMM_API_SECRET", "ds"));
    }

    @Override
    protected List<String> problems(Properties packaged, Map<String, String> environment) {
        return ProductionGuard.problems(packaged, Map.of(), environment);
    }
}
