package com.onboarding.sandbox.graph;

/** A refusal in Graph's shape: {@code {"error":{"code":...,"message":...}}} with its HTTP status. */
class GraphException extends RuntimeException {

    private final int status;
    private final String code;

    GraphException(int status, String code, String message) {
        super(message);
        this.status = status;
        this.code = code;
    }

    int status() {
        return status;
    }

    String code() {
        return code;
    }
}
