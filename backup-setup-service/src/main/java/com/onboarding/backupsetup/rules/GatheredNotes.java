package com.onboarding.backupsetup.rules;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * How an onboarding's pending progress notes become Autotask notes: a pending note whose event marker is in a note
 * already on the ticket was written before (an earlier attempt whose answer was lost); the others are gathered, in
 * order, into as few notes as Autotask's 32,000 characters a note allow. One of them alone keeps its own title.
 */
public final class GatheredNotes {

    /** Autotask's limit of a note's description, with room to spare. */
    public static final int MAX_DESCRIPTION = 30_000;

    private GatheredNotes() {
    }

    /** One pending note: the event it tells of, its title and text (which holds the event's marker). */
    public record Pending(String eventId, String marker, String title, String description) {
    }

    /** A note already on the ticket: its id and text. */
    public record OnTicket(long id, String description) {
    }

    /** A note to create and the events it tells of. */
    public record ToWrite(String title, String description, List<String> eventIds, String firstMarker) {
    }

    /** The event id → note id of every pending note already on the ticket. */
    public static Map<String, Long> alreadyWritten(List<Pending> pending, List<OnTicket> onTicket) {
        Map<String, Long> written = new LinkedHashMap<>();
        for (Pending note : pending) {
            onTicket.stream().filter(existing -> existing.description().contains(note.marker())).findFirst()
                    .ifPresent(existing -> written.put(note.eventId(), existing.id()));
        }
        return written;
    }

    /** The notes to create for the pending notes not written yet, in order. */
    public static List<ToWrite> toWrite(List<Pending> pending, Map<String, Long> alreadyWritten) {
        List<ToWrite> notes = new ArrayList<>();
        List<Pending> chunk = new ArrayList<>();
        int length = 0;
        for (Pending note : pending) {
            if (alreadyWritten.containsKey(note.eventId())) {
                continue;
            }
            int added = note.description().length() + 2;
            if (!chunk.isEmpty() && length + added > MAX_DESCRIPTION) {
                notes.add(gathered(chunk));
                chunk = new ArrayList<>();
                length = 0;
            }
            chunk.add(note);
            length += added;
        }
        if (!chunk.isEmpty()) {
            notes.add(gathered(chunk));
        }
        return notes;
    }

    private static ToWrite gathered(List<Pending> chunk) {
        String title = chunk.size() == 1 ? chunk.get(0).title() : "Onboarding: " + chunk.size() + " step changes";
        List<String> descriptions = chunk.stream().map(Pending::description).toList();
        String description = String.join("\n\n", descriptions);
        if (description.length() > MAX_DESCRIPTION) {
            // one note longer than Autotask takes: its marker (at its end) is kept
            Pending only = chunk.get(0);
            description = only.description().substring(0, MAX_DESCRIPTION - only.marker().length() - 2) + "…\n" + only.marker();
        }
        return new ToWrite(title, description, chunk.stream().map(Pending::eventId).toList(), chunk.get(0).marker());
    }
}
