package com.onboarding.messaging.engine;

import com.onboarding.events.ContractCreated;
import com.onboarding.events.StepConfirmed;
import com.onboarding.events.StepRetryRequested;
import com.onboarding.events.StepSkipped;

/**
 * One service's section of the procedure as the events that drive it: a contract to act on and the three staff
 * commands for its own steps. Each method runs in the event's inbox transaction and only records what is known
 * and which step work is due ({@link StepEngine}); the external work runs after the commit.
 */
public interface Procedure {

    /** Whether the step is one of this section's (staff commands for other steps are not this service's). */
    boolean owns(String step);

    void contractCreated(ContractCreated event);

    /** Run a FAILED or NEEDS_ATTENTION step again (never a confirmation). */
    void retry(StepRetryRequested command);

    /** A person did a step that waits for a person: who, when and the evidence. */
    void confirm(StepConfirmed command);

    /** An administrator skipped a step, with the reason. */
    void skip(StepSkipped command);
}
