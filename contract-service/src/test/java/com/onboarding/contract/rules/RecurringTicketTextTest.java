package com.onboarding.contract.rules;

import static org.assertj.core.api.Assertions.assertThat;

import com.onboarding.events.ServiceKind;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class RecurringTicketTextTest {

    @Test
    void the_recurring_backup_ticket_links_the_detailed_backup_instructions() {
        String description = RecurringTicketText.description(ServiceKind.BACKUP, 7, 1, LocalDate.of(2028, 5, 31),
                "https://geekgirls.itglue.com/42/docs/7", "[marker]");

        assertThat(description).startsWith("Instructions: https://geekgirls.itglue.com/42/docs/7\n")
                .contains("contract 7").contains("until 2028-05-31").endsWith("[marker]");
    }

    @Test
    void a_service_without_instructions_gets_no_link_line() {
        assertThat(RecurringTicketText.description(ServiceKind.RMM, 7, 1, LocalDate.of(2028, 5, 31), null, "[marker]"))
                .doesNotContain("Instructions").startsWith("Recurring RMM ticket of contract 7");
    }
}
