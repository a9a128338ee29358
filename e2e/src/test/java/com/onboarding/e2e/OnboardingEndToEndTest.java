package com.onboarding.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.onboarding.events.GoLiveReached;
import com.onboarding.events.ServiceKind;
import com.onboarding.events.SetupCompleted;
import com.onboarding.testsupport.EventBus;
import com.onboarding.testsupport.Sandbox;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * One signed DocuSign envelope through every service to go-live, each service a separate process on real Kafka,
 * PostgreSQL and Keycloak, every third-party API the sandbox. Staff act only through the gateway's API with real
 * tokens; technicians act only in the (simulated) Autotask. The sandbox's record of writes is the proof: every
 * external effect of the procedure, in the required order, exactly once.
 */
class OnboardingEndToEndTest {

    static final String BUSINESS = "Harbor Bakery";
    static final String RESIDENTIAL = "Rosa Martinez";

    static RunningSuite suite;
    static Staff stella;
    /** Today in the MSP's time zone (the suite's onboarding.time-zone default): the services' calendar day. */
    static final String TODAY = LocalDate.now(ZoneId.of("America/New_York")).toString();

    @BeforeAll
    static void startTheSuite() {
        suite = RunningSuite.start("Geek Girls IT", BUSINESS, RESIDENTIAL);
        stella = new Staff(suite.gatewayUrl(), Identity.login("stella", "stella"));
    }

    /** What the suite wrote to the third-party systems, kept as a test artifact for a person to read. */
    @AfterEach
    void keepTheRecordOfWrites() throws Exception {
        java.nio.file.Path record = java.nio.file.Path.of("target", "e2e", "sandbox-record.json");
        java.nio.file.Files.createDirectories(record.getParent());
        java.nio.file.Files.writeString(record, Sandbox.call("GET", "/sandbox/record", null).toPrettyString());
    }

