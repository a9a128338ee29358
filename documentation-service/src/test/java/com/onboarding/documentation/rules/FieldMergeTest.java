package com.onboarding.documentation.rules;

import static com.onboarding.documentation.rules.HelpDeskSupport.BACKUP_ONLY;
import static com.onboarding.documentation.rules.HelpDeskSupport.HELP_DESK;
import static com.onboarding.documentation.rules.HelpDeskSupport.NO_HELP_DESK;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class FieldMergeTest {

    private static final Map<HelpDeskSupport, String> LABELS = Map.of(HELP_DESK, "1-Full Help Desk", BACKUP_ONLY,
            "3-Backup Only", NO_HELP_DESK, "4-No Help Desk");

    private static FieldMerge merge(String current, HelpDeskSupport signed) {
        return FieldMerge.of("Help Desk Support Type", current, signed, LABELS, HelpDeskSupport::merged);
    }

    @Test
    void an_empty_field_gets_what_was_signed() {
        assertThat(merge(null, BACKUP_ONLY).write()).contains("3-Backup Only");
        assertThat(merge(" ", NO_HELP_DESK).write()).contains("4-No Help Desk");
    }

    @Test
    void an_existing_help_desk_customer_signing_backup_keeps_help_desk_and_nothing_is_written() {
        FieldMerge merge = merge("1-Full Help Desk", BACKUP_ONLY);
        assertThat(merge.write()).isEmpty();
        assertThat(merge.message()).contains("already '1-Full Help Desk'", "never downgraded to '3-Backup Only'");
    }

    @Test
    void an_upgrade_is_written_and_says_what_it_was() {
        FieldMerge merge = merge("3-backup only", HELP_DESK);
        assertThat(merge.write()).contains("1-Full Help Desk");
        assertThat(merge.message()).contains("was '3-backup only'");
    }

    @Test
    void a_hand_set_value_the_table_does_not_know_is_left_alone_and_reported() {
        FieldMerge merge = merge("2-Remote Help Desk", HELP_DESK);
        assertThat(merge.write()).isEmpty();
        assertThat(merge.message()).contains("left at '2-Remote Help Desk'", "set by hand", "'1-Full Help Desk'");
    }
}
