package com.onboarding.gateway.staff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class EvidenceTest {

    @Test
    void a_ticket_number_a_note_or_both_are_evidence() {
        assertThat(Evidence.of("T20261201.0004", null).describe()).isEqualTo("ticket T20261201.0004");
        assertThat(Evidence.of(" ", "done by phone ").describe()).isEqualTo("note \"done by phone\"");
        assertThat(Evidence.of(" T20261201.0004 ", "done").describe()).isEqualTo("ticket T20261201.0004; note \"done\"");
    }

    @Test
    void nothing_is_no_evidence() {
        assertThatThrownBy(() -> Evidence.of(null, null)).isInstanceOf(InvalidRequest.class).hasMessageContaining("required");
        assertThatThrownBy(() -> Evidence.of("", "  ")).isInstanceOf(InvalidRequest.class);
    }

    @Test
    void a_ticket_number_must_be_autotasks() {
        for (String bad : new String[] {"12345", "T2026120.0004", "T20261201-0004", "t20261201.0004", "T20261201.0004x"}) {
            assertThatThrownBy(() -> Evidence.of(bad, "note")).as(bad).isInstanceOf(InvalidRequest.class)
                    .hasMessageContaining("not an Autotask ticket number");
        }
    }

    @Test
    void a_note_is_short_text() {
        assertThatThrownBy(() -> Evidence.of(null, "x".repeat(Evidence.NOTE_MAX + 1))).isInstanceOf(InvalidRequest.class);
        assertThatThrownBy(() -> Evidence.of(null, "done\u0000")).isInstanceOf(InvalidRequest.class);
        assertThat(Evidence.of(null, "line one\nline two").note()).isEqualTo("line one\nline two");
    }
}
