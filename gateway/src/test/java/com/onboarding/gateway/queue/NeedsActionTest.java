package com.onboarding.gateway.queue;

import static org.assertj.core.api.Assertions.assertThat;

import com.onboarding.events.steps.StepIds;
import java.util.Map;
import org.junit.jupiter.api.Test;

class NeedsActionTest {

    @Test
    void a_waiting_step_says_what_the_person_does() {
        assertThat(NeedsAction.of(StepIds.REPORTS_DATTO_RMM, "WAITING_FOR_PERSON")).contains("Datto RMM");
        assertThat(NeedsAction.of(StepIds.CONTRACT_SETUP_FEE, "NEEDS_ATTENTION")).contains("retry");
    }

    @Test
    void the_backup_checklist_is_the_assigned_technicians_else_the_queue_of_the_owner() {
        String assigned = "Ticket 7001 assigned to Tom Tech (resource 29682885, role 29683461, rule least-open)";
        assertThat(NeedsAction.assignee(StepIds.BACKUP_DONE, assigned, Map.of(), "Office staff")).isEqualTo("Tom Tech");
        assertThat(NeedsAction.assignee(StepIds.REPORTS_AUTOTASK, null, Map.of("reporting-service", "Reports desk"), "Office staff"))
                .isEqualTo("Reports desk");
        assertThat(NeedsAction.assignee(StepIds.INTAKE_TERMS_AND_CONDITIONS, null, Map.of(), "Office staff")).isEqualTo("Office staff");
    }
}
