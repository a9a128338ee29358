package com.onboarding.reminder.security;

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
                Map.entry("REMINDERS_POWER_AUTOMATE_URL", "https://prod-12.westus.logic.azure.com/workflows/x/triggers/manual/paths/invoke?sig=real"),
                Map.entry("QUARKUS_REST_CLIENT_POWER_AUTOMATE_URL", "https://prod-12.westus.logic.azure.com"),
                Map.entry("QUARKUS_OIDC_AUTH_SERVER_URL", "https://login.geekgirlsit.example/realms/onboarding"));
    }

    @Override
    protected List<String> problems(Properties packaged, Map<String, String> environment) {
        return ProductionGuard.problems(packaged, Map.of(), environment);
    }
}
