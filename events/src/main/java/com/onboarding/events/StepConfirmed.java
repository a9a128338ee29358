package com.onboarding.events;

import java.time.OffsetDateTime;

/**
 * A person confirmed through the gateway that they did a step that waits for a person, with evidence.
 *
 * @param confirmedBy  the staff user who confirmed
 * @param confirmedAt  when they confirmed
 * @param ticketNumber the Autotask ticket that records the work (e.g. {@code T20261201.0004}); null when a note says it
 * @param note         what was done, in the person's words; null when the ticket says it
 */
public record StepConfirmed(int schemaVersion, String onboardingId, String step, String confirmedBy,
        OffsetDateTime confirmedAt, String ticketNumber, String note) implements OnboardingEvent {

    public static StepConfirmed of(String onboardingId, String step, String confirmedBy, OffsetDateTime confirmedAt,
            String ticketNumber, String note) {
        return new StepConfirmed(CurrentSchema.VERSION, onboardingId, step, confirmedBy, confirmedAt, ticketNumber, note);
    }

    /** The evidence as one line for a step's message, e.g. {@code ticket T20261201.0004; note "done by phone"}. */
    public String evidence() {
        StringBuilder text = new StringBuilder();
        if (ticketNumber != null) {
            text.append("ticket ").append(ticketNumber);
        }
        if (note != null) {
            text.append(text.isEmpty() ? "" : "; ").append("note \"").append(note).append('"');
        }
        return text.toString();
    }

    /** The message a confirmed step shows: who, when and the evidence. */
    public String message() {
        return "Confirmed by " + confirmedBy + " at " + confirmedAt + ": " + evidence();
    }
}
