package com.onboarding.reporting.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.onboarding.events.AgreementTerms;
import com.onboarding.events.Contact;
import com.onboarding.events.DeviceKind;
import com.onboarding.events.ServiceKind;
import com.onboarding.events.SignedService;
import com.onboarding.events.StepStatus;
import com.onboarding.messaging.engine.Backoff;
import com.onboarding.messaging.steps.NeedsAttention;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReportRulesTest {

    private static final SignedService RMM = new SignedService(ServiceKind.RMM, "Tier 2 RMM", DeviceKind.WORKSTATION,
            new BigDecimal("40.00"));
    private static final SignedService BACKUP = new SignedService(ServiceKind.BACKUP, "Cloud Backup", null,
            new BigDecimal("75.00"));

    private static AgreementTerms terms(SignedService... services) {
        return new AgreementTerms("Acme", null, List.of(services), BigDecimal.TEN, null, false, null, List.of(), List.of(),
                null, null);
    }

    @Test
    void reports_are_for_rmm_contracts_only() {
        assertThat(ReportScope.skipReason(terms(RMM))).isEmpty();
        assertThat(ReportScope.skipReason(terms(RMM, BACKUP))).isEmpty();
    }

    @Test
    void a_backup_only_contract_skips_the_reports_with_the_reason() {
        assertThat(ReportScope.skipReason(terms(BACKUP))).hasValueSatisfying(reason ->
                assertThat(reason).contains("Backup-only").contains("RMM"));
    }

    @Test
    void the_report_folder_is_under_client_paper_work_reports_and_proposals() {
        assertThat(ReportFolder.path("Acme Dental, LLC")).isEqualTo("client paper work, reports and proposals/Acme Dental, LLC");
    }

    @Test
    void a_customer_name_sharepoint_refuses_needs_a_person() {
        assertThatThrownBy(() -> ReportFolder.path("Acme: West/East")).isInstanceOf(NeedsAttention.class)
                .hasMessageContaining("Acme: West/East");
    }

    @Test
    void nothing_is_scheduled_before_the_report_folder_exists() {
        assertThat(ReportSequence.mayScheduleReports(StepStatus.PENDING)).isFalse();
        assertThat(ReportSequence.mayScheduleReports(StepStatus.FAILED)).isFalse();
        assertThat(ReportSequence.mayScheduleReports(StepStatus.NEEDS_ATTENTION)).isFalse();
        assertThat(ReportSequence.mayScheduleReports(StepStatus.DONE)).isTrue();
    }

    @Test
    void recipients_are_added_once_both_schedules_are_handed_to_a_technician() {
        assertThat(ReportSequence.mayAddRecipients(StepStatus.DONE, StepStatus.WAITING_FOR_PERSON, StepStatus.FAILED)).isFalse();
        assertThat(ReportSequence.mayAddRecipients(StepStatus.DONE, StepStatus.WAITING_FOR_PERSON, StepStatus.DONE)).isTrue();
        assertThat(ReportSequence.mayAddRecipients(StepStatus.PENDING, StepStatus.DONE, StepStatus.DONE)).isFalse();
        // an administrator's skip of a schedule lets the recipients go on; a skipped folder releases nothing
        assertThat(ReportSequence.mayAddRecipients(StepStatus.DONE, StepStatus.SKIPPED, StepStatus.WAITING_FOR_PERSON)).isTrue();
        assertThat(ReportSequence.mayScheduleReports(StepStatus.SKIPPED)).isFalse();
    }

    @Test
    void identical_names_in_autotask_datto_rmm_and_the_recipient_database_pass() {
        CompanyNameIdentity.check("Acme Dental, LLC", List.of("Other Co", "Acme Dental, LLC"), List.of("Acme Dental, LLC"));
    }

    @Test
    void a_different_datto_rmm_site_spelling_stops_with_both_names() {
        assertThatThrownBy(() -> CompanyNameIdentity.check("Acme Dental, LLC", List.of("Acme Dental LLC"), List.of()))
                .isInstanceOf(NeedsAttention.class)
                .hasMessageContaining("'Acme Dental, LLC'").hasMessageContaining("'Acme Dental LLC'");
    }

    @Test
    void a_different_spelling_in_the_recipient_database_stops_with_both_names() {
        assertThatThrownBy(() -> CompanyNameIdentity.check("Acme Dental", List.of("Acme Dental"), List.of("ACME Dental")))
                .isInstanceOf(NeedsAttention.class)
                .hasMessageContaining("'Acme Dental'").hasMessageContaining("'ACME Dental'");
    }

    @Test
    void a_missing_datto_rmm_site_needs_a_person() {
        assertThatThrownBy(() -> CompanyNameIdentity.check("Acme Dental", List.of("Zeta Corp"), List.of()))
                .isInstanceOf(NeedsAttention.class).hasMessageContaining("No Datto RMM site named 'Acme Dental'");
    }

    @Test
    void each_recipient_and_report_type_is_one_row_stored_verbatim() {
        List<RecipientRows.Row> rows = RecipientRows.of("Acme",
                List.of(new Contact("O'Brien; DROP TABLE report_recipient;--", "ob@acme.example"),
                        new Contact("Ann", "ann@acme.example"), new Contact("Ann again", "ANN@acme.example")),
                List.of("RMM Reports"));
        assertThat(rows).extracting(RecipientRows.Row::contactName)
                .containsExactly("O'Brien; DROP TABLE report_recipient;--", "Ann");
        assertThat(rows).allSatisfy(row -> assertThat(row.companyName()).isEqualTo("Acme"));
    }

    @Test
    void a_recipient_address_with_an_ampersand_or_a_quote_needs_a_person() {
        for (String email : List.of("a&b@acme.example", "o'brien@acme.example", "\"ann\"@acme.example", "ann@acme&.example")) {
            assertThatThrownBy(() -> RecipientRows.of("Acme", List.of(new Contact("Ann", email)), List.of("RMM Reports")))
                    .as(email).isInstanceOf(NeedsAttention.class);
        }
    }

    @Test
    void no_report_recipients_needs_a_person() {
        assertThatThrownBy(() -> RecipientRows.of("Acme", List.of(), List.of("RMM Reports")))
                .isInstanceOf(NeedsAttention.class);
        assertThatThrownBy(() -> RecipientRows.of("Acme", List.of(new Contact("Bob", "not-an-email")), List.of("RMM Reports")))
                .isInstanceOf(NeedsAttention.class).hasMessageContaining("Bob");
    }

    @Test
    void a_schedule_ticket_gives_the_report_the_folder_and_the_recipients() {
        ScheduleTicket ticket = ScheduleTicket.forStep(ReportSteps.DATTO_RMM, "env-1", "Acme", "Documents/x/Acme",
                List.of(new Contact("Ann", "ann@acme.example")));
        assertThat(ticket.title()).contains("Datto RMM").contains("Acme").contains("env-1");
        assertThat(ticket.description()).contains("Documents/x/Acme").contains("ann@acme.example").contains("\"Acme\"");
        assertThat(ScheduleTicket.forStep(ReportSteps.AUTOTASK, "env-1", "Acme", "f", List.of()).description())
                .contains("Live Report");
    }

    @Test
    void ticket_looks_back_off_to_one_an_hour_so_two_tickets_cost_at_most_two_calls_an_hour() {
        Backoff looks = new Backoff(Duration.ofMinutes(5), Duration.ofHours(1));
        assertThat(looks.delayAfter(1)).isEqualTo(Duration.ofMinutes(5));
        assertThat(looks.delayAfter(2)).isEqualTo(Duration.ofMinutes(10));
        assertThat(looks.delayAfter(5)).isEqualTo(Duration.ofHours(1));
        Duration firstHours = Duration.ZERO;
        int looksInFirstHours = 0;
        while (firstHours.compareTo(Duration.ofHours(1)) < 0) {
            firstHours = firstHours.plus(looks.delayAfter(++looksInFirstHours));
        }
        assertThat(looksInFirstHours).as("looks in the first ~hour (the first minutes)").isEqualTo(4);
        for (int look = looksInFirstHours + 1; look < 200; look++) {
            assertThat(looks.delayAfter(look)).isEqualTo(Duration.ofHours(1));
        }
    }

    @Test
    void a_datto_rmm_site_not_there_yet_is_waited_for_but_a_differently_spelled_one_is_not() {
        assertThat(CompanyNameIdentity.siteMissing("Acme Dental", List.of("Zeta Corp"))).isTrue();
        assertThat(CompanyNameIdentity.siteMissing("Acme Dental", List.of())).isTrue();
        assertThat(CompanyNameIdentity.siteMissing("Acme Dental", List.of("Acme Dental"))).isFalse();
        assertThat(CompanyNameIdentity.siteMissing("Acme Dental, LLC", List.of("Acme Dental LLC"))).isFalse();
    }

    @Test
    void only_reports_steps_are_this_services() {
        assertThat(ReportSteps.owns("reports.folder")).isTrue();
        assertThat(ReportSteps.owns("contract.recurring")).isFalse();
    }
}
