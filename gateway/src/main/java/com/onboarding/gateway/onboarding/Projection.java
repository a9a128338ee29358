package com.onboarding.gateway.onboarding;

import com.onboarding.events.EventJson;
import com.onboarding.events.StepChanged;
import com.onboarding.events.StepStatus;
import com.onboarding.gateway.notify.Notification;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.smallrye.common.annotation.Blocking;
import io.smallrye.faulttolerance.api.ExponentialBackoff;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * Builds the checklist and the timeline from the events. A step shows exactly the last status its owner reported,
 * so it never shows done for a step that failed. Redeliveries are harmless: the checklist is overwritten with the
 * same values and a timeline entry is written once per event id.
 */
@ApplicationScoped
public class Projection {

    private final Event<OnboardingChanged> changes;
    private final BoardSummary summary;

    public Projection(Event<OnboardingChanged> changes, BoardSummary summary) {
        this.changes = changes;
        this.summary = summary;
    }

    /** A database outage of up to about two minutes is waited out (each try in a new transaction), not dead-lettered. */
    @Incoming("step-changed")
    @Blocking
    @Retry(maxRetries = 30, delay = 500, maxDuration = 150_000, jitter = 200)
    @ExponentialBackoff(maxDelay = 10_000)
    public void stepChanged(ConsumerRecord<String, String> record) {
        QuarkusTransaction.requiringNew().run(() -> applyStepChanged(record));
    }

    private void applyStepChanged(ConsumerRecord<String, String> record) {
        StepChanged event;
        try {
            event = EventJson.read(record.value(), StepChanged.class);
        } catch (RuntimeException e) {
            return; // not for the checklist; the owner's dead-letter handling is where poison is seen
        }
        OnboardingStep step = OnboardingStep.findById(new OnboardingStep.Key(event.onboardingId(), event.step()));
        if (step == null) {
            step = new OnboardingStep();
            step.key = new OnboardingStep.Key(event.onboardingId(), event.step());
        }
        OffsetDateTime at = time(record);
        if (!event.status().name().equals(step.status) || step.statusSince == null) {
            step.statusSince = at;
            if (event.status() == StepStatus.NEEDS_ATTENTION || event.status() == StepStatus.FAILED) {
                Notification.occurred(event.onboardingId(), event.step(), event.status().name(), event.message(), at);
            }
        }
        step.owner = event.owner();
        step.status = event.status().name();
        step.attempt = event.attempt();
        step.message = event.message();
        step.updatedAt = at;
        step.persist();
        summary.refresh(event.onboardingId());
        changes.fire(new OnboardingChanged(event.onboardingId(), event.step(), event.status().name()));
        if (event.status() != StepStatus.RUNNING) {
            timeline(header(record, "ce_id"), event.onboardingId(), "StepChanged", event.step() + " " + event.status()
                    + (event.message() == null ? "" : ": " + event.message()), step.updatedAt);
        }
    }

    @Incoming("timeline")
    @Blocking
    @Transactional
    public void otherEvent(ConsumerRecord<String, String> record) {
        String type = header(record, "ce_type");
        if (record.key() == null || type == null) {
            return;
        }
        if (timeline(header(record, "ce_id"), record.key(), type.replace("com.onboarding.", ""), record.value(), time(record))) {
            changes.fire(new OnboardingChanged(record.key(), null, null));
        }
    }

    private static boolean timeline(String eventId, String onboardingId, String type, String summary, OffsetDateTime at) {
        if (eventId != null && TimelineEntry.count("eventId", eventId) > 0) {
            return false;
        }
        TimelineEntry entry = new TimelineEntry();
        entry.eventId = eventId;
        entry.onboardingId = onboardingId;
        entry.eventType = type;
        entry.summary = summary;
        entry.at = at;
        entry.persist();
        return true;
    }

    private static OffsetDateTime time(ConsumerRecord<String, String> record) {
        String time = header(record, "ce_time");
        try {
            return time == null ? OffsetDateTime.now() : OffsetDateTime.parse(time);
        } catch (RuntimeException e) {
            return OffsetDateTime.now();
        }
    }

    private static String header(ConsumerRecord<String, String> record, String name) {
        var header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }
}
