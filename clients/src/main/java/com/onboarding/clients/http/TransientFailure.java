package com.onboarding.clients.http;

/** The API did not answer usefully after every retry (timeouts, 429, 5xx): the step fails and a person may retry it. */
public class TransientFailure extends ExternalCallException {

    public TransientFailure(String message, Throwable cause) {
        super(message, cause);
    }
}