    @Test
    void a_business_customer_with_workstation_rmm_and_backup_goes_live_with_every_effect_once_in_order() throws Exception {
        long company = TheTenant.hasCustomer(BUSINESS);
        String onboarding = "e2e-business-" + UUID.randomUUID();
        SignedEnvelope envelope = new SignedEnvelope(onboarding)
                .with("AccountName", BUSINESS).with("CustomerType", "Business")
                .with("RmmService", "Tier 2 RMM").with("RmmDevices", "Workstation").with("RmmMonthlyPrice", "150.00")
                .with("BackupService", "Cloud Backup").with("BackupMonthlyPrice", "89.00")
                .with("SetupFee", "249.50").with("Commitment", "Monthly").with("ManagedHelpDesk", "Yes")
                .with("Platforms", "Both")
                .with("ReportRecipients", "Hank Harbor <hank@harborbakery.example>")
                .with("ReminderRecipients", "Front Desk <desk@harborbakery.example>")
                .with("ServiceStart", TODAY);

        assertThat(envelope.deliverTo(suite.gatewayUrl(), RunningSuite.CONNECT_HMAC_KEY)).isEqualTo(200);
        assertThat(envelope.deliverTo(suite.gatewayUrl(), RunningSuite.CONNECT_HMAC_KEY)).as("a redelivery").isEqualTo(200);
        assertThat(envelope.deliverTo(suite.gatewayUrl(), "not-the-key")).as("a forged delivery").isEqualTo(401);

        stella.awaitStep(onboarding, "contract.setup-fee", "DONE");
        stella.awaitStep(onboarding, "reports.autotask", "WAITING_FOR_PERSON");
        stella.awaitStep(onboarding, "reports.datto-rmm", "WAITING_FOR_PERSON");
        stella.confirm(onboarding, "reports.autotask", "Autotask live report scheduled as the ticket asks");
        stella.confirm(onboarding, "reports.datto-rmm", "Datto RMM reports scheduled as the ticket asks");
        stella.awaitStep(onboarding, "reports.recipients", "DONE");
        stella.awaitStep(onboarding, "reminders.leave-on", "DONE");

        stella.awaitStep(onboarding, "backup.assign", "DONE");
        TheTenant.technicianCompletesTheBackupChecklist(company);
        assertThat(EventBus.awaitEvents(SetupCompleted.class, onboarding, 1)).extracting(SetupCompleted::service)
                .containsExactly(ServiceKind.BACKUP);

        TheTenant.rmmAgentsAreInstalled(company);
        stella.confirmRmmSetup(onboarding, TODAY);
        stella.awaitStep(onboarding, "contract.services", "DONE");
        stella.awaitStep(onboarding, "docs.configuration-items", "DONE");
        // both services began TODAY, so by GoLiveDateRule go-live is TODAY already; staff setting it changes nothing
        stella.setGoLive(onboarding, TODAY);
        assertThat(EventBus.awaitEvents(GoLiveReached.class, onboarding, 1)).hasSize(1);
        stella.awaitStep(onboarding, "docs.help-desk-udf", "DONE");
        assertThat(doneInOrder(onboarding)).as("the help-desk UDF never before go-live")
                .containsSubsequence("contract.go-live", "docs.help-desk-udf");

        JsonNode checklist = stella.onboarding(onboarding);
        assertThat(checklist.path("checklist")).allSatisfy(step -> assertThat(step.path("status").asText())
                .as(step.path("step").asText() + ": " + step.path("message").asText()).isEqualTo("DONE"));
        assertThat(EventBus.awaitEvents(SetupCompleted.class, onboarding, 2)).extracting(SetupCompleted::service)
                .containsExactlyInAnyOrder(ServiceKind.BACKUP, ServiceKind.RMM);

        Predicate<JsonNode> ofCompany = Writes.field("companyID", company);
        Predicate<JsonNode> recurringBackupTicket = ofCompany.and(Writes.fieldContains("title", "Monthly backup restore test"));
        await("the first recurring backup ticket").atMost(Duration.ofSeconds(60)).until(() -> !Writes.of(Sandbox.record(null))
                .all("autotask", "create", "Tickets", recurringBackupTicket).isEmpty());

        Writes writes = Writes.of(Sandbox.record(null));
        JsonNode contract = writes.once("autotask", "create", "Contracts", ofCompany);
        long contractId = contract.path("details").path("id").asLong();
        Predicate<JsonNode> ofContract = Writes.field("contractID", contractId);
        JsonNode fee = writes.once("autotask", "create", "ContractCharges", ofContract);
        JsonNode rmmService = writes.once("autotask", "create", "ContractServiceAdjustments",
                ofContract.and(Writes.field("serviceID", 102)));
        JsonNode backupService = writes.once("autotask", "create", "ContractServiceAdjustments",
                ofContract.and(Writes.field("serviceID", 201)));
        JsonNode folder = writes.once("graph", "create-folder", null, Writes.targetEndsWith(BUSINESS));
        JsonNode autotaskReport = writes.once("autotask", "create", "Tickets",
                ofCompany.and(Writes.fieldContains("title", "Schedule Autotask Live Report")));
        JsonNode dattoReports = writes.once("autotask", "create", "Tickets",
                ofCompany.and(Writes.fieldContains("title", "Schedule Datto RMM reports")));
        JsonNode reminder = writes.once("power-automate", "register", null, Writes.fieldContains("subject", BUSINESS));
        JsonNode backupTicket = writes.once("autotask", "create", "Tickets",
                ofCompany.and(Writes.fieldContains("title", "Backup setup")));
        JsonNode instructions = writes.once("it-glue", "create-document", null, Writes.fieldContains("name", BUSINESS));
        JsonNode published = writes.once("it-glue", "publish-document", null, Writes.fieldContains("name", BUSINESS));
        JsonNode link = writes.once("autotask", "update", "Tickets",
                Writes.field("id", backupTicket.path("details").path("id").asLong())
                        .and(entry -> entry.path("details").has("description")));
        JsonNode siteSummary = writes.once("it-glue", "update-flexible-asset", null,
                entry -> entry.path("details").path("traits").path("site-name").asText().startsWith(BUSINESS));
        List<JsonNode> rmmItems = writes.all("autotask", "update", "ConfigurationItems", ofContract);
        JsonNode udf = writes.once("autotask", "update", "Companies", Writes.field("id", company));

        writes.inOrder(contract, fee, rmmService, udf);
        writes.inOrder(fee, backupService, udf);
        writes.inOrder(contract, folder, autotaskReport);
        writes.inOrder(folder, dattoReports);
        writes.inOrder(contract, reminder);
        writes.inOrder(contract, backupTicket, instructions, published, link);
        writes.inOrder(contract, siteSummary);
        JsonNode recurringBackup = writes.once("autotask", "create", "Tickets", recurringBackupTicket);
        writes.inOrder(link, recurringBackup);
        Matcher instructionsLink = Pattern.compile("Instructions: (\\S+/docs/\\d+)")
                .matcher(recurringBackup.path("details").path("description").asText());
        assertThat(instructionsLink.find()).as("the recurring backup ticket links the IT Glue instructions").isTrue();
        assertThat(link.path("details").path("description").asText()).contains(instructionsLink.group(1));
        assertThat(rmmItems).as("each RMM agent's configuration item gets the contract once").hasSize(2);
        assertThat(siteSummary.path("details").path("traits").path("internet-provider").asText())
                .as("the Site Summary's other traits are kept").isEqualTo("Metro Fiber");
    }

