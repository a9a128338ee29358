package com.onboarding.messaging.engine;

import com.onboarding.events.ContractCreated;
import com.onboarding.events.EventType;
import com.onboarding.events.MalformedEventException;
import com.onboarding.events.StepConfirmed;
import com.onboarding.events.StepRetryRequested;
import com.onboarding.events.StepSkipped;
import com.onboarding.events.steps.Step;
import com.onboarding.messaging.inbox.Inbox;
import com.onboarding.messaging.incoming.IncomingEvents;
import com.onboarding.messaging.incoming.ReceivedEvent;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.util.function.Consumer;
import java.util.function.Function;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;

/**
 * Hands the records of a procedure's one input channel (topics {@code contract-created}, {@code step-retry-requested},
 * {@code step-confirmed}, {@code step-skipped}) to its {@link Procedure}, each once (inbox), by CloudEvent type;
 * staff commands for another service's steps are passed over. A record of any other type is malformed.
 */
@ApplicationScoped
public class ProcedureInput {

    private final Inbox inbox;
    private final StepEngine engine;

    public ProcedureInput(Inbox inbox, StepEngine engine) {
        this.inbox = inbox;
        this.engine = engine;
    }

    public void accept(ConsumerRecord<String, String> record, Procedure procedure) {
        Header type = record.headers().lastHeader("ce_type");
        String ceType = type == null || type.value() == null ? "" : new String(type.value(), StandardCharsets.UTF_8);
        if (ceType.equals(EventType.CONTRACT_CREATED.cloudEventType())) {
            inbox.once(IncomingEvents.read(record, ContractCreated.class), procedure::contractCreated);
        } else if (ceType.equals(EventType.STEP_RETRY_REQUESTED.cloudEventType())) {
            command(IncomingEvents.read(record, StepRetryRequested.class), StepRetryRequested::step, procedure,
                    retry -> engine.retry(retry.onboardingId(), retry.step()));
        } else if (ceType.equals(EventType.STEP_CONFIRMED.cloudEventType())) {
            command(IncomingEvents.read(record, StepConfirmed.class), StepConfirmed::step, procedure, procedure::confirm);
        } else if (ceType.equals(EventType.STEP_SKIPPED.cloudEventType())) {
            command(IncomingEvents.read(record, StepSkipped.class), StepSkipped::step, procedure, procedure::skip);
        } else {
            throw new MalformedEventException("A procedure's input takes ContractCreated and the staff commands, not '"
                    + ceType + "' (" + record.topic() + "-" + record.partition() + "@" + record.offset() + ")");
        }
    }

    private <T extends com.onboarding.events.OnboardingEvent> void command(ReceivedEvent<T> event, Function<T, String> step,
            Procedure procedure, Consumer<T> effect) {
        String id = step.apply(event.data());
        if (id != null && Step.isIn(id, procedure.section())) {
            inbox.once(event, effect);
        }
    }
}
