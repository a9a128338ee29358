package com.onboarding.gateway.terms;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class TermsFieldRuleTest {

    static final List<String> YES = List.of("Yes", " Signed ");

    @Test
    void the_picklist_label_or_the_stored_value_counts_ignoring_case_and_blanks() {
        assertThat(TermsFieldRule.onFile("1", "Yes", YES)).isTrue();
        assertThat(TermsFieldRule.onFile(" yes ", null, YES)).isTrue();
        assertThat(TermsFieldRule.onFile("SIGNED", "SIGNED", YES)).isTrue();
    }

    @Test
    void empty_or_any_other_value_is_not_on_file() {
        assertThat(TermsFieldRule.onFile(null, null, YES)).isFalse();
        assertThat(TermsFieldRule.onFile("  ", "Yes", YES)).as("no value, whatever the label").isFalse();
        assertThat(TermsFieldRule.onFile("2", "No", YES)).isFalse();
        assertThat(TermsFieldRule.onFile("2024-05-01", null, YES)).isFalse();
        assertThat(TermsFieldRule.onFile("Yes please", null, YES)).as("whole value only").isFalse();
    }
}
