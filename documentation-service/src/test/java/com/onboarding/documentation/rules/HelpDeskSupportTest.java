package com.onboarding.documentation.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class HelpDeskSupportTest {

    @Test
    void a_managed_services_agreement_with_help_desk_gets_help_desk() {
        assertThat(HelpDeskSupport.of(Terms.of(true, Terms.RMM))).isEqualTo(HelpDeskSupport.HELP_DESK);
        assertThat(HelpDeskSupport.of(Terms.of(true, Terms.BACKUP))).isEqualTo(HelpDeskSupport.HELP_DESK);
    }

    @Test
    void a_backup_only_contract_without_help_desk_gets_backup_only() {
        assertThat(HelpDeskSupport.of(Terms.of(false, Terms.BACKUP))).isEqualTo(HelpDeskSupport.BACKUP_ONLY);
    }

    @Test
    void any_other_contract_gets_no_help_desk() {
        assertThat(HelpDeskSupport.of(Terms.of(false, Terms.RMM))).isEqualTo(HelpDeskSupport.NO_HELP_DESK);
        assertThat(HelpDeskSupport.of(Terms.of(false, Terms.RMM, Terms.BACKUP))).isEqualTo(HelpDeskSupport.NO_HELP_DESK);
    }
}
