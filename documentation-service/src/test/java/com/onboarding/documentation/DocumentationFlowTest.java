package com.onboarding.documentation;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.onboarding.documentation.rules.MsaCustomerList;
import com.onboarding.documentation.steps.ConfigurationItemsStep;
import com.onboarding.documentation.steps.HelpDeskUdfStep;
import com.onboarding.documentation.steps.ITGlueStep;
import com.onboarding.documentation.steps.MsaListStep;
import com.onboarding.events.AgreementTerms;
import com.onboarding.events.Commitment;
import com.onboarding.events.ContractCreated;
import com.onboarding.events.CustomerKind;
import com.onboarding.events.DeviceKind;
import com.onboarding.events.GoLiveReached;
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
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
@QuarkusTestResource(value = RealInfrastructure.class, initArgs = @ResourceArg(name = "database", value = "documentation"))
@QuarkusTestResource(SandboxProcess.class)
class DocumentationFlowTest {

    private static final String MSA_LIST = "List of MSA and Hosted Services Customers.docx";
    static final SignedService RMM = new SignedService(ServiceKind.RMM, "Tier 2 RMM", DeviceKind.WORKSTATION,
            new BigDecimal("40.00"));
    static final SignedService BACKUP = new SignedService(ServiceKind.BACKUP, "Cloud Backup", null,
            new BigDecimal("75.00"));

    /** A company in Autotask with its recurring contract, as contract-service left them. */
    record Customer(String name, long companyId, long contractId) {
    }

    static Customer customer(String prefix) {
        String name = prefix + " " + UUID.randomUUID().toString().substring(0, 6);
        long company = Sandbox.seedAutotask("Companies", Map.of("companyName", name, "companyType", 1, "phone", "555-0100",
                "ownerResourceID", 29682886L));
        long contract = Sandbox.seedAutotask("Contracts", Map.of("companyID", company, "contractName",
                name + " Monthly Services", "contractType", 7, "status", 1, "startDate", "2026-12-01T00:00:00",
                "endDate", "2028-05-31T00:00:00", "timeReportingRequiresStartAndStopTimes", 0, "contractPeriodType", 1));
        return new Customer(name, company, contract);
    }

    static ContractCreated created(Customer customer, boolean helpDesk, SignedService... services) {
        AgreementTerms terms = new AgreementTerms(customer.name(), CustomerKind.BUSINESS, List.of(services),
                new BigDecimal("150.00"), Commitment.MONTHLY, helpDesk, Platforms.WINDOWS, List.of(), List.of(),
                LocalDate.of(2026, 12, 14), LocalDate.of(2027, 1, 4));
        return ContractCreated.of(UUID.randomUUID().toString(), customer.companyId(), customer.name(), customer.contractId(),
                customer.name() + " Monthly Services", false, terms);
    }

    static long rmmItem(Customer customer, String hostname) {
        return Sandbox.seedAutotask("ConfigurationItems", Map.of("companyID", customer.companyId(), "productID", 302,
                "isActive", true, "referenceTitle", hostname, "rmmDeviceUID", UUID.randomUUID().toString()));
    }

    static List<JsonNode> items(Customer customer) {
        return Sandbox.autotask("ConfigurationItems").stream()
                .filter(i -> i.path("companyID").asLong() == customer.companyId()).toList();
    }

    static StepChanged awaitStep(String onboardingId, String step, StepStatus status, String messagePart) {
        List<StepChanged> matching = new ArrayList<>();
        EventBus.awaitRecords(Topics.STEP_CHANGED, all -> {
            matching.clear();
            all.stream().filter(r -> onboardingId.equals(r.key()))
                    .map(r -> com.onboarding.events.EventJson.read(r.value(), StepChanged.class))
                    .filter(s -> s.step().equals(step) && s.status() == status
                            && (messagePart == null || String.valueOf(s.message()).contains(messagePart)))
                    .forEach(matching::add);
            return !matching.isEmpty();
        }, Duration.ofSeconds(60));
        return matching.get(matching.size() - 1);
    }

    static List<String> listedCustomers() {
        JsonNode item = Sandbox.call("GET", "/sandbox/graph/item?path="
                + URLEncoder.encode(MSA_LIST, StandardCharsets.UTF_8).replace("+", "%20"), null);
        return MsaCustomerList.customers(Base64.getDecoder().decode(item.path("contentBase64").asText()));
    }

    static long uploadsOfTheList() {
        return Sandbox.record("graph").stream()
                .filter(e -> e.path("operation").asText().equals("upload") && e.path("target").asText().endsWith(MSA_LIST))
                .count();
    }

