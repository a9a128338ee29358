package com.onboarding.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.onboarding.events.AgreementTerms;
import com.onboarding.events.Commitment;
import com.onboarding.events.Contact;
import com.onboarding.events.ContractCreated;
import com.onboarding.events.CustomerKind;
import com.onboarding.events.DeviceKind;
import com.onboarding.events.Platforms;
import com.onboarding.events.ServiceKind;
import com.onboarding.events.SignedService;
import com.onboarding.events.StepChanged;
import com.onboarding.events.StepConfirmed;
import com.onboarding.events.StepRetryRequested;
import com.onboarding.events.StepSkipped;
import com.onboarding.events.StepStatus;
import com.onboarding.testsupport.EventBus;
import com.onboarding.testsupport.RealInfrastructure;
import com.onboarding.testsupport.Sandbox;
import com.onboarding.testsupport.SandboxProcess;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Section III end to end: ContractCreated on Kafka, the sandbox's Graph, Autotask and Datto RMM, the recipient database. */
@QuarkusTest
@QuarkusTestResource(value = RealInfrastructure.class, initArgs = @ResourceArg(name = "database", value = "reporting"))
@QuarkusTestResource(SandboxProcess.class)
@QuarkusTestResource(RecipientsDatabase.class)
class ReportingFlowTest {

    private static final SignedService RMM = new SignedService(ServiceKind.RMM, "Tier 2 RMM", DeviceKind.WORKSTATION,
            new BigDecimal("40.00"));
    private static final SignedService BACKUP = new SignedService(ServiceKind.BACKUP, "Cloud Backup", null,
            new BigDecimal("75.00"));

    @Test
    void an_rmm_contract_gets_the_folder_then_the_schedule_tickets_then_the_recipient_rows() {
        String company = company("Acme Dental, LLC");
        String id = start(company, company, List.of(RMM), List.of(new Contact("Ann Smith", "ann@acme.example")));

        await(id, "reports.folder", StepStatus.DONE);
        await(id, "reports.autotask", StepStatus.WAITING_FOR_PERSON);
        await(id, "reports.datto-rmm", StepStatus.WAITING_FOR_PERSON);
        await(id, "reports.recipients", StepStatus.DONE);

        List<JsonNode> record = Sandbox.record(null);
        long folder = seqOf(record, "graph", "create-folder", company);
        List<JsonNode> tickets = record.stream().filter(e -> e.get("api").asText().equals("autotask")
                && e.get("target").asText().equals("Tickets") && e.toString().contains(company)).toList();
        assertThat(tickets).hasSize(2);
        assertThat(tickets).allSatisfy(t -> assertThat(t.get("seq").asLong()).isGreaterThan(folder));
        Instant lastTicket = tickets.stream().map(t -> Instant.parse(t.get("at").asText())).max(Instant::compareTo).orElseThrow();
        List<List<Object>> rows = RecipientsDatabase.rows(company);
        assertThat(rows).hasSize(1);
        assertThat(rows.get(0).subList(0, 3)).containsExactly("Ann Smith", "ann@acme.example", "RMM Reports");
        assertThat(((Timestamp) rows.get(0).get(3)).toInstant()).isAfter(lastTicket);
    }

