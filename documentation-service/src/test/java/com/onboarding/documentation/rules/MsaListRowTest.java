package com.onboarding.documentation.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MsaListRowTest {

    @Test
    void the_row_names_the_autotask_company_the_kind_the_services_signed_and_the_month_services_begin() {
        MsaListRow row = MsaListRow.of("  Joe's Diner ", Terms.of(false, Terms.RMM, Terms.BACKUP));

        assertThat(row).isEqualTo(new MsaListRow("Joe's Diner", "Business", "Tier 2 RMM, Cloud Backup", "December 2026"));
    }

    @Test
    void help_desk_is_listed_with_the_services() {
        assertThat(MsaListRow.of("Joe's Diner", Terms.of(true, Terms.RMM)).services()).isEqualTo("Tier 2 RMM, Help Desk");
    }

    @Test
    void columns_are_found_by_their_header() {
        MsaListRow row = new MsaListRow("A", "Business", "S", "May 2026");

        assertThat(row.column("Customer Name")).isEqualTo("A");
        assertThat(row.column(" Services ")).isEqualTo("S");
        assertThat(row.column("Since")).isEqualTo("May 2026");
        assertThat(row.column("Notes")).isNull();
    }
}
