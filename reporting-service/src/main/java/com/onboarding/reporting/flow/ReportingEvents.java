package com.onboarding.reporting.flow;

import com.onboarding.events.MalformedEventException;
import com.onboarding.messaging.engine.ProcedureInput;
import com.onboarding.reporting.ReportsProcedure;
import io.smallrye.common.annotation.Blocking;
import io.smallrye.faulttolerance.api.ExponentialBackoff;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * reporting-service's one input: ContractCreated and the staff commands (retry, confirm, skip) of reports.* steps,
 * on one channel, each applied once in its inbox transaction by {@link ReportsProcedure}; a database outage of up
 * to about two minutes is waited out, not dead-lettered. The external work runs after the commit (step engine).
 */
@ApplicationScoped
public class ReportingEvents {

    private final ProcedureInput input;
    private final ReportsProcedure procedure;

    public ReportingEvents(ProcedureInput input, ReportsProcedure procedure) {
        this.input = input;
        this.procedure = procedure;
    }

    @Incoming("reports-procedure")
    @Blocking
    @Retry(maxRetries = 30, delay = 500, maxDuration = 150_000, jitter = 200, abortOn = MalformedEventException.class)
    @ExponentialBackoff(maxDelay = 10_000)
    public void consume(ConsumerRecord<String, String> record) {
        input.accept(record, procedure);
    }
}
