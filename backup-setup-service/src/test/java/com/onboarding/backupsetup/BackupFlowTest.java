package com.onboarding.backupsetup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.onboarding.backupsetup.rules.BackupSteps;
import com.onboarding.events.AgreementTerms;
import com.onboarding.events.Commitment;
import com.onboarding.events.ContractCreated;
import com.onboarding.events.CustomerKind;
import com.onboarding.events.DeviceKind;
import com.onboarding.events.EventJson;
import com.onboarding.events.Platforms;
import com.onboarding.events.ServiceKind;
import com.onboarding.events.SetupCompleted;
import com.onboarding.events.SignedService;
import com.onboarding.events.StepChanged;
import com.onboarding.events.StepRetryRequested;
import com.onboarding.events.StepStatus;
import com.onboarding.events.Topics;
import com.onboarding.testsupport.EventBus;
import com.onboarding.testsupport.RealInfrastructure;
import com.onboarding.testsupport.Sandbox;
import com.onboarding.testsupport.SandboxProcess;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
@QuarkusTestResource(value = RealInfrastructure.class, initArgs = @ResourceArg(name = "database", value = "backup_setup"))
@QuarkusTestResource(SandboxProcess.class)
public class BackupFlowTest {

    public static final SignedService CLOUD_BACKUP = new SignedService(ServiceKind.BACKUP, "Cloud Backup", null, new BigDecimal("80.00"));
    static final SignedService TIER_2_RMM = new SignedService(ServiceKind.RMM, "Tier 2 RMM", DeviceKind.WORKSTATION,
            new BigDecimal("150.00"));
    static final long CATEGORY_NEW_MSA = 3;
    static final long QUEUE_ONBOARDING = 29683482;
    static final long BEA_BACKUP = 29682885;
    static final long BEA_ROLE = 29683400;

    /** A ContractCreated for a company and contract that exist in the sandbox's Autotask. */
    public static ContractCreated contract(String base, SignedService... services) {
        String company = base + " " + UUID.randomUUID().toString().substring(0, 8);
        long companyId = Sandbox.seedAutotask("Companies", Map.of("companyName", company, "companyType", 1,
                "phone", "212-555-0199", "ownerResourceID", 29682886));
        long contractId = Sandbox.seedAutotask("Contracts", Map.of("companyID", companyId, "contractName",
                company + " Monthly Services", "contractType", 7, "contractPeriodType", 1, "status", 1,
                "startDate", "2026-12-01T00:00:00", "endDate", "2028-05-31T00:00:00",
                "timeReportingRequiresStartAndStopTimes", 0));
        Sandbox.call("POST", "/sandbox/itglue/organizations", Map.of("name", company));
        AgreementTerms terms = new AgreementTerms(company, CustomerKind.BUSINESS, List.of(services), new BigDecimal("249.50"),
                Commitment.MONTHLY, true, Platforms.WINDOWS, List.of(), List.of(), LocalDate.of(2026, 12, 1), null);
        return ContractCreated.of(UUID.randomUUID().toString(), companyId, company, contractId, company + " Monthly Services",
                false, terms);
    }

    public static List<JsonNode> ticketsOf(long companyId) {
        return Sandbox.autotask("Tickets").stream().filter(t -> t.path("companyID").asLong() == companyId).toList();
    }

    public static List<JsonNode> checklistOf(long ticketId) {
        return Sandbox.autotask("TicketChecklistItems").stream().filter(i -> i.path("ticketID").asLong() == ticketId).toList();
    }

    static String allNotes(long ticketId) {
        return String.join("\n", notesOf(ticketId).stream().map(n -> n.path("description").asText()).toList());
    }

    static List<JsonNode> notesOf(long ticketId) {
        return Sandbox.autotask("TicketNotes").stream().filter(n -> n.path("ticketID").asLong() == ticketId).toList();
    }

    static List<JsonNode> documentsOf(String company) {
        List<JsonNode> list = new java.util.ArrayList<>();
        Sandbox.call("GET", "/sandbox/itglue/documents?organization=" + java.net.URLEncoder.encode(company,
                java.nio.charset.StandardCharsets.UTF_8).replace("+", "%20"), null).forEach(list::add);
        return list;
    }

    public static JsonNode onlyTicket(ContractCreated event) {
        List<JsonNode> tickets = ticketsOf(event.companyId());
        assertThat(tickets).hasSize(1);
        return tickets.get(0);
    }

