package com.onboarding.gateway.security;

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
                Map.entry("GATEWAY_CONNECT_HMAC_KEYS", "connect-key-from-vault"),
                Map.entry("QUARKUS_OIDC_AUTH_SERVER_URL", "https://login.geekgirlsit.example/realms/onboarding"),
                Map.entry("GATEWAY_DOCUSIGN_AUTH_URL", "https://account.docusign.com"),
                Map.entry("GATEWAY_DOCUSIGN_BASE_URL", "https://na4.docusign.net"),
                Map.entry("GATEWAY_DOCUSIGN_PRIVATE_KEY", "MIIE-real-key"));
    }

    @Override
    protected List<String> problems(Properties packaged, Map<String, String> environment) {
        return ProductionGuard.problems(packaged, Map.of(), environment);
    }
}
