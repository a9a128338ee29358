package com.onboarding.backupsetup.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.onboarding.events.AgreementTerms;
import com.onboarding.events.Commitment;
import com.onboarding.events.CustomerKind;
import com.onboarding.events.DeviceKind;
import com.onboarding.events.Platforms;
import com.onboarding.events.ServiceKind;
import com.onboarding.events.SignedService;
import com.onboarding.events.StepChanged;
import com.onboarding.events.StepStatus;
import com.onboarding.messaging.engine.Backoff;
import com.onboarding.messaging.steps.NeedsAttention;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The rules of procedure section VI (backup), one test per rule, no framework. */
class BackupRulesTest {

    static final SignedService BACKUP = new SignedService(ServiceKind.BACKUP, "Cloud Backup", null, new BigDecimal("80.00"));
    static final SignedService RMM = new SignedService(ServiceKind.RMM, "Tier 2 RMM", DeviceKind.WORKSTATION,
            new BigDecimal("150.00"));
    static final ZoneId NEW_YORK = ZoneId.of("America/New_York");

    static AgreementTerms terms(SignedService... services) {
        return new AgreementTerms("Joe's Diner", CustomerKind.BUSINESS, List.of(services), BigDecimal.TEN, Commitment.MONTHLY,
                true, Platforms.BOTH, List.of(), List.of(), LocalDate.of(2026, 12, 1), null);
    }

    static ChecklistCompletion.Item done(String name, String at) {
        return new ChecklistCompletion.Item(name, true, at == null ? null : Instant.parse(at));
    }

    static ChecklistCompletion.Item open(String name) {
        return new ChecklistCompletion.Item(name, false, null);
    }

    @Test
    void backup_setup_only_for_an_agreement_with_backup() {
        assertThat(BackupScope.skipReason(terms(BACKUP))).isEmpty();
        assertThat(BackupScope.skipReason(terms(RMM, BACKUP))).isEmpty();
        assertThat(BackupScope.skipReason(terms(RMM))).get().asString().contains("No backup service");
    }

    @Test
    void the_ticket_title_names_company_and_onboarding_and_the_description_the_facts() {
        SetupTicket ticket = SetupTicket.of("env-1", "Joe's Diner", "Joe's Diner Monthly Services", 42, terms(RMM, BACKUP),
                "Backup Service Start Date");

        assertThat(ticket.title()).isEqualTo("Backup setup: Joe's Diner [onboarding env-1]");
        assertThat(ticket.description()).contains("Cloud Backup at 80.00 per month", "Joe's Diner Monthly Services (42)",
                "2026-12-01", "\"Backup Service Start Date\"", "[onboarding env-1]").doesNotContain("Tier 2 RMM");
    }

    @Test
    void the_instructions_link_is_added_to_the_description_once() {
        String once = SetupTicket.withInstructions("Backup setup.", "https://itglue.example/docs/7");
        assertThat(once).isEqualTo("Backup setup.\nDetailed backup instructions (IT Glue): https://itglue.example/docs/7");
        assertThat(SetupTicket.withInstructions(once, "https://itglue.example/docs/7")).isEqualTo(once);
    }

    @Test
    void the_checklist_is_the_template_each_item_once_in_order() {
        assertThat(Checklist.items(List.of(" Install agent ", "", "Test restore", "install agent")))
                .containsExactly("Install agent", "Test restore");
        assertThat(Checklist.missing(List.of("Install agent", "Test restore"), List.of("install agent")))
                .containsExactly("Test restore");
        assertThatThrownBy(() -> Checklist.items(List.of(" "))).hasMessageContaining("backup.checklist");
    }

    @Test
    void the_default_technician_or_each_technician_in_turn_with_the_role() {
        var bea = new TechnicianChoice.Technician(1, 10);
        var tom = new TechnicianChoice.Technician(2, 20);
        assertThat(TechnicianChoice.choose("default-technician", List.of(bea, tom), 5)).isEqualTo(bea);
        assertThat(List.of(0L, 1L, 2L, 3L).stream().map(turn -> TechnicianChoice.choose("round-robin", List.of(bea, tom), turn)))
                .containsExactly(bea, tom, bea, tom);
        assertThatThrownBy(() -> TechnicianChoice.choose("round-robin", List.of(), 0)).hasMessageContaining("No backup technician");
        assertThatThrownBy(() -> TechnicianChoice.choose("random", List.of(bea), 0)).hasMessageContaining("Unknown assignment rule");
    }

    @Test
    void a_resource_assigned_by_a_person_is_kept() {
        assertThat(TechnicianChoice.mayAssign(null)).isTrue();
        assertThat(TechnicianChoice.mayAssign(0L)).isTrue();
        assertThat(TechnicianChoice.mayAssign(29682886L)).isFalse();
    }

