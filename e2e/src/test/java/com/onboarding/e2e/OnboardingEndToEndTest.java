package com.onboarding.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.onboarding.e2e.vendor.RequestCheck;
import com.onboarding.events.GoLiveReached;
import com.onboarding.events.ServiceKind;
import com.onboarding.events.SetupCompleted;
import com.onboarding.testsupport.EventBus;
import com.onboarding.testsupport.Sandbox;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * One signed DocuSign envelope through every service to go-live, each service a separate process on real Kafka,
 * PostgreSQL and Keycloak, every third-party API the sandbox. Staff act only through the gateway's API with real
 * tokens; technicians act only in the (simulated) Autotask. The sandbox's record of writes is the proof: every
 * external effect of the procedure, in the required order, exactly once. After both onboardings, every request the
 * clients sent (the sandbox logs them all) is checked against the vendors' published definitions, and the Autotask
 * calls of each onboarding are counted against the budget.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class OnboardingEndToEndTest {

    /** The target: at most this many Autotask calls per onboarding (issue 18: 10,000 an hour, about 650 onboardings). */
    static final int AUTOTASK_CALLS_TARGET = 15;
    /**
     * What this branch measured (business RMM + backup 72, residential RMM 23; 26 of the 72 are the backup ticket's 13
     * progress notes, each looked up and created), with a margin for timing (429 retries): a guard against new calls
     * until the target is reached. Lower them as calls are removed.
     */
    static final int AUTOTASK_CALLS_CEILING_BUSINESS = 80;
    static final int AUTOTASK_CALLS_CEILING_RESIDENTIAL = 26;

    static final String BUSINESS = "Harbor Bakery";
    static final String RESIDENTIAL = "Rosa Martinez";
    /** An existing help-desk customer (T&amp;C on file in DocuSign) who adds backup; the apostrophe on purpose. */
    static final String EXISTING_HELP_DESK = "Joe's Diner";
    /** A business customer with three service lines (T&amp;C on file in Autotask); the ampersand on purpose. */
    static final String THREE_LINES = "Smith & Sons";
    // TODO(H3, issue 13): the legacy-reminder business customer (reminders.leave-on waits for a person with the exact
    // "Users - leave PCs on.cmd" lines, confirmed with evidence) belongs beside these two.

    /** Customers onboarded all at once (their T&amp;C on file, so the procedure runs without waiting for a signature). */
    static final List<String> FIFTY = RunningSuite.FIFTY;

    static RunningSuite suite;
    static Staff stella;
    /** The same person on the other gateway instance (the first one when only one runs). */
    static Staff stellaElsewhere;
    /** Today in the MSP's time zone (the suite's onboarding.time-zone default): the services' calendar day. */
    static final String TODAY = LocalDate.now(ZoneId.of("America/New_York")).toString();

    @BeforeAll
    static void startTheSuite() {
        suite = RunningSuite.start(RunningSuite.TERMS_ON_FILE);
        stella = new Staff(suite.gatewayUrl(0), Identity.login("stella", "stella"));
        stellaElsewhere = new Staff(suite.gatewayUrl(1), Identity.login("stella", "stella"));
    }

    /** Whatever a test did, the suite as a whole kept to the tenant's Autotask request threshold and thread limit. */
    @AfterEach
    void keptToTheTenantsAutotaskBudget() {
        JsonNode usage = Sandbox.call("GET", "/sandbox/autotask-usage", null);
        java.nio.file.Path report = java.nio.file.Path.of("target", "e2e", "autotask-usage.json");
        try {
            java.nio.file.Files.createDirectories(report.getParent());
            java.nio.file.Files.writeString(report, usage.toPrettyString());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        assertThat(usage.path("thresholdExceeded").asBoolean()).as("the tenant's request threshold, counted by the sandbox: %s",
                usage).isFalse();
        assertThat(usage.path("threadLimitExceeded").asBoolean()).as("3 requests at once per endpoint: %s", usage).isFalse();
    }

    /** What the suite wrote to the third-party systems, kept as a test artifact for a person to read. */
    @AfterEach
    void keepTheRecordOfWrites() throws Exception {
        java.nio.file.Path record = java.nio.file.Path.of("target", "e2e", "sandbox-record.json");
        java.nio.file.Files.createDirectories(record.getParent());
        java.nio.file.Files.writeString(record, Sandbox.call("GET", "/sandbox/record", null).toPrettyString());
        java.nio.file.Files.writeString(record.resolveSibling("sandbox-requests.json"),
                Sandbox.call("GET", "/sandbox/requests", null).toPrettyString());
    }

    static String businessOnboarding;
    static String residentialOnboarding;

    @Test
    @Order(1)
    void a_business_customer_with_workstation_rmm_and_backup_goes_live_with_every_effect_once_in_order() throws Exception {
        long company = TheTenant.hasCustomer(BUSINESS);
        String onboarding = "e2e-business-" + UUID.randomUUID();
        businessOnboarding = onboarding;
        SignedEnvelope envelope = new SignedEnvelope(onboarding)
                .with("AccountName", BUSINESS).with("CustomerType", "Business")
                .with("RmmService", "Tier 2 RMM").with("RmmDevices", "Workstation").with("RmmMonthlyPrice", "150.00")
                .with("BackupService", "Cloud Backup").with("BackupMonthlyPrice", "89.00")
                .with("SetupFee", "249.50").with("Commitment", "Monthly").with("ManagedHelpDesk", "Yes")
                .with("Platforms", "Both")
                .with("ReportRecipients", "Hank Harbor <hank@harborbakery.example>")
                .with("ReminderRecipients", "Front Desk <desk@harborbakery.example>")
                .with("ServiceStart", TODAY);

        assertThat(envelope.deliverTo(suite.gatewayUrl(0), RunningSuite.CONNECT_HMAC_KEY)).isEqualTo(200);
        assertThat(envelope.deliverTo(suite.gatewayUrl(1), RunningSuite.CONNECT_HMAC_KEY)).as("a redelivery (to the other "
                + "gateway instance when two run)").isEqualTo(200);
        assertThat(envelope.deliverTo(suite.gatewayUrl(0), "not-the-key")).as("a forged delivery").isEqualTo(401);

        stella.awaitStep(onboarding, "contract.setup-fee", "DONE");
        stella.awaitStep(onboarding, "reports.autotask", "WAITING_FOR_PERSON");
        stella.awaitStep(onboarding, "reports.datto-rmm", "WAITING_FOR_PERSON");
        stella.confirm(onboarding, "reports.autotask", "Autotask live report scheduled as the ticket asks");
        stellaElsewhere.confirm(onboarding, "reports.datto-rmm", "Datto RMM reports scheduled as the ticket asks");
        stellaElsewhere.awaitStep(onboarding, "reports.recipients", "DONE");
        stella.awaitStep(onboarding, "reminders.leave-on", "DONE");

        stella.awaitStep(onboarding, "backup.assign", "DONE");
        TheTenant.technicianCompletesTheBackupChecklist(company);
        assertThat(EventBus.awaitEvents(SetupCompleted.class, onboarding, 1)).extracting(SetupCompleted::service)
                .containsExactly(ServiceKind.BACKUP);

        TheTenant.rmmAgentsAreInstalled(company);
        stellaElsewhere.confirmRmmSetup(onboarding, TODAY);
        stella.awaitStep(onboarding, "contract.services", "DONE");
        stellaElsewhere.awaitStep(onboarding, "docs.configuration-items", "DONE");
        // both services began TODAY, so by GoLiveDateRule go-live is TODAY already; staff setting it changes nothing
        stella.setGoLive(onboarding, TODAY);
        assertThat(EventBus.awaitEvents(GoLiveReached.class, onboarding, 1)).hasSize(1);
        stella.awaitStep(onboarding, "docs.help-desk-udf", "DONE");
        // the recurring tickets begin at go-live: their first ones may be made just after it
        stella.awaitStep(onboarding, "contract.recurring-tickets", "DONE");
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
    @Order(2)
    void a_residential_customer_with_rmm_only_joins_the_shared_reminder_and_skips_backup() throws Exception {
        long company = TheTenant.hasCustomer(RESIDENTIAL);
        String onboarding = "e2e-residential-" + UUID.randomUUID();
        residentialOnboarding = onboarding;
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
        OneTrace.of(suite.traces(), onboarding).spans("gateway", "contract-service", "reporting-service");
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
        // the recurring tickets begin at go-live: their first ones may be made just after it
        stella.awaitStep(onboarding, "contract.recurring-tickets", "DONE");

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

    @Test
    @Order(3)
    void an_existing_help_desk_customer_with_tc_in_docusign_adds_backup_to_its_monthly_contract_and_keeps_its_help_desk_values()
            throws Exception {
        TheTenant.ExistingCustomer existing = TheTenant.hasHelpDeskCustomer(EXISTING_HELP_DESK);
        String termsEnvelope = TheTenant.signedTermsYearsAgo("Joe Diner", "joe@joesdiner.example");
        String onboarding = "e2e-existing-" + UUID.randomUUID();
        SignedEnvelope envelope = new SignedEnvelope(onboarding)
                .with("AccountName", EXISTING_HELP_DESK).with("CustomerType", "Business")
                .with("BackupService", "Cloud Backup").with("BackupMonthlyPrice", "89.00")
                .with("SetupFee", "49.00").with("Commitment", "Monthly").with("ManagedHelpDesk", "No")
                .with("Platforms", "Windows")
                .with("ReportRecipients", "Joe Diner <joe@joesdiner.example>")
                .with("ReminderRecipients", "Joe Diner <joe@joesdiner.example>")
                .with("CustomerSignerName", "Joe Diner").with("CustomerSignerEmail", "joe@joesdiner.example")
                .with("ServiceStart", TODAY);

        assertThat(envelope.deliverTo(suite.gatewayUrl(), RunningSuite.CONNECT_HMAC_KEY)).isEqualTo(200);

        stella.awaitStep(onboarding, "intake.terms-and-conditions", "DONE");
        assertThat(stella.onboarding(onboarding).path("checklist").toString()).as("the T&C found in DocuSign")
                .contains(termsEnvelope);
        stella.awaitStep(onboarding, "contract.setup-fee", "DONE");
        stella.awaitStep(onboarding, "backup.assign", "DONE");
        TheTenant.technicianCompletesTheBackupChecklist(existing.company());
        assertThat(EventBus.awaitEvents(SetupCompleted.class, onboarding, 1)).extracting(SetupCompleted::service)
                .containsExactly(ServiceKind.BACKUP);
        stella.awaitStep(onboarding, "contract.services", "DONE");
        stella.setGoLive(onboarding, TODAY);
        assertThat(EventBus.awaitEvents(GoLiveReached.class, onboarding, 1)).hasSize(1);
        stella.awaitStep(onboarding, "docs.help-desk-udf", "DONE");
        // the recurring tickets begin at go-live: their first ones may be made just after it
        stella.awaitStep(onboarding, "contract.recurring-tickets", "DONE");
        stella.awaitStep(onboarding, "docs.it-glue", "DONE");

        Writes writes = Writes.of(Sandbox.record(null));
        Predicate<JsonNode> ofCompany = Writes.field("companyID", existing.company());
        assertThat(writes.all("docusign", "create-envelope", null, entry -> entry.toString().contains(onboarding)))
                .as("no T&C envelope sent").isEmpty();
        assertThat(writes.all("autotask", "create", "Contracts", ofCompany)).as("no new contract").isEmpty();
        Predicate<JsonNode> ofContract = Writes.field("contractID", existing.monthlyContract());
        JsonNode backup = writes.once("autotask", "create", "ContractServiceAdjustments",
                ofContract.and(Writes.field("serviceID", 201)));
        assertThat(backup.path("details").path("adjustedUnitPrice").decimalValue()).isEqualByComparingTo("89.00");
        writes.once("autotask", "create", "ContractCharges", ofContract);
        assertThat(TheTenant.companyField(existing.company(), "Help Desk Support Type")).as("never downgraded to backup only")
                .isEqualTo("Full Help Desk");
        assertThat(TheTenant.siteSummaryTrait(EXISTING_HELP_DESK, "type-of-managed-services")).isEqualTo("Fully Managed");
        assertThat(stella.onboarding(onboarding).path("checklist")).allSatisfy(step -> assertThat(step.path("status").asText())
                .as(step.path("step").asText() + ": " + step.path("message").asText()).isIn("DONE", "SKIPPED"));
    }

    @Test
    @Order(4)
    void a_business_customer_with_three_service_lines_gets_each_at_its_signed_quantity_and_price() throws Exception {
        long company = TheTenant.hasCustomerWithTermsInAutotask(THREE_LINES);
        String onboarding = "e2e-lines-" + UUID.randomUUID();
        SignedEnvelope envelope = new SignedEnvelope(onboarding)
                .with("AccountName", THREE_LINES).with("CustomerType", "Business")
                .with("Line1Service", "Tier 2 RMM").with("Line1Kind", "RMM").with("Line1Devices", "Workstation")
                .with("Line1Quantity", "12").with("Line1UnitPrice", "45.00")
                .with("Line2Service", "Server RMM").with("Line2Kind", "RMM").with("Line2Devices", "Server")
                .with("Line2Quantity", "2").with("Line2UnitPrice", "95.50")
                .with("Line3Service", "Cloud Backup").with("Line3Kind", "Backup")
                .with("Line3Quantity", "1").with("Line3UnitPrice", "180.00")
                .with("SetupFee", "349.00").with("Commitment", "Monthly").with("ManagedHelpDesk", "Yes")
                .with("Platforms", "Windows")
                .with("ReportRecipients", "Sam Smith <sam@smithandsons.example>")
                .with("ReminderRecipients", "Office <office@smithandsons.example>")
                .with("CustomerSignerName", "Sam Smith").with("CustomerSignerEmail", "sam@smithandsons.example")
                .with("ServiceStart", TODAY);

        assertThat(envelope.deliverTo(suite.gatewayUrl(), RunningSuite.CONNECT_HMAC_KEY)).isEqualTo(200);

        stella.awaitStep(onboarding, "intake.terms-and-conditions", "DONE");
        stella.awaitStep(onboarding, "contract.setup-fee", "DONE");
        stella.awaitStep(onboarding, "reports.autotask", "WAITING_FOR_PERSON");
        stella.confirm(onboarding, "reports.autotask", "Autotask live report scheduled as the ticket asks");
        stella.awaitStep(onboarding, "reports.datto-rmm", "WAITING_FOR_PERSON");
        stella.confirm(onboarding, "reports.datto-rmm", "Datto RMM reports scheduled as the ticket asks");
        stella.awaitStep(onboarding, "backup.assign", "DONE");
        TheTenant.technicianCompletesTheBackupChecklist(company);
        TheTenant.rmmAgentsAreInstalled(company);
        stella.confirmRmmSetup(onboarding, TODAY);
        stella.awaitStep(onboarding, "contract.services", "DONE");
        stella.setGoLive(onboarding, TODAY);
        assertThat(EventBus.awaitEvents(GoLiveReached.class, onboarding, 1)).hasSize(1);
        stella.awaitStep(onboarding, "docs.help-desk-udf", "DONE");
        // the recurring tickets begin at go-live: their first ones may be made just after it
        stella.awaitStep(onboarding, "contract.recurring-tickets", "DONE");
        stella.awaitStep(onboarding, "reminders.leave-on", "DONE");
        assertThat(stella.onboarding(onboarding).path("checklist")).allSatisfy(step -> assertThat(step.path("status").asText())
                .as(step.path("step").asText() + ": " + step.path("message").asText()).isEqualTo("DONE"));

        Writes writes = Writes.of(Sandbox.record(null));
        Predicate<JsonNode> ofCompany = Writes.field("companyID", company);
        assertThat(writes.all("docusign", "create-envelope", null, entry -> entry.toString().contains(onboarding)))
                .as("the T&C is on file in Autotask: no envelope").isEmpty();
        long contractId = writes.once("autotask", "create", "Contracts", ofCompany).path("details").path("id").asLong();
        Predicate<JsonNode> ofContract = Writes.field("contractID", contractId);
        record Line(long serviceId, int units, String unitPrice) {
        }
        for (Line line : List.of(new Line(102, 12, "45.00"), new Line(111, 2, "95.50"), new Line(201, 1, "180.00"))) {
            JsonNode added = writes.once("autotask", "create", "ContractServiceAdjustments",
                    ofContract.and(Writes.field("serviceID", line.serviceId())));
            assertThat(added.path("details").path("unitChange").asInt()).as("units of " + line).isEqualTo(line.units());
            assertThat(added.path("details").path("adjustedUnitPrice").decimalValue()).as("price of " + line)
                    .isEqualByComparingTo(line.unitPrice());
            JsonNode units = Sandbox.autotask("ContractServiceUnits").stream()
                    .filter(u -> u.path("contractID").asLong() == contractId && u.path("serviceID").asLong() == line.serviceId())
                    .findFirst().orElseThrow();
            assertThat(units.path("units").asInt()).as("read back: units of " + line).isEqualTo(line.units());
        }
        JsonNode reminder = writes.once("power-automate", "register", null, Writes.fieldContains("subject", "Smith and Sons"));
        assertThat(reminder.toString()).as("no ampersand reaches a reminder").doesNotContain("&");
        writes.once("graph", "create-folder", null, entry -> entry.path("target").asText().contains("Smith"));
    }

    @Test
    @Order(5)
    void every_request_the_clients_sent_matches_the_vendors_published_definition() {
        RequestCheck check = RequestCheck.published();
        JsonNode requests = Sandbox.call("GET", "/sandbox/requests", null);
        Set<String> findings = new LinkedHashSet<>();
        List<JsonNode> checked = new ArrayList<>();
        for (JsonNode request : requests) {
            if (check.covers(request)) {
                checked.add(request);
                findings.addAll(check.findings(request));
            }
        }
        System.out.printf("e2e: %d requests recorded, %d checked against the vendors' definitions%n", requests.size(),
                checked.size());
        assertThat(checked).as("requests to APIs with a published definition").isNotEmpty();
        assertThat(findings).as("requests that differ from the vendor's definition").isEmpty();
    }

    @Test
    @Order(6)
    void each_onboarding_keeps_its_autotask_calls_under_the_ceiling_on_the_way_to_fifteen() {
        JsonNode counts = Sandbox.call("GET", "/sandbox/requests/counts?api=autotask", null);
        System.out.println("e2e: Autotask calls per onboarding " + counts + " (target " + AUTOTASK_CALLS_TARGET + ")");
        // polling while waiting for a person or an agent (every second in tests) is budgeted apart: reads repeated
        // with an unchanged answer are not counted
        assertThat(counts.path(businessOnboarding).path("counted").asInt())
                .as("Autotask calls of the business RMM + backup onboarding").isPositive()
                .isLessThanOrEqualTo(AUTOTASK_CALLS_CEILING_BUSINESS);
        assertThat(counts.path(residentialOnboarding).path("counted").asInt())
                .as("Autotask calls of the residential RMM onboarding").isPositive()
                .isLessThanOrEqualTo(AUTOTASK_CALLS_CEILING_RESIDENTIAL);
    }

    /**
     * Fifty signed envelopes at once, spread over the gateway instances and each delivered again to the other one:
     * every service (two instances each with {@code -De2e.instances=2}) works them side by side under the tenant's
     * one Autotask budget. Each contract, setup fee and report ticket is made once, each customer joins the shared
     * reminder (no update lost between instances), and the sandbox saw no more requests than the threshold allows.
     */
    @Test
    @org.junit.jupiter.api.condition.EnabledIfSystemProperty(named = "e2e.load", matches = "true",
            disabledReason = "left out with -De2e.load=false")
    void fifty_onboardings_at_once_keep_to_the_tenants_autotask_budget_and_make_each_effect_once() throws Exception {
        Sandbox.call("DELETE", "/sandbox/autotask-usage", null);
        java.util.Map<String, Long> companies = new java.util.LinkedHashMap<>();
        java.util.Map<String, String> onboardings = new java.util.LinkedHashMap<>();
        for (String customer : FIFTY) {
            companies.put(customer, TheTenant.hasCustomer(customer));
        }
        long started = System.nanoTime();
        int n = 0;
        for (String customer : FIFTY) {
            String onboarding = "e2e-fifty-" + UUID.randomUUID();
            onboardings.put(customer, onboarding);
            String email = customer.toLowerCase().replace(" ", ".") + "@shops.example";
            SignedEnvelope envelope = new SignedEnvelope(onboarding)
                    .with("AccountName", customer).with("CustomerType", "Residential")
                    .with("RmmService", "Tier 1 RMM").with("RmmDevices", "Workstation").with("RmmMonthlyPrice", "35.00")
                    .with("SetupFee", "99.00").with("Commitment", "Monthly").with("ManagedHelpDesk", "No")
                    .with("Platforms", "Mac")
                    .with("ReportRecipients", customer + " <" + email + ">")
                    .with("ReminderRecipients", customer + " <" + email + ">")
                    .with("ServiceStart", TODAY);
            assertThat(envelope.deliverTo(suite.gatewayUrl(n), RunningSuite.CONNECT_HMAC_KEY)).isEqualTo(200);
            assertThat(envelope.deliverTo(suite.gatewayUrl(n + 1), RunningSuite.CONNECT_HMAC_KEY)).isEqualTo(200);
            n++;
        }
        Duration allOfThem = Duration.ofMinutes(20);
        for (String onboarding : onboardings.values()) {
            stella.awaitStep(onboarding, "reports.autotask", allOfThem, "WAITING_FOR_PERSON");
            stella.awaitStep(onboarding, "reminders.leave-on", allOfThem, "DONE");
            stella.awaitStep(onboarding, "contract.setup-fee", allOfThem, "DONE");
        }
        long seconds = Duration.ofNanos(System.nanoTime() - started).toSeconds();
        JsonNode usage = Sandbox.call("GET", "/sandbox/autotask-usage", null);
        System.out.printf("e2e: %d onboardings with %d instance(s) of every service reached their report tickets in %d s; "
                + "Autotask usage: %s%n", FIFTY.size(), suite.instances(), seconds, usage);

        Writes writes = Writes.of(Sandbox.record(null));
        for (String customer : FIFTY) {
            Predicate<JsonNode> ofCompany = Writes.field("companyID", companies.get(customer));
            JsonNode contract = writes.once("autotask", "create", "Contracts", ofCompany);
            Predicate<JsonNode> ofContract = Writes.field("contractID", contract.path("details").path("id").asLong());
            writes.once("autotask", "create", "ContractCharges", ofContract);
            writes.once("autotask", "create", "Tickets", ofCompany.and(Writes.fieldContains("title", "Schedule Autotask Live Report")));
            assertThat(writes.all("graph", "create-folder", null, Writes.targetEndsWith(customer))).as("at most one folder")
                    .hasSizeLessThanOrEqualTo(1);
        }
        JsonNode shared = writes.last("power-automate", "register", null,
                Writes.fieldContains("subject", "Reminder for NY Geek Girls RMM Customers"));
        for (String customer : FIFTY) {
            assertThat(shared.path("details").path("bcc").toString()).as("the shared reminder names every customer")
                    .contains(customer.toLowerCase().replace(" ", ".") + "@shops.example");
        }
        assertThat(usage.path("mostInAnyTimeframe").asInt()).isLessThanOrEqualTo(RunningSuite.AUTOTASK_THRESHOLD);
        assertThat(usage.path("refusedOverThreshold").asInt()).isZero();
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
