package com.onboarding.messaging;

import com.onboarding.events.EventType;
import com.onboarding.events.Topics;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.common.annotation.Identifier;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Creates the suite's event topics and this service's dead-letter topic at start when they do not exist, so a
 * consumer never waits for a topic that its producer has not written yet.
 */
@ApplicationScoped
public class EventTopics {

    private static final Logger LOG = Logger.getLogger(EventTopics.class);

    void create(@Observes @Priority(1) StartupEvent start, @Identifier("default-kafka-broker") Map<String, Object> kafka,
            ServiceIdentity identity,
            @ConfigProperty(name = "onboarding.topics.partitions", defaultValue = "3") int partitions,
            @ConfigProperty(name = "onboarding.topics.replication-factor", defaultValue = "1") short replication,
            @ConfigProperty(name = "onboarding.topics.create", defaultValue = "true") boolean create) {
        if (!create) {
            return; // production: the topics are the platform's (Strimzi KafkaTopic resources, deploy/kubernetes)
        }
        Map<String, Object> config = new java.util.HashMap<>();
        config.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 10_000);
        config.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 15_000);
        config.put(AdminClientConfig.CLIENT_ID_CONFIG, identity.name() + "-topics");
        try (Admin admin = Admin.create(KafkaClientConfig.admin(kafka, config))) {
            Set<String> existing = admin.listTopics().names().get(10, TimeUnit.SECONDS);
            List<NewTopic> missing = new ArrayList<>();
            List<String> wanted = new ArrayList<>();
            for (EventType type : EventType.values()) {
                wanted.add(type.topic());
            }
            wanted.add(Topics.deadLetter(identity.name()));
            for (String topic : wanted) {
                if (!existing.contains(topic)) {
                    missing.add(new NewTopic(topic, partitions, replication));
                }
            }
            if (!missing.isEmpty()) {
                admin.createTopics(missing).all().get(10, TimeUnit.SECONDS);
                LOG.infof("Created topics %s", missing.stream().map(NewTopic::name).toList());
            }
        } catch (Exception e) {
            // another instance may have created them meanwhile; consumers still find topics on metadata refresh
            LOG.warnf(e, "Could not ensure the event topics exist: %s", e.getMessage());
        }
    }
}
