package com.onboarding.messaging.engine;

/**
 * The work of one step, run by the engine after the transaction that asked for it committed, outside any
 * transaction (read what you need in a short transaction of your own). Look up before every create: a crash after
 * the write and before its recording runs the work again. Throw {@link com.onboarding.messaging.steps.NeedsAttention}
 * when a person must act; any other exception is a fault the engine retries with its backoff, the step showing
 * FAILED with the reason meanwhile.
 */
public interface StepWork {

    /** The step id (from {@code StepIds}) this work does. */
    String step();

    StepResult run(StepJob job);
}
