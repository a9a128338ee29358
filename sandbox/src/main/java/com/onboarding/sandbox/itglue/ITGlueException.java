package com.onboarding.sandbox.itglue;

/** A refusal in JSON:API's shape: {"errors":[{"status","title","detail","source":{"pointer"}}]}. */
class ITGlueException extends RuntimeException {

    private final int status;
    private final String title;
    private final String pointer;

    ITGlueException(int status, String title, String detail, String pointer) {
        super(detail);
        this.status = status;
        this.title = title;
        this.pointer = pointer;
    }

    static ITGlueException unprocessable(String detail, String pointer) {
        return new ITGlueException(422, "Unprocessable Entity", detail, pointer);
    }

    static ITGlueException notFound(String what) {
        return new ITGlueException(404, "Record not found", what + " not found", null);
    }

    int status() {
        return status;
    }

    String title() {
        return title;
    }

    String pointer() {
        return pointer;
    }
}