    @Test
    void onboardings_that_finish_at_the_same_moment_are_listed_once_each_in_fewer_edits_than_customers() {
        Customer first = customer("Bakery");
        Customer second = customer("Clinic");
        Customer third = customer("Florist");
        long uploadsBefore = uploadsOfTheList();
        // the first edit's download is slow: the other rows wait meanwhile and go into the next edit together
        Sandbox.fault(Map.of("pathContains", "/graph/v1.0/drives/", "pathEndsWith", "/content", "method", "GET",
                "delayAfterMillis", 3000, "times", 1));
        ContractCreated one = created(first, false, RMM);
        ContractCreated two = created(second, false, BACKUP);
        ContractCreated three = created(third, false, RMM, BACKUP);
        EventBus.send(one);
        EventBus.send(two);
        EventBus.send(three);

        String messages = awaitStep(one.onboardingId(), MsaListStep.STEP, StepStatus.DONE, null).message()
                + awaitStep(two.onboardingId(), MsaListStep.STEP, StepStatus.DONE, null).message()
                + awaitStep(three.onboardingId(), MsaListStep.STEP, StepStatus.DONE, null).message();
        assertThat(messages).contains("in one edit with");
        assertThat(uploadsOfTheList() - uploadsBefore).isLessThanOrEqualTo(2);
        ContractCreated again = created(first, false, BACKUP);
        EventBus.send(again);
        StepChanged repeated = awaitStep(again.onboardingId(), MsaListStep.STEP, StepStatus.DONE, null);

        assertThat(repeated.message()).contains("already listed");
        assertThat(listedCustomers()).containsOnlyOnce(first.name(), second.name(), third.name())
                .contains("Acme Dental", "Zeta Law");
    }

    @Test
    void a_lost_answer_to_the_list_upload_is_retried_and_the_customer_is_listed_once_without_a_person() {
        Customer customer = customer("Optician");
        long uploadsBefore = uploadsOfTheList();
        // the upload is written, but its answer comes after the client's timeout
        Sandbox.fault(Map.of("pathContains", "/graph/v1.0/drives/", "pathEndsWith", "/content", "method", "PUT",
                "delayAfterMillis", 8000, "times", 1));
        ContractCreated event = created(customer, false, RMM);
        EventBus.send(event);

        StepChanged done = awaitStep(event.onboardingId(), MsaListStep.STEP, StepStatus.DONE, null);

        assertThat(done.message()).contains("read again");
        assertThat(listedCustomers()).containsOnlyOnce(customer.name());
        assertThat(uploadsOfTheList() - uploadsBefore).isEqualTo(1);
    }

    @Test
    void rmm_items_that_appear_late_get_the_contract_and_other_items_are_left_alone() {
        Customer customer = customer("Late Devices");
        long printer = Sandbox.seedAutotask("ConfigurationItems", Map.of("companyID", customer.companyId(), "productID", 302,
                "isActive", true, "referenceTitle", "Office printer"));
        ContractCreated event = created(customer, false, RMM);
        EventBus.send(event);
        awaitStep(event.onboardingId(), ConfigurationItemsStep.STEP, StepStatus.PENDING, "RMM setup");

        EventBus.send(SetupCompleted.of(event.onboardingId(), ServiceKind.RMM, LocalDate.of(2026, 12, 3), "stella"));
        awaitStep(event.onboardingId(), ConfigurationItemsStep.STEP, StepStatus.PENDING, "waiting for the RMM agent");
        long pc1 = rmmItem(customer, "DINER-PC1");
        long pc2 = rmmItem(customer, "DINER-PC2");

        StepChanged done = awaitStep(event.onboardingId(), ConfigurationItemsStep.STEP, StepStatus.DONE, null);
        assertThat(done.message()).contains("DINER-PC1", "DINER-PC2");
        assertThat(items(customer)).allSatisfy(i -> {
            if (i.path("id").asLong() == printer) {
                assertThat(i.hasNonNull("contractID")).isFalse();
            } else {
                assertThat(i.path("id").asLong()).isIn(pc1, pc2);
                assertThat(i.path("contractID").asLong()).isEqualTo(customer.contractId());
            }
        });
    }

    @Test
    void rmm_items_that_never_appear_need_a_person_told_what_is_missing() {
        Customer customer = customer("No Agent");
        ContractCreated event = created(customer, false, RMM);
        EventBus.send(event);
        EventBus.send(SetupCompleted.of(event.onboardingId(), ServiceKind.RMM, LocalDate.of(2026, 12, 3), "stella"));

        StepChanged attention = awaitStep(event.onboardingId(), ConfigurationItemsStep.STEP, StepStatus.NEEDS_ATTENTION, null);

        assertThat(attention.message()).contains(customer.name(), "RMM agent", "company " + customer.companyId());
    }

