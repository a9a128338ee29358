package com.onboarding.reminder;

import com.onboarding.events.ContractCreated;
import com.onboarding.events.MalformedEventException;
import com.onboarding.events.StepRetryRequested;
import com.onboarding.messaging.inbox.Inbox;
import com.onboarding.messaging.incoming.IncomingEvents;
import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/** The events reminder-service consumes, each applied once. */
@ApplicationScoped
public class ReminderEvents {

    private final Inbox inbox;
    private final LeaveOnReminders reminders;

    public ReminderEvents(Inbox inbox, LeaveOnReminders reminders) {
        this.inbox = inbox;
        this.reminders = reminders;
    }

    @Incoming("contract-created")
    @Blocking
    @Retry(maxRetries = 3, delay = 500, abortOn = MalformedEventException.class)
    public void contractCreated(ConsumerRecord<String, String> record) {
        inbox.once(IncomingEvents.read(record, ContractCreated.class), event -> {
            RetryData.remember(event);
            reminders.contractCreated(event.onboardingId(), event.companyName(), event.terms());
        });
    }

    @Incoming("step-retry-requested")
    @Blocking
    @Retry(maxRetries = 3, delay = 500, abortOn = MalformedEventException.class)
    public void retry(ConsumerRecord<String, String> record) {
        var received = IncomingEvents.read(record, StepRetryRequested.class);
        if (LeaveOnReminders.STEP.equals(received.data().step())) {
            inbox.once(received, event -> RetryData.find(event.onboardingId())
                    .ifPresent(created -> reminders.contractCreated(created.onboardingId(), created.companyName(), created.terms())));
        }
    }
}
