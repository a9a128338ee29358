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
import java.util.Map;
import java.util.Optional;
import org.jboss.logging.MDC;
import java.time.OffsetDateTime;
import java.util.List;
import org.jboss.logging.Logger;

/**
 * The onboarding's progress as notes on the backup ticket: each noteworthy StepChanged is kept (once per event id)
 * and written when the ticket exists, gathered with the onboarding's other pending changes into one Autotask note.
 * The calls to Autotask run outside any transaction: the notes are claimed for a minute (other instances skip them),
 * looked up by their event ids before the note is created, then marked written: each event in one note, once.
 */
@ApplicationScoped
public class ProgressNotes {

    private static final Logger LOG = Logger.getLogger(ProgressNotes.class);
    private static final int MAX_PER_RUN = 100;
    /** Notes gathered into one Autotask note at most (Autotask takes up to 32,000 characters a note). */
    private static final int MAX_PER_NOTE = 20;

    private static final Duration CLAIM = Duration.ofMinutes(1);

    private final Inbox inbox;
    private final BackupTickets tickets;
    private final EntityManager entityManager;
    private final ServiceIdentity identity;
    private final Clock clock;
    private final Duration gather;

    public ProgressNotes(Inbox inbox, BackupTickets tickets, EntityManager entityManager, ServiceIdentity identity,
            Clock clock, com.onboarding.backupsetup.config.BackupConfig config) {
        this.gather = config.notes().gather();
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
     * Writes the kept notes whose onboarding has its ticket, outside any transaction, gathered: once the oldest
     * pending note of an onboarding is {@code backup.notes.gather} old, all of that onboarding's pending notes are
     * claimed together (another instance skips them), looked up in one query by their event ids and written as one
     * note (one look-up and one create instead of one of each per step change), then marked written. Stops at the
     * first failure; the poll ({@code backup.notes.poll-every}) tries again.
     */
    @Scheduled(every = "${backup.notes.poll-every:30s}", delayed = "3s", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    public void writePending() {
        for (int written = 0; written < MAX_PER_RUN; written++) {
            try {
                Optional<Batch> next = QuarkusTransaction.requiringNew().call(this::claimNext);
                if (next.isEmpty()) {
                    return;
                }
                Batch batch = next.get();
                Map<String, Long> noteIds = forOnboarding(batch.onboardingId(),
                        () -> tickets.notes(batch.ticketId(), batch.notes()));
                QuarkusTransaction.requiringNew().run(() -> noteIds.forEach((eventId, noteId) -> ProgressNoteRow.update(
                        "noteId = ?1, claimedUntil = null where eventId = ?2", noteId, eventId)));
            } catch (RuntimeException e) {
                LOG.warnf("Progress notes not written this time (tried again later): %s", e.getMessage());
                return;
            }
        }
    }

    /** The onboarding's id in the log context, so its Autotask calls are counted for it (X-Onboarding-Id). */
    private static <T> T forOnboarding(String onboardingId, java.util.function.Supplier<T> calls) {
        Object before = MDC.get("onboardingId");
        MDC.put("onboardingId", onboardingId);
        try {
            return calls.get();
        } finally {
            if (before == null) {
                MDC.remove("onboardingId");
            } else {
                MDC.put("onboardingId", before);
            }
        }
    }

    /** The pending notes of one onboarding, claimed together. */
    private record Batch(String onboardingId, long ticketId, List<PendingNote> notes) {
    }

    private Optional<Batch> claimNext() {
        OffsetDateTime now = OffsetDateTime.now(clock);
        @SuppressWarnings("unchecked")
        List<Object[]> first = entityManager.createNativeQuery("""
                select n.onboarding_id, o.ticket_id from progress_note n
                join backup_onboarding o on o.onboarding_id = n.onboarding_id
                where n.note_id is null and o.ticket_id is not null and (n.claimed_until is null or n.claimed_until < :now)
                  and n.received_at <= :gathered
                order by n.received_at
                limit 1""").setParameter("now", now).setParameter("gathered", now.minus(gather)).getResultList();
        if (first.isEmpty()) {
            return Optional.empty();
        }
        String onboardingId = (String) first.get(0)[0];
        long ticketId = ((Number) first.get(0)[1]).longValue();
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager.createNativeQuery("""
                select n.event_id, n.title, n.description from progress_note n
                where n.onboarding_id = :onboarding and n.note_id is null
                  and (n.claimed_until is null or n.claimed_until < :now)
                order by n.received_at
                limit :max
                for update skip locked""").setParameter("onboarding", onboardingId).setParameter("now", now)
                .setParameter("max", MAX_PER_NOTE).getResultList();
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        List<PendingNote> notes = new java.util.ArrayList<>();
        for (Object[] row : rows) {
            String eventId = (String) row[0];
            ProgressNoteRow.update("claimedUntil = ?1 where eventId = ?2", now.plus(CLAIM), eventId);
            notes.add(new PendingNote(eventId, (String) row[1], (String) row[2]));
        }
        return Optional.of(new Batch(onboardingId, ticketId, notes));
    }
}
