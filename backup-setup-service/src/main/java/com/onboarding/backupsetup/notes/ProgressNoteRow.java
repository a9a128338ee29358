package com.onboarding.backupsetup.notes;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;

/** A note of the onboarding's progress for the backup ticket; {@code noteId} is set once it is written. */
@Entity
@Table(name = "progress_note")
public class ProgressNoteRow extends PanacheEntityBase {

    @Id
    @Column(name = "event_id")
    public String eventId;

    @Column(name = "onboarding_id", nullable = false)
    public String onboardingId;

    @Column(nullable = false, columnDefinition = "text")
    public String title;

    @Column(nullable = false, columnDefinition = "text")
    public String description;

    @Column(name = "received_at", nullable = false)
    public OffsetDateTime receivedAt;

    @Column(name = "note_id")
    public Long noteId;

    /** While one instance writes the note, the others leave it alone. */
    @Column(name = "claimed_until")
    public OffsetDateTime claimedUntil;
}