    @Test
    void a_schedule_is_done_when_its_ticket_is_completed_or_staff_confirm_with_evidence_never_on_a_retry() {
        String company = company("Brightside Law");
        String id = start(company, company, List.of(RMM), List.of(new Contact("Bo", "bo@brightside.example")));
        await(id, "reports.autotask", StepStatus.WAITING_FOR_PERSON);
        await(id, "reports.datto-rmm", StepStatus.WAITING_FOR_PERSON);

        JsonNode ticket = Sandbox.autotask("Tickets").stream()
                .filter(t -> t.get("title").asText().contains("Autotask Live Report") && t.get("title").asText().contains(id))
                .findFirst().orElseThrow();
        Sandbox.personChangesAutotask("Tickets", Map.of("id", ticket.get("id").asLong(), "status", 5));
        assertThat(await(id, "reports.autotask", StepStatus.DONE).message()).startsWith("Confirmed by Autotask: Autotask ticket ")
                .contains(" completed by ");

        // a retry is not a confirmation: the schedule still waits for a person
        String retry = EventBus.send(StepRetryRequested.of(id, "reports.datto-rmm", "tom@geekgirls.example"));
        EventBus.send(StepConfirmed.of(id, "reports.datto-rmm", "tom@geekgirls.example",
                OffsetDateTime.parse("2026-12-01T10:15:00Z"), "T20261201.0003", "Datto RMM reports scheduled"));
        StepChanged confirmed = await(id, "reports.datto-rmm", StepStatus.DONE);
        assertThat(confirmed.message()).isEqualTo("Confirmed by tom@geekgirls.example at 2026-12-01T10:15Z: ticket"
                + " T20261201.0003; note \"Datto RMM reports scheduled\"");
        assertThat(EventBus.awaitEvents(StepChanged.class, id, 1).stream()
                .filter(c -> c.step().equals("reports.datto-rmm") && c.status() == StepStatus.DONE)).hasSize(1);
        assertThat(retry).isNotNull();
    }

    @Test
    void a_skipped_schedule_is_skipped_with_the_reason_and_the_recipients_go_on() {
        String company = company("Skipper Marine");
        String id = start(company, company, List.of(RMM), List.of(new Contact("Sam", "sam@skipper.example")));
        await(id, "reports.datto-rmm", StepStatus.WAITING_FOR_PERSON);
        EventBus.send(StepSkipped.of(id, "reports.datto-rmm", "ada", "the customer's Datto RMM reports come from the old MSP"));
        assertThat(await(id, "reports.datto-rmm", StepStatus.SKIPPED).message())
                .isEqualTo("Skipped by ada: the customer's Datto RMM reports come from the old MSP");
        await(id, "reports.recipients", StepStatus.DONE);
    }

    @Test
    void a_backup_only_contract_skips_every_reports_step_with_the_reason() {
        String company = company("Backup Only Bakery");
        String id = start(company, company, List.of(BACKUP), List.of(new Contact("Cy", "cy@bakery.example")));
        for (String step : List.of("reports.folder", "reports.autotask", "reports.datto-rmm", "reports.recipients")) {
            assertThat(await(id, step, StepStatus.SKIPPED).message()).contains("Backup-only");
        }
        assertThat(Sandbox.record(null).stream().filter(e -> e.toString().contains(company))).isEmpty();
    }

    @Test
    void a_report_folder_that_is_already_there_is_fine() {
        String company = company("Existing Folder Co");
        Sandbox.call("POST", "/sandbox/graph/folders", Map.of("path", "client paper work, reports and proposals/" + company));
        String id = start(company, company, List.of(RMM), List.of(new Contact("Di", "di@existing.example")));
        await(id, "reports.folder", StepStatus.DONE);
        await(id, "reports.recipients", StepStatus.DONE);
        assertThat(Sandbox.record("graph").stream().filter(e -> e.get("target").asText().contains(company))).isEmpty();
    }

    @Test
    void a_company_name_spelled_differently_in_datto_rmm_needs_attention_naming_both() {
        String company = company("Northwind Traders, Inc.");
        String dattoName = company.replace(", Inc.", " Inc");
        String id = start(company, dattoName, List.of(RMM), List.of(new Contact("Ed", "ed@northwind.example")));
        StepChanged step = await(id, "reports.recipients", StepStatus.NEEDS_ATTENTION);
        assertThat(step.message()).contains("'" + company + "'").contains("'" + dattoName + "'");
        assertThat(RecipientsDatabase.rows(company)).isEmpty();
        assertThat(RecipientsDatabase.rows(dattoName)).isEmpty();
    }

