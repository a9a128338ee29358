package com.onboarding.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import com.onboarding.events.EventType;
import com.onboarding.events.Topics;
import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.EnvFromSource;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.Probe;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudget;
import io.strimzi.api.kafka.model.topic.KafkaTopic;
import io.strimzi.api.kafka.model.user.KafkaUser;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Renders each overlay of deploy/kubernetes with `kubectl kustomize` and checks what a cluster would be given. */
class KubernetesManifestsTest {

    static final Map<String, Integer> SERVICES = Map.of("gateway", 8080, "contract-service", 8081,
            "reporting-service", 8082, "reminder-service", 8083, "documentation-service", 8084,
            "backup-setup-service", 8085);

    /** Values of the sandbox's credentials in application.properties: none may reach production. */
    static final List<String> SANDBOX_VALUES = List.of("sandbox", "localhost", "127.0.0.1", "8090",
            "SANDBOXTRACKINGID", "ITG.sandbox-key", "MIIEvQIBADAN");

    static RenderedOverlay production;
    static RenderedOverlay local;

    @BeforeAll
    static void render() throws Exception {
        production = RenderedOverlay.render("production");
        local = RenderedOverlay.render("local");
    }

    @Test
    void everyServiceIsADeploymentWithProbesOnItsManagementPortAServiceAndADisruptionBudget() {
        for (RenderedOverlay overlay : List.of(production, local)) {
            Map<String, Deployment> deployments = byName(overlay.all(Deployment.class));
            assertThat(deployments.keySet()).containsAll(SERVICES.keySet());
            Set<String> configMaps = names(overlay.all(ConfigMap.class));
            for (Deployment deployment : deployments.values()) {
                String name = deployment.getMetadata().getName();
                assertThat(deployment.getSpec().getSelector().getMatchLabels())
                        .containsEntry("app.kubernetes.io/name", name);
                assertThat(deployment.getSpec().getTemplate().getMetadata().getLabels())
                        .containsAllEntriesOf(deployment.getSpec().getSelector().getMatchLabels());
                assertThat(deployment.getSpec().getStrategy().getType()).isEqualTo("RollingUpdate");
                assertThat(deployment.getSpec().getTemplate().getSpec().getSecurityContext().getRunAsNonRoot()).isTrue();
                Container container = deployment.getSpec().getTemplate().getSpec().getContainers().get(0);
                int management = SERVICES.getOrDefault(name, 8090) + 1000;
                if (overlay == production) {
                    assertThat(port(container, "management")).as(name + " management port").isEqualTo(management);
                }
                assertProbe(container.getStartupProbe(), "/q/health/started", management);
                assertProbe(container.getLivenessProbe(), "/q/health/live", management);
                assertProbe(container.getReadinessProbe(), "/q/health/ready", management);
                assertThat(container.getResources().getRequests()).containsKeys("cpu", "memory");
                assertThat(container.getResources().getLimits()).containsKey("memory");
                for (EnvFromSource source : container.getEnvFrom()) {
                    if (source.getConfigMapRef() != null) {
                        assertThat(configMaps).as(name + " reads a ConfigMap of the overlay")
                                .contains(source.getConfigMapRef().getName());
                    }
                }
            }
            Map<String, io.fabric8.kubernetes.api.model.Service> services =
                    byName(overlay.all(io.fabric8.kubernetes.api.model.Service.class));
            assertThat(services.keySet()).isEqualTo(deployments.keySet());
            services.forEach((name, service) -> assertThat(service.getSpec().getSelector())
                    .isEqualTo(deployments.get(name).getSpec().getSelector().getMatchLabels()));
            Map<String, PodDisruptionBudget> budgets = byName(overlay.all(PodDisruptionBudget.class));
            assertThat(budgets.keySet()).isEqualTo(deployments.keySet());
            budgets.forEach((name, budget) -> assertThat(budget.getSpec().getSelector().getMatchLabels())
                    .isEqualTo(deployments.get(name).getSpec().getSelector().getMatchLabels()));
        }
    }

