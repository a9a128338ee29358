package com.onboarding.messaging.steps;

import com.onboarding.events.StepChanged;
import com.onboarding.events.StepStatus;
import com.onboarding.messaging.ServiceIdentity;
import com.onboarding.messaging.outbox.Outbox;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Objects;
import java.util.Optional;
import org.jboss.logging.Logger;

/**
 * Records a step's status and publishes {@code StepChanged} in the same transaction, so the gateway's checklist
 * never shows what did not happen. Starting a step counts an attempt.
 */
@ApplicationScoped
public class StepTracker {

    private static final Logger LOG = Logger.getLogger(StepTracker.class);

    private final Outbox outbox;
    private final ServiceIdentity identity;
    private final Clock clock;

    public StepTracker(Outbox outbox, ServiceIdentity identity, Clock clock) {
        this.outbox = outbox;
        this.identity = identity;
        this.clock = clock;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void pending(String onboardingId, String step, String message) {
        change(onboardingId, step, StepStatus.PENDING, message, false);
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void running(String onboardingId, String step) {
        change(onboardingId, step, StepStatus.RUNNING, null, true);
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void done(String onboardingId, String step, String message) {
        change(onboardingId, step, StepStatus.DONE, message, false);
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void skipped(String onboardingId, String step, String reason) {
        change(onboardingId, step, StepStatus.SKIPPED, reason, false);
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void waitingForPerson(String onboardingId, String step, String message) {
        change(onboardingId, step, StepStatus.WAITING_FOR_PERSON, message, false);
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void needsAttention(String onboardingId, String step, String message) {
        change(onboardingId, step, StepStatus.NEEDS_ATTENTION, message, false);
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void failed(String onboardingId, String step, String reason) {
        change(onboardingId, step, StepStatus.FAILED, reason, false);
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public Optional<StepState> find(String onboardingId, String step) {
        return Optional.ofNullable(StepState.findById(new StepState.Key(onboardingId, step)));
    }

    /**
     * The step's state with its row locked until the transaction ends: a decision on it (a staff skip or confirm) then
     * cannot cross a worker's recording of DONE committing at the same moment.
     */
    public Optional<StepState> findForUpdate(String onboardingId, String step) {
        return Optional.ofNullable(StepState.findById(new StepState.Key(onboardingId, step),
                jakarta.persistence.LockModeType.PESSIMISTIC_WRITE));
    }

    public boolean isDone(String onboardingId, String step) {
        return find(onboardingId, step).map(state -> state.status == StepStatus.DONE).orElse(false);
    }

    private void change(String onboardingId, String step, StepStatus status, String message, boolean newAttempt) {
        StepState state = StepState.findById(new StepState.Key(onboardingId, step));
        boolean isNew = state == null;
        if (isNew) {
            state = new StepState();
            state.key = new StepState.Key(onboardingId, step);
        }
        boolean unchanged = state.status == status && Objects.equals(state.message, message) && !newAttempt;
        if (newAttempt) {
            state.attempts++;
        }
        state.status = status;
        state.message = message;
        state.updatedAt = OffsetDateTime.now(clock);
        if (isNew) {
            state.persist();
        }
        if (unchanged) {
            return;
        }
        // step messages may name people and their addresses: the message itself only at DEBUG
        LOG.infof("Onboarding %s step %s: %s", onboardingId, step, status);
        LOG.debugf("Onboarding %s step %s: %s%s", onboardingId, step, status, message == null ? "" : " (" + message + ")");
        outbox.publish(StepChanged.of(onboardingId, step, identity.name(), status, state.attempts, message));
    }
}
