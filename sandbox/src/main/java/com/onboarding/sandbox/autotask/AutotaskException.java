package com.onboarding.sandbox.autotask;

/** What Autotask answers to a refused operation: HTTP 500 with {"errors":[...]} (validation included). */
public class AutotaskException extends RuntimeException {

    private final int status;

    public AutotaskException(String message) {
        this(500, message);
    }

    public AutotaskException(int status, String message) {
        super(message);
        this.status = status;
    }

    public int status() {
        return status;
    }
}