    @Test
    void done_only_when_every_checklist_item_is_complete() {
        assertThat(ChecklistCompletion.isComplete(List.of())).isFalse();
        assertThat(ChecklistCompletion.isComplete(List.of(done("a", null), open("b")))).isFalse();
        assertThat(ChecklistCompletion.isComplete(List.of(done("a", null), done("b", null)))).isTrue();
        assertThat(ChecklistCompletion.serviceStart(List.of(done("a", null), open("b")), null, "F", LocalDate.of(2026, 12, 9),
                NEW_YORK)).isEmpty();
    }

    @Test
    void the_service_starts_on_the_day_the_last_item_was_completed_in_the_office_time_zone() {
        var items = List.of(done("a", "2026-12-02T15:00:00Z"), done("b", "2026-12-04T03:30:00Z"));
        // 03:30 UTC on the 4th is still the 3rd in New York
        assertThat(ChecklistCompletion.serviceStart(items, null, "F", LocalDate.of(2026, 12, 9), NEW_YORK))
                .contains(LocalDate.of(2026, 12, 3));
        assertThat(ChecklistCompletion.serviceStart(List.of(done("a", null)), null, "F", LocalDate.of(2026, 12, 9), NEW_YORK))
                .contains(LocalDate.of(2026, 12, 9));
    }

    @Test
    void a_start_date_set_by_staff_wins_and_must_be_a_date() {
        var items = List.of(done("a", "2026-12-04T15:00:00Z"));
        assertThat(ChecklistCompletion.serviceStart(items, "2026-12-01", "F", LocalDate.of(2026, 12, 9), NEW_YORK))
                .contains(LocalDate.of(2026, 12, 1));
        assertThat(ChecklistCompletion.serviceStart(items, "2026-12-01T00:00:00", "F", LocalDate.of(2026, 12, 9), NEW_YORK))
                .contains(LocalDate.of(2026, 12, 1));
        assertThatThrownBy(() -> ChecklistCompletion.serviceStart(items, "next monday", "Backup Service Start Date",
                LocalDate.of(2026, 12, 9), NEW_YORK)).isInstanceOf(NeedsAttention.class)
                .hasMessageContaining("\"Backup Service Start Date\" reads 'next monday'");
    }

    @Test
    void the_checklist_is_looked_at_soon_then_at_most_twice_an_hour() {
        Backoff looks = new Backoff(Duration.ofMinutes(5), Duration.ofMinutes(30));
        assertThat(looks.delayAfter(1)).isEqualTo(Duration.ofMinutes(5));
        assertThat(looks.delayAfter(2)).isEqualTo(Duration.ofMinutes(10));
        assertThat(looks.delayAfter(3)).isEqualTo(Duration.ofMinutes(20));
        for (int look = 4; look < 500; look++) {
            assertThat(looks.delayAfter(look)).isEqualTo(Duration.ofMinutes(30));
        }
    }

    @Test
    void other_services_steps_that_are_done_failed_or_need_attention_become_notes() {
        StepChanged done = StepChanged.of("env-1", "contract.recurring", "contract-service", StepStatus.DONE, 1, "Contract 7");
        assertThat(ProgressNote.of(done, "ev-1", "backup-setup-service")).get().satisfies(note -> {
            assertThat(note.title()).isEqualTo("Onboarding: contract.recurring done");
            assertThat(note.description()).contains("contract-service", "Contract 7", "[event ev-1]");
        });
        StepChanged failed = StepChanged.of("env-1", "reports.folder", "reporting-service", StepStatus.FAILED, 3, "Graph 503");
        assertThat(ProgressNote.of(failed, "ev-2", "backup-setup-service")).get()
                .satisfies(note -> assertThat(note.description()).contains("failed after 3 attempts"));
        assertThat(ProgressNote.of(StepChanged.of("env-1", "reports.folder", "reporting-service", StepStatus.RUNNING, 1, null),
                "ev-3", "backup-setup-service")).isEmpty();
        assertThat(ProgressNote.of(StepChanged.of("env-1", "backup.ticket", "backup-setup-service", StepStatus.DONE, 1, null),
                "ev-4", "backup-setup-service")).isEmpty();
    }

    @Test
    void the_instructions_are_rendered_with_the_customers_facts_escaped_and_none_missing() {
        String html = InstructionsTemplate.render("<h2>{{company}}</h2><ol>{{checklist}}</ol>",
                Map.of("company", "Smith & Sons <Ltd>", "checklist", List.of("Install", "Test")));
        assertThat(html).isEqualTo("<h2>Smith &amp; Sons &lt;Ltd&gt;</h2><ol><li>Install</li><li>Test</li></ol>");
        assertThatThrownBy(() -> InstructionsTemplate.render("{{company}} {{vault}}", Map.of("company", "X")))
                .hasMessageContaining("{{vault}}");
        assertThat(InstructionsTemplate.documentName("Backup setup instructions - {company}", "Joe's Diner"))
                .isEqualTo("Backup setup instructions - Joe's Diner");
    }
}
