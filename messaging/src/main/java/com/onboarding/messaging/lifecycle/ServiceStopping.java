package com.onboarding.messaging.lifecycle;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Whether this service is stopping, and how many consumed events are being applied right now. Once stopping, no new
 * event is applied (the inbox refuses it, the record stays unacknowledged and is delivered again after the restart)
 * and no failure is dead-lettered ({@link RedeliverWhenStopping}).
 */
@ApplicationScoped
public class ServiceStopping {

    private final AtomicBoolean stopping = new AtomicBoolean();
    private final AtomicInteger inFlight = new AtomicInteger();
    private final Object idle = new Object();

    public boolean isStopping() {
        return stopping.get();
    }

    void begin() {
        stopping.set(true);
    }

    /** An event's effect starts; false (and nothing counted) when the service is stopping. */
    public boolean enter() {
        inFlight.incrementAndGet();
        if (stopping.get()) {
            exit();
            return false;
        }
        return true;
    }

    public void exit() {
        if (inFlight.decrementAndGet() == 0) {
            synchronized (idle) {
                idle.notifyAll();
            }
        }
    }

    /** Waits until no event is being applied, at most {@code timeout}; true if none is. */
    boolean awaitIdle(Duration timeout) throws InterruptedException {
        long end = System.nanoTime() + timeout.toNanos();
        synchronized (idle) {
            while (inFlight.get() > 0) {
                long left = end - System.nanoTime();
                if (left <= 0) {
                    return false;
                }
                TimeUnit.NANOSECONDS.timedWait(idle, left);
            }
        }
        return true;
    }

    int inFlight() {
        return inFlight.get();
    }
}