    public static void completeChecklist(long ticketId) {
        checklistOf(ticketId).forEach(item -> Sandbox.personChangesAutotask("TicketChecklistItems",
                Map.of("id", item.path("id").asLong(), "isCompleted", true)));
    }

    public static List<SetupCompleted> setupCompletedFor(String onboardingId, Duration readFor) {
        return EventBus.awaitRecords(Topics.SETUP_COMPLETED, all -> false, readFor, true).stream()
                .filter(r -> onboardingId.equals(r.key())).map(r -> EventJson.read(r.value(), SetupCompleted.class)).toList();
    }

    @Test
    void a_backup_contract_gets_one_categorised_ticket_with_the_checklist_assigned_to_the_backup_technician() {
        ContractCreated event = contract("Joe's Diner", TIER_2_RMM, CLOUD_BACKUP);
        String id = EventBus.send(event);

        StepChanged ticketDone = EventBus.awaitStep(event.onboardingId(), BackupSteps.TICKET, StepStatus.DONE);
        EventBus.awaitStep(event.onboardingId(), BackupSteps.ASSIGN, StepStatus.DONE);
        StepChanged instructions = EventBus.awaitStep(event.onboardingId(), BackupSteps.INSTRUCTIONS, StepStatus.DONE);
        EventBus.awaitStep(event.onboardingId(), BackupSteps.DONE, StepStatus.WAITING_FOR_PERSON);
        EventBus.resend(event, id);
        EventBus.send(event);

        JsonNode ticket = onlyTicket(event);
        assertThat(ticketDone.message()).contains(ticket.path("ticketNumber").asText(), "8 checklist items");
        assertThat(ticket.path("ticketCategory").asLong()).isEqualTo(CATEGORY_NEW_MSA);
        assertThat(ticket.path("queueID").asLong()).isEqualTo(QUEUE_ONBOARDING);
        assertThat(ticket.path("contractID").asLong()).isEqualTo(event.contractId());
        assertThat(ticket.path("title").asText()).isEqualTo("Backup setup: " + event.companyName() + " [onboarding "
                + event.onboardingId() + "]");
        assertThat(ticket.path("assignedResourceID").asLong()).isEqualTo(BEA_BACKUP);
        assertThat(ticket.path("assignedResourceRoleID").asLong()).isEqualTo(BEA_ROLE);
        assertThat(checklistOf(ticket.path("id").asLong())).extracting(item -> item.path("itemName").asText())
                .hasSize(8).first().asString().startsWith("Confirm the backup scope");
        List<JsonNode> documents = documentsOf(event.companyName());
        assertThat(documents).hasSize(1);
        JsonNode document = documents.get(0);
        assertThat(document.path("name").asText()).isEqualTo("Backup setup instructions - " + event.companyName());
        assertThat(document.path("published").asBoolean()).isTrue();
        assertThat(document.path("sections").toString()).contains("Backup setup for", "Cloud Backup, 80.00 per month",
                ticket.path("ticketNumber").asText(), "Install and register the backup agent on each device");
        String link = instructions.message().replaceAll(".*IT Glue document (\\S+) .*", "$1");
        assertThat(link).startsWith("http");
        assertThat(ticket.path("description").asText()).contains("[onboarding " + event.onboardingId() + "]")
                .endsWith("Detailed backup instructions (IT Glue): " + link);
        // the redeliveries made nothing more
        EventBus.awaitRecords(Topics.STEP_CHANGED, all -> false, Duration.ofSeconds(3), true);
        assertThat(ticketsOf(event.companyId())).hasSize(1);
        assertThat(checklistOf(ticket.path("id").asLong())).hasSize(8);
        assertThat(documentsOf(event.companyName())).hasSize(1);
    }

    @Test
    void without_the_customers_it_glue_organisation_the_instructions_need_attention() {
        ContractCreated known = contract("Unsynced Udon", CLOUD_BACKUP);
        ContractCreated event = ContractCreated.of(known.onboardingId(), known.companyId(), known.companyName() + " Inc",
                known.contractId(), known.contractName(), false, known.terms());
        EventBus.send(event);

        assertThat(EventBus.awaitStep(event.onboardingId(), BackupSteps.INSTRUCTIONS, StepStatus.NEEDS_ATTENTION).message())
                .contains("IT Glue has no organisation named \"" + event.companyName() + "\"");
        EventBus.awaitStep(event.onboardingId(), BackupSteps.ASSIGN, StepStatus.DONE);
    }

