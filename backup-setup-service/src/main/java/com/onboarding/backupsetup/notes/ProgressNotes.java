package com.onboarding.backupsetup.notes;

import com.onboarding.backupsetup.autotask.BackupTickets;
import com.onboarding.backupsetup.flow.BackupOnboarding;
import com.onboarding.backupsetup.rules.ProgressNote;
import com.onboarding.events.StepChanged;
import com.onboarding.messaging.ServiceIdentity;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import com.onboarding.messaging.inbox.Inbox;
import com.onboarding.messaging.incoming.ReceivedEvent;
import io.quarkus.scheduler.Scheduled;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.time.OffsetDateTime;
import java.util.List;
import org.jboss.logging.Logger;

/**
 * The onboarding's progress as notes on the backup ticket: each noteworthy StepChanged is kept (once per event id)
 * and written when the ticket exists — at once if it does, else on a later poll. The call to Autotask runs outside
 * any transaction: a note is claimed for a minute (other instances skip it), looked up by its event id before it
 * is created, then marked written: one note per event.
 */
@ApplicationScoped
public class ProgressNotes {

    private static final Logger LOG = Logger.getLogger(ProgressNotes.class);
    private static final int MAX_PER_RUN = 100;

    private static final Duration CLAIM = Duration.ofMinutes(1);

    private final Inbox inbox;
    private final BackupTickets tickets;
    private final EntityManager entityManager;
    private final ServiceIdentity identity;
    private final Clock clock;

    public ProgressNotes(Inbox inbox, BackupTickets tickets, EntityManager entityManager, ServiceIdentity identity,
            Clock clock) {
        this.inbox = inbox;
        this.tickets = tickets;
        this.entityManager = entityManager;
        this.identity = identity;
        this.clock = clock;
    }

    public boolean noteworthy(String eventId, StepChanged change) {
        return ProgressNote.of(change, eventId, identity.name()).isPresent();
    }

    /** Keeps the note of a step change, unless it is not noteworthy or the onboarding has no backup setup. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void received(String eventId, StepChanged change) {
        var note = ProgressNote.of(change, eventId, identity.name());
        if (note.isEmpty() || ProgressNoteRow.findById(eventId) != null) {
            return;
        }
        BackupOnboarding onboarding = BackupOnboarding.findById(change.onboardingId());
        if (onboarding != null && onboarding.skipped) {
            return;
        }
        ProgressNoteRow row = new ProgressNoteRow();
        row.eventId = eventId;
        row.onboardingId = change.onboardingId();
        row.title = note.get().title();
        row.description = note.get().description();
        row.receivedAt = OffsetDateTime.now(clock);
        row.persist();
    }

    /** Keeps the note of a step change once (inbox); true when it was new. */
    public boolean keep(ReceivedEvent<StepChanged> event) {
        return inbox.once(event, change -> received(event.eventId(), change));
    }

    /**
     * Writes every kept note whose onboarding has its ticket, outside any transaction: a note is claimed for a while
     * (another instance skips it), written (looked up by its event id first) and marked written. Stops at the first
     * failure; the poll ({@code backup.notes.poll-every}) tries again.
     */
    @Scheduled(every = "${backup.notes.poll-every:30s}", delayed = "3s", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    public void writePending() {
        for (int written = 0; written < MAX_PER_RUN; written++) {
            try {
                Optional<Claimed> next = QuarkusTransaction.requiringNew().call(this::claimNext);
                if (next.isEmpty()) {
                    return;
                }
                Claimed note = next.get();
                long noteId = tickets.note(note.ticketId(), note.title(), note.description(), ProgressNote.marker(note.eventId()));
                QuarkusTransaction.requiringNew().run(() -> ProgressNoteRow.update(
                        "noteId = ?1, claimedUntil = null where eventId = ?2", noteId, note.eventId()));
            } catch (RuntimeException e) {
                LOG.warnf("Progress notes not written this time (tried again later): %s", e.getMessage());
                return;
            }
        }
    }

    private record Claimed(String eventId, long ticketId, String title, String description) {
    }

    private Optional<Claimed> claimNext() {
        OffsetDateTime now = OffsetDateTime.now(clock);
        @SuppressWarnings("unchecked")
        List<Object[]> next = entityManager.createNativeQuery("""
                select n.event_id, o.ticket_id, n.title, n.description from progress_note n
                join backup_onboarding o on o.onboarding_id = n.onboarding_id
                where n.note_id is null and o.ticket_id is not null and (n.claimed_until is null or n.claimed_until < :now)
                order by n.received_at
                limit 1
                for update of n skip locked""").setParameter("now", now).getResultList();
        if (next.isEmpty()) {
            return Optional.empty();
        }
        Object[] row = next.get(0);
        String eventId = (String) row[0];
        ProgressNoteRow.update("claimedUntil = ?1 where eventId = ?2", now.plus(CLAIM), eventId);
        return Optional.of(new Claimed(eventId, ((Number) row[1]).longValue(), (String) row[2], (String) row[3]));
    }
}
