package com.onboarding.gateway.instances;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.onboarding.events.StepChanged;
import com.onboarding.events.StepStatus;
import com.onboarding.gateway.GatewaySteps;
import com.onboarding.gateway.security.SseStream;
import com.onboarding.gateway.security.Tokens;
import com.onboarding.testsupport.EventBus;
import com.onboarding.testsupport.KeycloakServer;
import com.onboarding.testsupport.RealInfrastructure;
import com.onboarding.testsupport.SandboxProcess;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;

/**
 * Two gateway instances share one projection consumer group, so each event is applied by one of them: staff watching
 * the other one must hear of it too. The other instance is played here by what it does in the shared database (its
 * projection's committed notification, or a listener of its own).
 */
@QuarkusTest
@QuarkusTestResource(value = RealInfrastructure.class, initArgs = @ResourceArg(name = "database", value = "gateway"))
@QuarkusTestResource(SandboxProcess.class)
@QuarkusTestResource(KeycloakServer.class)
class LiveUpdatesAcrossInstancesTest {

    @Test
    void staff_watching_this_instance_hear_of_a_change_the_other_instance_committed_and_never_of_one_rolled_back() throws Exception {
        String committed = "other-instance-" + UUID.randomUUID();
        String rolledBack = "rolled-back-" + UUID.randomUUID();
        try (SseStream stream = SseStream.open("/api/onboardings/changes", Tokens.staff());
                Connection otherInstance = database()) {
            assertThat(stream.status()).isEqualTo(200);
            otherInstance.setAutoCommit(false);
            announce(otherInstance, rolledBack);
            otherInstance.rollback();
            announce(otherInstance, committed);
            otherInstance.commit();

            await().atMost(Duration.ofSeconds(30)).until(() -> stream.data().stream().anyMatch(data -> data.contains(committed)
                    && data.contains("\"status\":\"DONE\"")));
            assertThat(stream.data()).noneMatch(data -> data.contains(rolledBack));
        }
    }

    @Test
    void a_change_this_instance_projected_is_announced_to_every_other_instance() throws Exception {
        String onboarding = "projected-here-" + UUID.randomUUID();
        List<String> heardByOther = new CopyOnWriteArrayList<>();
        try (Connection otherInstance = database()) {
            try (Statement listen = otherInstance.createStatement()) {
                listen.execute("LISTEN onboarding_changed");
            }
            EventBus.send(StepChanged.of(onboarding, GatewaySteps.TERMS_AND_CONDITIONS, "gateway", StepStatus.DONE, 1, "on file"));
            PGConnection pg = otherInstance.unwrap(PGConnection.class);
            await().atMost(Duration.ofSeconds(60)).until(() -> {
                PGNotification[] notifications = pg.getNotifications(500);
                if (notifications != null) {
                    for (PGNotification notification : notifications) {
                        heardByOther.add(notification.getParameter());
                    }
                }
                return heardByOther.stream().anyMatch(payload -> payload.contains(onboarding));
            });
        }
        assertThat(heardByOther.stream().filter(payload -> payload.contains(onboarding)).findFirst().orElseThrow())
                .contains("\"step\":\"" + GatewaySteps.TERMS_AND_CONDITIONS + "\"").contains("\"status\":\"DONE\"");
    }

    private static void announce(Connection connection, String onboarding) throws SQLException {
        try (PreparedStatement notify = connection.prepareStatement("select pg_notify('onboarding_changed', ?)")) {
            notify.setString(1, "{\"onboardingId\":\"" + onboarding + "\",\"step\":\"" + GatewaySteps.TERMS_AND_CONDITIONS
                    + "\",\"status\":\"DONE\"}");
            notify.execute();
        }
    }

    private static Connection database() throws SQLException {
        var config = ConfigProvider.getConfig();
        return DriverManager.getConnection(config.getValue("quarkus.datasource.jdbc.url", String.class),
                config.getValue("quarkus.datasource.username", String.class),
                config.getValue("quarkus.datasource.password", String.class));
    }
}
