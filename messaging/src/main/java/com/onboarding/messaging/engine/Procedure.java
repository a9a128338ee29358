package com.onboarding.messaging.engine;

import com.onboarding.events.ContractCreated;
import com.onboarding.events.StepConfirmed;
import com.onboarding.events.StepSkipped;
import com.onboarding.events.steps.Section;

/**
 * One service's section of the procedure as the events that drive it: a contract to act on and the staff
 * commands confirm and skip for its own steps (a staff retry is the same for every section: the step's work runs
 * again unless the step is done or skipped, {@link StepEngine#retry}; the work decides what it can do now). Each method runs in the event's inbox transaction and only records what is known
 * and which step work is due ({@link StepEngine}); the external work runs after the commit.
 */
public interface Procedure {

    /** The procedure's section: staff commands for steps of other sections are not this service's. */
    Section section();

    void contractCreated(ContractCreated event);

    /** A person did a step that waits for a person: who, when and the evidence. */
    void confirm(StepConfirmed command);

    /** An administrator skipped a step, with the reason. */
    void skip(StepSkipped command);
}
