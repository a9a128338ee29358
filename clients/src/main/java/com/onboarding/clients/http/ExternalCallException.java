package com.onboarding.clients.http;

/** A call to a third-party API that did not succeed, in our vocabulary: transient (retry later) or rejected (fix input). */
public abstract class ExternalCallException extends RuntimeException {

    protected ExternalCallException(String message, Throwable cause) {
        super(message, cause);
    }
}