    @Test
    void a_residential_customer_with_rmm_only_joins_the_shared_reminder_and_skips_backup() throws Exception {
        long company = TheTenant.hasCustomer(RESIDENTIAL);
        String onboarding = "e2e-residential-" + UUID.randomUUID();
        SignedEnvelope envelope = new SignedEnvelope(onboarding)
                .with("AccountName", RESIDENTIAL).with("CustomerType", "Residential")
                .with("RmmService", "Tier 1 RMM").with("RmmDevices", "Workstation").with("RmmMonthlyPrice", "35.00")
                .with("SetupFee", "99.00").with("Commitment", "Monthly").with("ManagedHelpDesk", "No")
                .with("Platforms", "Mac")
                .with("ReportRecipients", "Rosa Martinez <rosa@martinez.example>")
                .with("ReminderRecipients", "Rosa Martinez <rosa@martinez.example>")
                .with("ServiceStart", TODAY);

        assertThat(envelope.deliverTo(suite.gatewayUrl(), RunningSuite.CONNECT_HMAC_KEY)).isEqualTo(200);

        stella.awaitStep(onboarding, "contract.setup-fee", "DONE");
        for (String step : List.of("backup.ticket", "backup.instructions", "backup.assign", "backup.done")) {
            stella.awaitStep(onboarding, step, "SKIPPED");
        }
        stella.awaitStep(onboarding, "reminders.leave-on", "DONE");
        stella.awaitStep(onboarding, "reports.autotask", "WAITING_FOR_PERSON");
        stella.confirm(onboarding, "reports.autotask", "Autotask live report scheduled as the ticket asks");
        stella.awaitStep(onboarding, "reports.datto-rmm", "WAITING_FOR_PERSON");
        stella.confirm(onboarding, "reports.datto-rmm", "Datto RMM reports scheduled as the ticket asks");
        stella.awaitStep(onboarding, "reports.recipients", "DONE");

        TheTenant.rmmAgentsAreInstalled(company);
        stella.confirmRmmSetup(onboarding, TODAY);
        stella.awaitStep(onboarding, "contract.services", "DONE");
        stella.setGoLive(onboarding, TODAY);
        assertThat(EventBus.awaitEvents(GoLiveReached.class, onboarding, 1)).hasSize(1);
        stella.awaitStep(onboarding, "docs.help-desk-udf", "DONE");

        JsonNode checklist = stella.onboarding(onboarding);
        assertThat(checklist.path("checklist")).allSatisfy(step -> assertThat(step.path("status").asText())
                .as(step.path("step").asText() + ": " + step.path("message").asText())
                .isIn(step.path("step").asText().startsWith("backup.") ? List.of("SKIPPED") : List.of("DONE")));

        Writes writes = Writes.of(Sandbox.record(null));
        Predicate<JsonNode> ofCompany = Writes.field("companyID", company);
        writes.once("autotask", "create", "Contracts", ofCompany);
        assertThat(writes.all("autotask", "create", "Tickets", ofCompany.and(Writes.fieldContains("title", "backup"))))
                .as("no backup ticket").isEmpty();
        assertThat(writes.all("power-automate", "register", null, Writes.fieldContains("subject", RESIDENTIAL)))
                .as("no reminder of its own").isEmpty();
        JsonNode shared = writes.last("power-automate", "register", null,
                Writes.fieldContains("subject", "Reminder for NY Geek Girls RMM Customers"));
        assertThat(shared.path("details").path("bcc").toString()).contains("rosa@martinez.example");
    }

    /**
     * The steps of one onboarding in the order they became DONE: its StepChanged events share a key, so one partition
     * holds them in the order they were published.
     */
    private static List<String> doneInOrder(String onboarding) {
        return EventBus.awaitRecords(com.onboarding.events.Topics.STEP_CHANGED, all -> false, Duration.ofSeconds(3), true)
                .stream().filter(r -> onboarding.equals(r.key()))
                .map(r -> com.onboarding.events.EventJson.read(r.value(), com.onboarding.events.StepChanged.class))
                .filter(change -> change.status() == com.onboarding.events.StepStatus.DONE)
                .map(com.onboarding.events.StepChanged::step).distinct().toList();
    }
}
