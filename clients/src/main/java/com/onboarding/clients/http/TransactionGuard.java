package com.onboarding.clients.http;

import io.quarkus.narayana.jta.QuarkusTransaction;
import java.util.concurrent.atomic.AtomicInteger;
import org.eclipse.microprofile.config.ConfigProvider;
import org.jboss.logging.Logger;

/**
 * No external call inside a database transaction: a slow API would hold a connection and locks, and a rolled-back
 * transaction would forget a write the other system did. Every call through {@link ResilientCaller} passes here; with
 * {@code onboarding.calls.forbid-in-transaction=true} (the services' tests) such a call fails at once, otherwise it is
 * logged and counted.
 */
public final class TransactionGuard {

    private static final Logger LOG = Logger.getLogger(TransactionGuard.class);
    private static final AtomicInteger VIOLATIONS = new AtomicInteger();

    private TransactionGuard() {
    }

    public static void check(String api, String what) {
        if (!inTransaction()) {
            return;
        }
        VIOLATIONS.incrementAndGet();
        String message = api + " " + what + " was called inside a database transaction; external calls belong in"
                + " step work (messaging's StepEngine), after the commit";
        if (forbidden()) {
            throw new IllegalStateException(message);
        }
        LOG.warn(message);
    }

    /** External calls made inside a transaction since start (tests assert none). */
    public static int violations() {
        return VIOLATIONS.get();
    }

    private static boolean inTransaction() {
        try {
            return QuarkusTransaction.isActive();
        } catch (RuntimeException outsideQuarkus) {
            return false;
        }
    }

    private static boolean forbidden() {
        return ConfigProvider.getConfig().getOptionalValue("onboarding.calls.forbid-in-transaction", Boolean.class)
                .orElse(false);
    }
}