    @Test
    void a_completed_checklist_publishes_exactly_one_setup_completed_from_the_completion_day() {
        ContractCreated event = contract("Pasta Place", CLOUD_BACKUP);
        EventBus.send(event);
        EventBus.awaitStep(event.onboardingId(), BackupSteps.DONE, StepStatus.WAITING_FOR_PERSON);
        long ticketId = onlyTicket(event).path("id").asLong();

        completeChecklist(ticketId);

        StepChanged done = EventBus.awaitStep(event.onboardingId(), BackupSteps.DONE, StepStatus.DONE);
        List<SetupCompleted> completed = setupCompletedFor(event.onboardingId(), Duration.ofSeconds(5));
        assertThat(completed).hasSize(1);
        assertThat(completed.get(0).service()).isEqualTo(ServiceKind.BACKUP);
        assertThat(completed.get(0).serviceStart()).isEqualTo(LocalDate.now(ZoneId.of("America/New_York")));
        assertThat(done.message()).contains("Every checklist item of Autotask ticket " + ticketId + " is complete");
        assertThat(completed.get(0).instructionsUrl()).as("the instructions were published first").isNotBlank();
    }

    @Test
    void instructions_published_after_the_checklist_completed_still_reach_setup_completed() {
        ContractCreated known = contract("Late Docs Diner", CLOUD_BACKUP);
        String company = known.companyName() + " Late";
        ContractCreated event = ContractCreated.of(known.onboardingId(), known.companyId(), company, known.contractId(),
                known.contractName(), false, known.terms());
        EventBus.send(event);
        EventBus.awaitStep(event.onboardingId(), BackupSteps.INSTRUCTIONS, StepStatus.NEEDS_ATTENTION);
        EventBus.awaitStep(event.onboardingId(), BackupSteps.DONE, StepStatus.WAITING_FOR_PERSON);

        completeChecklist(onlyTicket(event).path("id").asLong());
        EventBus.awaitRecords(Topics.STEP_CHANGED, all -> all.stream().anyMatch(r -> event.onboardingId().equals(r.key())
                && r.value().contains("is complete") && r.value().contains("SetupCompleted waits for backup.instructions")),
                Duration.ofSeconds(60));
        assertThat(setupCompletedFor(event.onboardingId(), Duration.ofSeconds(2))).isEmpty();

        Sandbox.call("POST", "/sandbox/itglue/organizations", Map.of("name", company));
        EventBus.send(StepRetryRequested.of(event.onboardingId(), BackupSteps.INSTRUCTIONS, "stella"));
        StepChanged instructions = EventBus.awaitStep(event.onboardingId(), BackupSteps.INSTRUCTIONS, StepStatus.DONE);
        EventBus.awaitStep(event.onboardingId(), BackupSteps.DONE, StepStatus.DONE);
        List<SetupCompleted> completed = setupCompletedFor(event.onboardingId(), Duration.ofSeconds(4));
        assertThat(completed).hasSize(1);
        assertThat(instructions.message()).contains(completed.get(0).instructionsUrl());
    }

    @Test
    void a_start_date_staff_entered_on_the_ticket_is_the_service_start() {
        ContractCreated event = contract("Late Start Cafe", CLOUD_BACKUP);
        EventBus.send(event);
        EventBus.awaitStep(event.onboardingId(), BackupSteps.DONE, StepStatus.WAITING_FOR_PERSON);
        long ticketId = onlyTicket(event).path("id").asLong();
        Sandbox.personChangesAutotask("Tickets", Map.of("id", ticketId, "userDefinedFields",
                List.of(Map.of("name", "Backup Service Start Date", "value", "2026-12-15"))));

        completeChecklist(ticketId);

        assertThat(EventBus.awaitEvents(SetupCompleted.class, event.onboardingId(), 1).get(0).serviceStart())
                .isEqualTo(LocalDate.of(2026, 12, 15));
    }

