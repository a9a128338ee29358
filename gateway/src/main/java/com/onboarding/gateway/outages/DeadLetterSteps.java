package com.onboarding.gateway.outages;

import com.fasterxml.jackson.databind.JsonNode;
import com.onboarding.events.EventJson;
import com.onboarding.events.EventType;
import com.onboarding.events.StepChanged;
import com.onboarding.events.StepStatus;
import com.onboarding.events.Topics;
import com.onboarding.events.steps.Step;
import com.onboarding.gateway.onboarding.OnboardingStep;
import com.onboarding.messaging.outbox.Outbox;
import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;

/**
 * Makes a dead-lettered event visible on its onboarding: the step it was driving becomes FAILED with the reason
 * (a StepChanged in the owner's name, through the outbox), unless that step has finished meanwhile. Staff then see
 * what is stuck and why; operators replay the dead letter once the cause is fixed, or staff retry the step.
 */
@ApplicationScoped
public class DeadLetterSteps {

    private static final Logger LOG = Logger.getLogger(DeadLetterSteps.class);

    private final Outbox outbox;

    public DeadLetterSteps(Outbox outbox) {
        this.outbox = outbox;
    }

    @Incoming("dead-letter-steps")
    @Blocking
    @Transactional
    public void deadLettered(ConsumerRecord<String, String> record) {
        String onboardingId = record.key();
        if (onboardingId == null || !record.topic().startsWith(Topics.DEAD_LETTER_PREFIX)) {
            return;
        }
        String service = record.topic().substring(Topics.DEAD_LETTER_PREFIX.length());
        EventType type = Optional.ofNullable(header(record, "ce_type")).flatMap(EventType::ofCloudEventType).orElse(null);
        Optional<Step> step = DeadLetteredStep.of(service, type, stepField(record.value()));
        if (step.isEmpty()) {
            return;
        }
        OnboardingStep known = OnboardingStep.findById(new OnboardingStep.Key(onboardingId, step.get().id()));
        if (known != null && StepStatus.valueOf(known.status).isFinal()) {
            return;
        }
        String reason = Optional.ofNullable(header(record, "dead-letter-reason")).orElse("no reason given");
        String message = service + " could not process " + (type == null ? "an event" : type.simpleName()) + ": " + reason
                + ". The event is in the dead letters; once the cause is fixed, an operator replays it (Operations) or"
                + " staff retry this step.";
        LOG.warnf("Onboarding %s: dead letter on %s makes %s FAILED (%s)", onboardingId, record.topic(), step.get().id(), reason);
        outbox.publish(StepChanged.of(onboardingId, step.get().id(), service, StepStatus.FAILED,
                known == null ? 0 : known.attempt, message));
    }

    private static String stepField(String value) {
        try {
            JsonNode data = EventJson.mapper().readTree(value);
            return data.path("step").asText(null);
        } catch (Exception e) {
            return null; // poison: the step is the service's first
        }
    }

    private static String header(ConsumerRecord<String, String> record, String name) {
        var header = record.headers().lastHeader(name);
        return header == null || header.value() == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }
}
