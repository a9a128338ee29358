package com.onboarding.clients.http;

import com.onboarding.messaging.steps.StepFailure;

/** The API did not answer usefully after every retry (timeouts, 429, 5xx): the step fails and a person may retry it. */
public class TransientFailure extends ExternalCallException implements StepFailure {

    @Override
    public boolean needsPerson() {
        return false;
    }


    public TransientFailure(String message, Throwable cause) {
        super(message, cause);
    }
}