    @Test
    void an_open_item_keeps_the_setup_waiting() {
        ContractCreated event = contract("Half Done Deli", CLOUD_BACKUP);
        EventBus.send(event);
        EventBus.awaitStep(event.onboardingId(), BackupSteps.DONE, StepStatus.WAITING_FOR_PERSON);
        long ticketId = onlyTicket(event).path("id").asLong();
        List<JsonNode> items = checklistOf(ticketId);
        items.subList(1, items.size()).forEach(item -> Sandbox.personChangesAutotask("TicketChecklistItems",
                Map.of("id", item.path("id").asLong(), "isCompleted", true)));

        await().atMost(Duration.ofSeconds(30)).until(() -> EventBus.awaitStep(event.onboardingId(), BackupSteps.DONE,
                StepStatus.WAITING_FOR_PERSON).message().contains("1 of 8 checklist items"));
        assertThat(setupCompletedFor(event.onboardingId(), Duration.ofSeconds(3))).isEmpty();
    }

    @Test
    void an_rmm_only_contract_skips_every_backup_step() {
        ContractCreated event = contract("Only RMM Bakery", TIER_2_RMM);
        EventBus.send(event);

        for (String step : BackupSteps.ALL) {
            assertThat(EventBus.awaitStep(event.onboardingId(), step, StepStatus.SKIPPED).message())
                    .contains("No backup service");
        }
        assertThat(ticketsOf(event.companyId())).isEmpty();
    }

    @Test
    void a_timeout_after_the_ticket_an_item_or_the_document_was_created_makes_no_second() {
        ContractCreated event = contract("Slow Sushi", CLOUD_BACKUP);
        Sandbox.fault(Map.of("pathEndsWith", "/V1.0/Tickets", "method", "POST", "delayAfterMillis", 3500, "times", 1));
        Sandbox.fault(Map.of("pathEndsWith", "/ChecklistItems", "method", "POST", "delayAfterMillis", 3500, "times", 1));
        Sandbox.fault(Map.of("pathEndsWith", "/relationships/documents", "method", "POST", "delayAfterMillis", 3500,
                "times", 1));
        EventBus.send(event);

        EventBus.awaitStep(event.onboardingId(), BackupSteps.TICKET, StepStatus.DONE);
        EventBus.awaitStep(event.onboardingId(), BackupSteps.INSTRUCTIONS, StepStatus.DONE);
        assertThat(documentsOf(event.companyName())).hasSize(1);

        JsonNode ticket = onlyTicket(event);
        assertThat(checklistOf(ticket.path("id").asLong())).hasSize(8);
        assertThat(Sandbox.record("autotask")).filteredOn(e -> e.path("target").asText().equals("Tickets")
                && e.path("operation").asText().equals("create")
                && e.path("details").path("companyID").asLong() == event.companyId()).hasSize(1);
    }

    @Test
    void other_steps_progress_becomes_notes_on_the_ticket_each_event_once_gathered() {
        ContractCreated event = contract("Noted Noodles", CLOUD_BACKUP);
        StepChanged early = StepChanged.of(event.onboardingId(), "contract.recurring", "contract-service", StepStatus.DONE, 1,
                "Contract " + event.contractId() + " created");
        EventBus.send(early);
        EventBus.send(event);
        EventBus.awaitStep(event.onboardingId(), BackupSteps.DONE, StepStatus.WAITING_FOR_PERSON);
        long ticketId = onlyTicket(event).path("id").asLong();

        StepChanged failed = StepChanged.of(event.onboardingId(), "reports.folder", "reporting-service", StepStatus.FAILED, 2,
                "Graph answered 503");
        String attentionId = EventBus.send(StepChanged.of(event.onboardingId(), "reports.autotask", "reporting-service",
                StepStatus.NEEDS_ATTENTION, 1, "No queue"));
        String failedId = EventBus.send(failed);
        EventBus.resend(failed, failedId);
        EventBus.send(StepChanged.of(event.onboardingId(), "reports.folder", "reporting-service", StepStatus.RUNNING, 3, null));

        await().atMost(Duration.ofSeconds(30)).until(() -> allNotes(ticketId).contains("[event " + failedId + "]"));
        EventBus.awaitRecords(Topics.STEP_CHANGED, all -> false, Duration.ofSeconds(3), true);
        String all = allNotes(ticketId);
        assertThat(all).contains("Step contract.recurring (contract-service) is done", "Graph answered 503", "No queue");
        for (String eventId : List.of(attentionId, failedId)) {
            assertThat(all.split(java.util.regex.Pattern.quote("[event " + eventId + "]"), -1)).as("event %s noted once", eventId)
                    .hasSize(2);
        }
        // the step changes that came together are one note (one look-up and one create): the early one waited for the
        // ticket, the two sent together after it are gathered
        assertThat(notesOf(ticketId)).hasSizeLessThanOrEqualTo(2);
    }
}