    @Test
    void a_backup_only_contract_gets_its_configuration_item_created_once() {
        Customer customer = customer("Backup Only");
        ContractCreated event = created(customer, false, BACKUP);
        EventBus.send(event);
        awaitStep(event.onboardingId(), ConfigurationItemsStep.STEP, StepStatus.PENDING, "backup setup");
        EventBus.send(SetupCompleted.of(event.onboardingId(), ServiceKind.BACKUP, LocalDate.of(2026, 12, 5), "backup-setup"));
        awaitStep(event.onboardingId(), ConfigurationItemsStep.STEP, StepStatus.DONE, "(created)");

        EventBus.send(StepRetryRequested.of(event.onboardingId(), ConfigurationItemsStep.STEP, "stella"));
        awaitStep(event.onboardingId(), ConfigurationItemsStep.STEP, StepStatus.DONE, "already carries");

        assertThat(items(customer)).singleElement().satisfies(item -> {
            assertThat(item.path("productID").asLong()).isEqualTo(301);
            assertThat(item.path("contractID").asLong()).isEqualTo(customer.contractId());
            assertThat(item.path("isActive").asBoolean()).isTrue();
        });
    }

    @Test
    void the_help_desk_field_is_untouched_after_contract_and_setup_and_set_with_its_picklist_value_at_go_live() {
        Customer customer = customer("Help Desk");
        rmmItem(customer, "HD-PC1");
        ContractCreated event = created(customer, true, RMM);
        EventBus.send(event);
        EventBus.send(SetupCompleted.of(event.onboardingId(), ServiceKind.RMM, LocalDate.of(2026, 12, 3), "stella"));
        awaitStep(event.onboardingId(), ConfigurationItemsStep.STEP, StepStatus.DONE, null);
        awaitStep(event.onboardingId(), HelpDeskUdfStep.STEP, StepStatus.PENDING, "go-live");

        assertThat(companyUpdates(customer)).isEmpty();
        assertThat(company(customer).has("userDefinedFields")).isFalse();

        EventBus.send(GoLiveReached.of(event.onboardingId(), LocalDate.of(2027, 1, 4)));
        awaitStep(event.onboardingId(), HelpDeskUdfStep.STEP, StepStatus.DONE, "1-Full Help Desk");

        assertThat(companyUpdates(customer)).hasSize(1);
        assertThat(company(customer).path("userDefinedFields")).singleElement().satisfies(udf -> {
            assertThat(udf.path("name").asText()).isEqualTo("Help Desk Support Type");
            assertThat(udf.path("value").asText()).isEqualTo("Full Help Desk");
        });
    }

    @Test
    void the_it_glue_type_of_managed_services_is_set_and_every_other_trait_stays_even_when_throttled() {
        Customer customer = customer("Site Summary");
        JsonNode seeded = Sandbox.call("POST", "/sandbox/itglue/site-summaries", Map.of("organization", customer.name(),
                "traits", Map.of("type-of-managed-services", "RMM Only", "after-hours-access", true)));
        ContractCreated event = created(customer, false, RMM, BACKUP);
        // IT Glue throttles: the client waits as told by Retry-After and goes on
        Sandbox.fault(Map.of("pathContains", "/itglue/flexible_assets", "status", 429, "retryAfterSeconds", 1, "times", 2));
        EventBus.send(event);

        awaitStep(event.onboardingId(), ITGlueStep.STEP, StepStatus.DONE, "RMM and Backup");

        JsonNode traits = Sandbox.call("GET", "/sandbox/itglue/flexible-assets/" + seeded.path("id").asLong(), null)
                .path("traits");
        assertThat(traits.path("type-of-managed-services").asText()).isEqualTo("RMM and Backup");
        JsonNode before = seeded.path("traits");
        for (String key : List.of("site-name", "internet-provider", "after-hours-access", "notes", "primary-contact")) {
            assertThat(traits.path(key)).as(key).isEqualTo(before.path(key));
        }
    }

    @Test
    void an_existing_help_desk_customer_signing_backup_keeps_help_desk_in_autotask_and_it_glue() {
        Customer customer = customer("Existing Help Desk");
        Sandbox.personChangesAutotask("Companies", Map.of("id", customer.companyId(), "userDefinedFields",
                List.of(Map.of("name", "Help Desk Support Type", "value", "Full Help Desk"))));
        JsonNode seeded = Sandbox.call("POST", "/sandbox/itglue/site-summaries", Map.of("organization", customer.name(),
                "traits", Map.of("type-of-managed-services", "Fully Managed")));
        long updatesBefore = companyUpdates(customer).size();
        ContractCreated event = created(customer, false, BACKUP);
        EventBus.send(event);
        awaitStep(event.onboardingId(), ITGlueStep.STEP, StepStatus.DONE, "never downgraded to 'Backup Only'");
        EventBus.send(GoLiveReached.of(event.onboardingId(), LocalDate.of(2027, 1, 4)));
        awaitStep(event.onboardingId(), HelpDeskUdfStep.STEP, StepStatus.DONE, "never downgraded to '3-Backup Only'");

        assertThat(companyUpdates(customer)).hasSize((int) updatesBefore);
        assertThat(company(customer).path("userDefinedFields").get(0).path("value").asText()).isEqualTo("Full Help Desk");
        assertThat(Sandbox.call("GET", "/sandbox/itglue/flexible-assets/" + seeded.path("id").asLong(), null)
                .path("traits").path("type-of-managed-services").asText()).isEqualTo("Fully Managed");
    }

