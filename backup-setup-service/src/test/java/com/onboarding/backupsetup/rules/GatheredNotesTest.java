package com.onboarding.backupsetup.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class GatheredNotesTest {

    static GatheredNotes.Pending pending(String eventId, String text) {
        String marker = ProgressNote.marker(eventId);
        return new GatheredNotes.Pending(eventId, marker, "Onboarding: " + eventId, text + "\n" + marker);
    }

    @Test
    void the_pending_notes_of_an_onboarding_become_one_note_in_order() {
        List<GatheredNotes.Pending> pending = List.of(pending("a", "first"), pending("b", "second"), pending("c", "third"));
        List<GatheredNotes.ToWrite> notes = GatheredNotes.toWrite(pending, Map.of());
        assertThat(notes).hasSize(1);
        assertThat(notes.get(0).title()).isEqualTo("Onboarding: 3 step changes");
        assertThat(notes.get(0).eventIds()).containsExactly("a", "b", "c");
        assertThat(notes.get(0).description()).containsSubsequence("first", "[event a]", "second", "[event b]", "third", "[event c]");
        assertThat(notes.get(0).firstMarker()).isEqualTo("[event a]");
    }

    @Test
    void one_pending_note_keeps_its_own_title() {
        assertThat(GatheredNotes.toWrite(List.of(pending("a", "only")), Map.of()))
                .singleElement().extracting(GatheredNotes.ToWrite::title).isEqualTo("Onboarding: a");
    }

    @Test
    void a_note_an_earlier_attempt_wrote_is_found_by_its_marker_and_not_written_again() {
        List<GatheredNotes.Pending> pending = List.of(pending("a", "first"), pending("b", "second"), pending("c", "third"));
        // an earlier attempt wrote a and b together; its answer was lost
        List<GatheredNotes.OnTicket> onTicket = List.of(new GatheredNotes.OnTicket(7, "first\n[event a]\n\nsecond\n[event b]"));
        Map<String, Long> written = GatheredNotes.alreadyWritten(pending, onTicket);
        assertThat(written).containsExactlyInAnyOrderEntriesOf(Map.of("a", 7L, "b", 7L));
        assertThat(GatheredNotes.toWrite(pending, written)).singleElement()
                .satisfies(note -> assertThat(note.eventIds()).containsExactly("c"));
        assertThat(GatheredNotes.toWrite(pending, GatheredNotes.alreadyWritten(pending,
                List.of(new GatheredNotes.OnTicket(7, "[event a] [event b] [event c]"))))).isEmpty();
    }

    @Test
    void notes_past_autotasks_length_of_a_note_are_split() {
        String big = "x".repeat(20_000);
        List<GatheredNotes.ToWrite> notes = GatheredNotes.toWrite(List.of(pending("a", big), pending("b", big),
                pending("c", "small")), Map.of());
        assertThat(notes).extracting(GatheredNotes.ToWrite::eventIds).containsExactly(List.of("a"), List.of("b", "c"));
        assertThat(notes).allSatisfy(note -> assertThat(note.description().length())
                .isLessThanOrEqualTo(GatheredNotes.MAX_DESCRIPTION));
        GatheredNotes.ToWrite huge = GatheredNotes.toWrite(List.of(pending("h", "y".repeat(40_000))), Map.of()).get(0);
        assertThat(huge.description()).hasSizeLessThanOrEqualTo(GatheredNotes.MAX_DESCRIPTION).endsWith("[event h]");
    }
}
