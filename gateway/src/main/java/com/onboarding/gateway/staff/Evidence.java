package com.onboarding.gateway.staff;

import java.util.regex.Pattern;

/**
 * What a person gives as proof that they did a step: the Autotask ticket that records the work, a note in their own
 * words, or both. At least one is required; a ticket number must be Autotask's ({@code T} + date + {@code .} +
 * sequence, e.g. {@code T20261201.0004}); a note is a few sentences, not a document.
 */
public record Evidence(String ticketNumber, String note) {

    static final int NOTE_MAX = 2000;
    private static final Pattern TICKET_NUMBER = Pattern.compile("T\\d{8}\\.\\d{4}");

    /** The evidence from what a person typed; blank values count as absent. */
    public static Evidence of(String ticketNumber, String note) {
        String ticket = blankToNull(ticketNumber);
        String text = blankToNull(note);
        if (ticket == null && text == null) {
            throw new InvalidRequest("Evidence is required: the Autotask ticket number (e.g. T20261201.0004) that records"
                    + " the work, a note saying what was done, or both");
        }
        if (ticket != null && !TICKET_NUMBER.matcher(ticket).matches()) {
            throw new InvalidRequest("'" + ticket + "' is not an Autotask ticket number: expected T, the date and a"
                    + " sequence, e.g. T20261201.0004");
        }
        if (text != null && text.length() > NOTE_MAX) {
            throw new InvalidRequest("The note is " + text.length() + " characters long; at most " + NOTE_MAX);
        }
        if (text != null && text.chars().anyMatch(c -> Character.isISOControl(c) && c != '\n' && c != '\t')) {
            throw new InvalidRequest("The note contains control characters");
        }
        return new Evidence(ticket, text);
    }

    /** One line for the audit log, e.g. {@code ticket T20261201.0004; note "done by phone"}. */
    public String describe() {
        return (ticketNumber == null ? "" : "ticket " + ticketNumber)
                + (ticketNumber != null && note != null ? "; " : "")
                + (note == null ? "" : "note \"" + note + "\"");
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
