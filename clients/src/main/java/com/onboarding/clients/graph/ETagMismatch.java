package com.onboarding.clients.graph;

import com.onboarding.clients.http.Rejected;

/** Graph answered 412: the file changed since it was read (someone edited it). Read it again and redo the edit. */
public class ETagMismatch extends Rejected {

    public ETagMismatch(String message, Throwable cause) {
        super(412, message, cause);
    }
}