    @Test
    void the_recipients_wait_for_a_datto_rmm_site_that_appears_later_visibly_and_then_are_added() {
        String company = company("Late Agent Laundromat");
        String id = start(company, null, List.of(RMM), List.of(new Contact("Gil", "gil@late.example")));
        assertThat(EventBus.awaitRecords(com.onboarding.events.Topics.STEP_CHANGED, all -> all.stream().anyMatch(r ->
                id.equals(r.key()) && r.value().contains("reports.recipients")
                        && r.value().contains("Waiting for the Datto RMM site")), java.time.Duration.ofSeconds(60)))
                .isNotEmpty();
        assertThat(RecipientsDatabase.rows(company)).isEmpty();

        long companyId = Sandbox.autotask("Companies").stream().filter(c -> c.path("companyName").asText().equals(company))
                .findFirst().orElseThrow().path("id").asLong();
        Sandbox.call("POST", "/sandbox/datto-rmm/sites", Map.of("name", company, "autotaskCompanyId", companyId));
        await(id, "reports.recipients", StepStatus.DONE);
        assertThat(RecipientsDatabase.rows(company)).hasSize(1);
        assertThat(EventBus.awaitEvents(StepChanged.class, id, 1).stream()
                .filter(c -> c.step().equals("reports.recipients")).map(StepChanged::status))
                .doesNotContain(StepStatus.NEEDS_ATTENTION, StepStatus.FAILED);
    }

    @Test
    void a_recipient_name_like_sql_is_stored_verbatim() {
        String company = company("O'Brien & Sons");
        String name = "O'Brien; DROP TABLE report_recipient;--";
        String id = start(company, company, List.of(RMM), List.of(new Contact(name, "ob@obrien.example")));
        await(id, "reports.recipients", StepStatus.DONE);
        assertThat(RecipientsDatabase.rows(company)).singleElement()
                .satisfies(row -> assertThat(row.get(0)).isEqualTo(name));
    }

    @Test
    void a_throttled_graph_is_retried_after_retry_after() {
        String company = company("Throttled Dental");
        Sandbox.fault(Map.of("pathContains", "/graph/v1.0/drives", "method", "POST", "status", 429, "retryAfterSeconds", 1,
                "times", 2));
        String id = start(company, company, List.of(RMM), List.of(new Contact("Flo", "flo@throttled.example")));
        await(id, "reports.folder", StepStatus.DONE);
        assertThat(Sandbox.record("graph").stream().filter(e -> e.get("target").asText().endsWith(company))).hasSize(1);
    }

    private static String company(String name) {
        return name + " " + UUID.randomUUID().toString().substring(0, 6);
    }

    private static String start(String company, String dattoSiteName, List<SignedService> services, List<Contact> recipients) {
        String id = "env-" + UUID.randomUUID();
        long companyId = Sandbox.seedAutotask("Companies", Map.of("companyName", company, "companyType", 1,
                "phone", "212-555-0199", "ownerResourceID", 29682886));
        if (dattoSiteName != null) {
            Sandbox.call("POST", "/sandbox/datto-rmm/sites", Map.of("name", dattoSiteName, "autotaskCompanyId", companyId));
        }
        AgreementTerms terms = new AgreementTerms(company, CustomerKind.BUSINESS, services, new BigDecimal("150.00"),
                Commitment.MONTHLY, false, Platforms.WINDOWS, recipients, List.of(), LocalDate.now(), null);
        EventBus.send(ContractCreated.of(id, companyId, company, 29800000L, company + " Monthly Services", false, terms));
        return id;
    }

    private static StepChanged await(String id, String step, StepStatus status) {
        return EventBus.awaitStep(id, step, status);
    }

    private static long seqOf(List<JsonNode> record, String api, String operation, String targetEnd) {
        return record.stream().filter(e -> e.get("api").asText().equals(api) && e.get("operation").asText().equals(operation)
                && e.get("target").asText().endsWith(targetEnd)).findFirst().orElseThrow().get("seq").asLong();
    }
}
