package com.onboarding.backupsetup.notes;

/** A kept progress note not written yet: the event it tells of, its title and text (with the event's marker). */
public record PendingNote(String eventId, String title, String description) {
}