    @Test
    void productionHasNoSandboxNoSecretValueAndItsCredentialsFromSecrets() {
        assertThat(names(production.all(Deployment.class))).isEqualTo(SERVICES.keySet());
        assertThat(production.documents()).noneMatch(d -> d.getKind().equals("Secret"));
        for (String value : SANDBOX_VALUES) {
            assertThat(production.text()).as("production overlay mentions " + value).doesNotContain(value);
        }
        for (Deployment deployment : production.all(Deployment.class)) {
            String name = deployment.getMetadata().getName();
            Container container = deployment.getSpec().getTemplate().getSpec().getContainers().get(0);
            assertThat(container.getEnvFrom()).anyMatch(source -> source.getSecretRef() != null
                    && source.getSecretRef().getName().equals(name + "-secrets"));
            assertThat(container.getImage()).doesNotStartWith("localhost/");
        }
        ConfigMap common = production.all(ConfigMap.class).stream()
                .filter(c -> c.getMetadata().getName().startsWith("onboarding-common")).findFirst().orElseThrow();
        assertThat(common.getData()).containsEntry("ONBOARDING_TOPICS_CREATE", "false")
                .containsEntry("QUARKUS_OIDC_AUTH_SERVER_URL", "https://keycloak.example.com/realms/onboarding")
                // every kafka.* key reaches SmallRye's channels and the hand-built clients alike: SASL over TLS
                .containsEntry("KAFKA_SECURITY_PROTOCOL", "SASL_SSL").containsEntry("KAFKA_SASL_MECHANISM", "SCRAM-SHA-512")
                .containsEntry("QUARKUS_LOG_CONSOLE_JSON_ENABLED", "true");
    }

    @Test
    void productionHasAKafkaTopicForEveryTopicAndDeadLetterTopicAndAKafkaUserPerService() {
        Set<String> topics = production.all(KafkaTopic.class).stream().map(t -> t.getSpec().getTopicName())
                .collect(Collectors.toSet());
        Set<String> wanted = Arrays.stream(EventType.values()).map(EventType::topic).collect(Collectors.toSet());
        SERVICES.keySet().forEach(service -> wanted.add(Topics.deadLetter(service)));
        assertThat(topics).isEqualTo(wanted);
        for (KafkaTopic topic : production.all(KafkaTopic.class)) {
            assertThat(topic.getSpec().getPartitions()).isPositive();
            assertThat(topic.getSpec().getConfig()).containsKey("retention.ms");
            assertThat(topic.getMetadata().getLabels()).containsKey("strimzi.io/cluster");
        }
        Map<String, KafkaUser> users = byName(production.all(KafkaUser.class));
        assertThat(users.keySet()).isEqualTo(SERVICES.keySet());
        users.forEach((service, user) -> assertThat(user.getSpec().getAuthorization()).isNotNull());
    }

    @Test
    void localRunsEveryServiceAndTheSandboxOnTheHostNetworkOnLoopbackFromLocalImages() {
        assertThat(names(local.all(Deployment.class))).contains("sandbox").containsAll(SERVICES.keySet());
        for (Deployment deployment : local.all(Deployment.class)) {
            assertThat(deployment.getSpec().getTemplate().getSpec().getHostNetwork()).isTrue();
            assertThat(deployment.getSpec().getTemplate().getSpec().getContainers().get(0).getImage())
                    .startsWith("localhost/onboarding/");
        }
        ConfigMap common = local.all(ConfigMap.class).stream()
                .filter(c -> c.getMetadata().getName().startsWith("onboarding-common")).findFirst().orElseThrow();
        assertThat(common.getData()).containsEntry("QUARKUS_HTTP_HOST", "127.0.0.1")
                .containsEntry("QUARKUS_MANAGEMENT_HOST", "127.0.0.1");
        assertThat(local.text()).doesNotContain("0.0.0.0");
    }

    private static void assertProbe(Probe probe, String path, int managementPort) {
        assertThat(probe).as(path).isNotNull();
        assertThat(probe.getHttpGet().getPath()).isEqualTo(path);
        assertThat(probe.getHttpGet().getPort().getIntVal()).isEqualTo(managementPort);
    }

    private static int port(Container container, String name) {
        return container.getPorts().stream().filter(p -> name.equals(p.getName())).findFirst().orElseThrow()
                .getContainerPort();
    }

    private static <T extends HasMetadata> Map<String, T> byName(List<T> documents) {
        return documents.stream().collect(Collectors.toMap(d -> d.getMetadata().getName(), d -> d));
    }

    private static Set<String> names(List<? extends HasMetadata> documents) {
        return documents.stream().map(d -> d.getMetadata().getName()).collect(Collectors.toSet());
    }
}