    @Test
    void a_hand_set_value_the_merge_table_does_not_know_is_left_alone_and_reported() {
        Customer customer = customer("Remote Help Desk");
        Sandbox.personChangesAutotask("Companies", Map.of("id", customer.companyId(), "userDefinedFields",
                List.of(Map.of("name", "Help Desk Support Type", "value", "Remote Help Desk"))));
        ContractCreated event = created(customer, true, RMM);
        EventBus.send(event);
        EventBus.send(GoLiveReached.of(event.onboardingId(), LocalDate.of(2027, 1, 4)));
        awaitStep(event.onboardingId(), HelpDeskUdfStep.STEP, StepStatus.DONE, "left at '2-Remote Help Desk', set by hand");
        assertThat(company(customer).path("userDefinedFields").get(0).path("value").asText()).isEqualTo("Remote Help Desk");
    }

    @Test
    void a_customer_missing_in_it_glue_needs_a_person_and_a_retry_finishes_the_step() {
        Customer customer = customer("Not Synced");
        ContractCreated event = created(customer, true, RMM);
        EventBus.send(event);
        assertThat(awaitStep(event.onboardingId(), ITGlueStep.STEP, StepStatus.NEEDS_ATTENTION, null).message())
                .contains("no organization named '" + customer.name() + "'");

        Sandbox.call("POST", "/sandbox/itglue/site-summaries", Map.of("organization", customer.name()));
        EventBus.send(StepRetryRequested.of(event.onboardingId(), ITGlueStep.STEP, "stella"));

        awaitStep(event.onboardingId(), ITGlueStep.STEP, StepStatus.DONE, "Fully Managed");
    }

    @Test
    void a_normal_onboarding_driven_by_events_finishes_every_documentation_step() {
        Customer customer = customer("Normal Diner");
        Sandbox.call("POST", "/sandbox/itglue/site-summaries", Map.of("organization", customer.name()));
        ContractCreated event = created(customer, false, RMM);
        EventBus.send(event);
        EventBus.send(SetupCompleted.of(event.onboardingId(), ServiceKind.RMM, LocalDate.of(2026, 12, 3), "stella"));
        awaitStep(event.onboardingId(), ConfigurationItemsStep.STEP, StepStatus.PENDING, "waiting for the RMM agent");
        rmmItem(customer, "NORMAL-PC1");
        EventBus.send(GoLiveReached.of(event.onboardingId(), LocalDate.of(2027, 1, 4)));

        for (String step : DocumentationFlow.STEPS) {
            awaitStep(event.onboardingId(), step, StepStatus.DONE, null);
        }
        assertThat(listedCustomers()).containsOnlyOnce(customer.name());
        assertThat(company(customer).path("userDefinedFields").get(0).path("value").asText()).isEqualTo("No Help Desk");
    }

    @Test
    void events_that_arrive_before_the_contract_are_kept_and_acted_on_when_it_comes() {
        Customer customer = customer("Early Events");
        rmmItem(customer, "EARLY-PC1");
        ContractCreated event = created(customer, false, RMM);
        EventBus.send(GoLiveReached.of(event.onboardingId(), LocalDate.of(2027, 1, 4)));
        EventBus.send(SetupCompleted.of(event.onboardingId(), ServiceKind.RMM, LocalDate.of(2026, 12, 3), "stella"));
        EventBus.awaitRecords(Topics.STEP_CHANGED, all -> false, Duration.ofSeconds(2), true);
        assertThat(companyUpdates(customer)).isEmpty();

        EventBus.send(event);

        awaitStep(event.onboardingId(), ConfigurationItemsStep.STEP, StepStatus.DONE, "EARLY-PC1");
        awaitStep(event.onboardingId(), HelpDeskUdfStep.STEP, StepStatus.DONE, "4-No Help Desk");
    }

    private static List<JsonNode> companyUpdates(Customer customer) {
        return Sandbox.record("autotask").stream().filter(e -> e.path("operation").asText().equals("update")
                && e.path("target").asText().equals("Companies")
                && e.path("details").path("id").asLong() == customer.companyId()).toList();
    }

    private static JsonNode company(Customer customer) {
        return Sandbox.autotask("Companies").stream().filter(c -> c.path("id").asLong() == customer.companyId())
                .findFirst().orElseThrow();
    }
}
