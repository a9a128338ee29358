package com.onboarding.messaging.steps;

/**
 * An exception that says what a failed step needs: a person to fix something (NEEDS_ATTENTION: a rule violation,
 * a refusal by the other system) or only another try later (FAILED: a fault that outlasted the retries).
 */
public interface StepFailure {

    boolean needsPerson();

    String getMessage();
}
