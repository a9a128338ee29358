package com.onboarding.clients.http;

import com.onboarding.messaging.steps.StepFailure;

/** The API refused the request as invalid (4xx, or Autotask's 500 with errors): retrying the same input cannot help. */
public class Rejected extends ExternalCallException implements StepFailure {

    @Override
    public boolean needsPerson() {
        return true;
    }


    private final int status;

    public Rejected(int status, String message, Throwable cause) {
        super(message, cause);
        this.status = status;
    }

    public int status() {
        return status;
    }
}
