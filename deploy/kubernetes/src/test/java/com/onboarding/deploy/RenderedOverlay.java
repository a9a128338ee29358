package com.onboarding.deploy;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudget;
import io.strimzi.api.kafka.model.topic.KafkaTopic;
import io.strimzi.api.kafka.model.user.KafkaUser;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** One overlay of deploy/kubernetes as `kubectl kustomize` renders it: its text and its documents, typed. */
record RenderedOverlay(String text, List<HasMetadata> documents) {

    /** The kinds an overlay may contain, each with the model class that defines its schema. */
    static final Map<String, Class<? extends HasMetadata>> KINDS = Map.of(
            "apps/v1/Deployment", Deployment.class,
            "v1/Service", Service.class,
            "v1/ConfigMap", ConfigMap.class,
            "policy/v1/PodDisruptionBudget", PodDisruptionBudget.class,
            "kafka.strimzi.io/v1beta2/KafkaTopic", KafkaTopic.class,
            "kafka.strimzi.io/v1beta2/KafkaUser", KafkaUser.class);

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory())
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES);

    static Path repository() {
        return Path.of(System.getProperty("onboarding.repo", "../.."));
    }

    static RenderedOverlay render(String overlay) throws IOException, InterruptedException {
        Path dir = repository().resolve("deploy/kubernetes/overlays").resolve(overlay);
        Path out = Files.createTempFile("kustomize-" + overlay, ".yaml");
        Process kubectl = new ProcessBuilder(kubectl(), "kustomize", dir.toString())
                .redirectOutput(out.toFile()).redirectErrorStream(false).start();
        String errors = new String(kubectl.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!kubectl.waitFor(60, TimeUnit.SECONDS) || kubectl.exitValue() != 0) {
            throw new IllegalStateException("kubectl kustomize " + dir + " failed: " + errors);
        }
        String text = Files.readString(out);
        Files.delete(out);
        List<HasMetadata> documents = new ArrayList<>();
        try (MappingIterator<JsonNode> nodes = YAML.readerFor(JsonNode.class).readValues(text)) {
            while (nodes.hasNext()) {
                JsonNode node = nodes.next();
                String kind = node.path("apiVersion").asText() + "/" + node.path("kind").asText();
                Class<? extends HasMetadata> type = KINDS.get(kind);
                if (type == null) {
                    throw new IllegalStateException("unexpected kind " + kind + " in overlay " + overlay);
                }
                HasMetadata document = YAML.treeToValue(node, type);
                SchemaCheck.assertNoUnknownFields(document, kind + " " + document.getMetadata().getName());
                documents.add(document);
            }
        }
        return new RenderedOverlay(text, documents);
    }

    <T extends HasMetadata> List<T> all(Class<T> type) {
        return documents.stream().filter(type::isInstance).map(type::cast).toList();
    }

    /** Debian's kubernetes-client; deploy/containers/podman-setup.sh installs it when missing. */
    private static String kubectl() {
        return System.getenv().getOrDefault("KUBECTL", "kubectl");
    }
}
