package com.onboarding.gateway.staff;

import com.onboarding.events.StepStatus;
import com.onboarding.events.steps.Section;
import com.onboarding.events.steps.Step;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Which of a person's commands applies to a step in its current status. Retry runs a FAILED or NEEDS_ATTENTION step
 * again; confirm says a person did a step that is WAITING_FOR_PERSON; skip (admins only) drops a step that is not
 * finished, except the intake, without which nothing else may start.
 */
public final class StepCommands {

    public enum Command {
        RETRY, CONFIRM, SKIP
    }

    private StepCommands() {
    }

    public static List<Command> available(Step step, StepStatus status) {
        List<Command> commands = new ArrayList<>();
        for (Command command : Command.values()) {
            if (refusal(command, step, status).isEmpty()) {
                commands.add(command);
            }
        }
        return commands;
    }

    /** Why {@code command} is not possible now, or empty when it is. */
    public static Optional<String> refusal(Command command, Step step, StepStatus status) {
        return switch (command) {
            case RETRY -> step == Step.INTAKE_ENVELOPE
                    ? Optional.of("Step " + step.id() + " is not retried: complete or correct the terms of the agreement")
                    : status == StepStatus.FAILED || status == StepStatus.NEEDS_ATTENTION ? Optional.empty()
                    : Optional.of("Step " + step.id() + " is " + status + "; only a FAILED or NEEDS_ATTENTION step can be"
                            + " retried");
            case CONFIRM -> status == StepStatus.WAITING_FOR_PERSON ? Optional.empty()
                    : Optional.of("Step " + step.id() + " is " + status + ", not waiting for a person; only a step"
                            + " waiting for a person can be confirmed");
            case SKIP -> step.section() == Section.INTAKE
                    ? Optional.of("Step " + step.id() + " cannot be skipped: the procedure starts from the signed"
                            + " agreement and the T&C on file")
                    : status.isFinal() ? Optional.of("Step " + step.id() + " is already " + status) : Optional.empty();
        };
    }
}
