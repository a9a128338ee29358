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
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import org.jboss.logging.Logger;

/**
 * The onboarding's progress as notes on the backup ticket: each noteworthy StepChanged is kept (once per event id)
 * and written when the ticket exists — at once if it does, else on a later tick. A note is claimed under a row lock
 * that other instances skip, looked up by its event id before it is created, and marked written in the same
 * transaction: one note per event.
 */
@ApplicationScoped
public class ProgressNotes {

    private static final Logger LOG = Logger.getLogger(ProgressNotes.class);
    private static final int MAX_PER_RUN = 100;

    private final BackupTickets tickets;
    private final EntityManager entityManager;
    private final ServiceIdentity identity;
    private final Clock clock;

    public ProgressNotes(BackupTickets tickets, EntityManager entityManager, ServiceIdentity identity, Clock clock) {
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

    /** Writes every kept note whose onboarding has its ticket; stops at the first failure (tried again later). */
    public void writePending() {
        for (int written = 0; written < MAX_PER_RUN; written++) {
            try {
                if (!QuarkusTransaction.requiringNew().call(this::writeNext)) {
                    return;
                }
            } catch (RuntimeException e) {
                LOG.warnf("Progress notes not written this time (tried again later): %s", e.getMessage());
                return;
            }
        }
    }

    boolean writeNext() {
        @SuppressWarnings("unchecked")
        List<Object[]> next = entityManager.createNativeQuery("""
                select n.event_id, o.ticket_id from progress_note n
                join backup_onboarding o on o.onboarding_id = n.onboarding_id
                where n.note_id is null and o.ticket_id is not null
                order by n.received_at
                limit 1
                for update of n skip locked""").getResultList();
        if (next.isEmpty()) {
            return false;
        }
        ProgressNoteRow row = ProgressNoteRow.findById((String) next.get(0)[0]);
        long ticketId = ((Number) next.get(0)[1]).longValue();
        row.noteId = tickets.note(ticketId, row.title, row.description, ProgressNote.marker(row.eventId));
        return true;
    }
}
