package com.onboarding.gateway.terms;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * A batch of due work (e.g. "send every due T&amp;C envelope") run by its timer and, when asked, at once on a thread of
 * its own; never twice at the same time in this JVM: asked while it runs, it runs once more right after.
 */
final class DueWork implements AutoCloseable {

    private final Runnable work;
    private final ExecutorService thread;
    private final AtomicBoolean wanted = new AtomicBoolean();
    private final AtomicBoolean running = new AtomicBoolean();
    private final AtomicBoolean queued = new AtomicBoolean();

    DueWork(String name, Runnable work) {
        this.work = work;
        this.thread = Executors.newSingleThreadExecutor(task -> {
            Thread daemon = new Thread(task, name);
            daemon.setDaemon(true);
            return daemon;
        });
    }

    /** Runs the work on the caller's thread, or has the run in progress run once more. */
    void runNow() {
        wanted.set(true);
        while (wanted.get() && running.compareAndSet(false, true)) {
            try {
                wanted.set(false);
                work.run();
            } finally {
                running.set(false);
            }
        }
    }

    /** Runs the work on its own thread as soon as it can; returns at once. */
    void runSoon() {
        if (!queued.compareAndSet(false, true)) {
            return;
        }
        try {
            thread.execute(() -> {
                queued.set(false);
                runNow();
            });
        } catch (RejectedExecutionException stopping) {
            queued.set(false);
        }
    }

    @Override
    public void close() {
        thread.shutdownNow();
    }
}
