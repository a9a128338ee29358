package com.onboarding.messaging.steps;

/** A rule of the procedure is not met (price or name mismatch, missing term, ampersand): a person must act. */
public class NeedsAttention extends RuntimeException implements StepFailure {

    public NeedsAttention(String message) {
        super(message);
    }

    @Override
    public boolean needsPerson() {
        return true;
    }
}
