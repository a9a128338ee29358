package com.onboarding.gateway.staff;

/** A request that is well formed but whose content cannot be accepted (422), e.g. evidence that is missing or malformed. */
public class InvalidRequest extends RuntimeException {

    public InvalidRequest(String message) {
        super(message);
    }
}
