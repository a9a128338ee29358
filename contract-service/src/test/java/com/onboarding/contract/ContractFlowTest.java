package com.onboarding.contract;

import static com.onboarding.contract.Agreements.CLOUD_BACKUP;
import static com.onboarding.contract.Agreements.TIER_2_RMM;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.onboarding.events.Commitment;
import com.onboarding.events.ContractCreated;
import com.onboarding.events.ContractSigned;
import com.onboarding.events.ServiceKind;
import com.onboarding.events.SetupCompleted;
import com.onboarding.events.StepChanged;
import com.onboarding.events.StepRetryRequested;
import com.onboarding.events.StepStatus;
import com.onboarding.testsupport.EventBus;
import com.onboarding.testsupport.RealInfrastructure;
import com.onboarding.testsupport.Sandbox;
import com.onboarding.testsupport.SandboxProcess;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
@QuarkusTestResource(value = RealInfrastructure.class, initArgs = @ResourceArg(name = "database", value = "contract"))
@QuarkusTestResource(SandboxProcess.class)
class ContractFlowTest {

    @Inject
    MovableClock clock;

    @AfterEach
    void clearFaults() {
        Sandbox.clearFaults();
    }

    @Test
    void a_new_customer_gets_a_new_monthly_contract_with_the_setup_fee() {
        String account = Agreements.uniqueAccount("Joe's Diner");
        long company = Agreements.seedCompany(account);
        String onboarding = UUID.randomUUID().toString();

        EventBus.send(ContractSigned.of(onboarding, Agreements.terms(account, Commitment.MONTHLY, null, TIER_2_RMM)));

        ContractCreated created = EventBus.awaitEvents(ContractCreated.class, onboarding, 1).get(0);
        assertThat(created.reused()).isFalse();
        assertThat(created.companyName()).isEqualTo(account);
        JsonNode contract = only(contractsOf(company));
        assertThat(contract.path("contractName").asText()).isEqualTo(account + " Monthly Services");
        assertThat(contract.path("contractType").asInt()).isEqualTo(7);
        assertThat(contract.path("contractPeriodType").asInt()).isEqualTo(1);
        assertThat(contract.path("startDate").asText()).startsWith("2026-12-01");
        assertThat(contract.path("endDate").asText()).startsWith("2028-05-31");
        assertThat(contract.path("isDefaultContract").asBoolean()).isTrue();
        JsonNode charge = only(chargesOf(created.contractId()));
        assertThat(charge.path("unitPrice").decimalValue()).isEqualByComparingTo("249.50");
        assertThat(charge.path("unitQuantity").asInt()).isEqualTo(1);
    }

    @Test
    void a_monthly_contract_the_customer_already_has_is_reused() {
        String account = Agreements.uniqueAccount("Reuse Bakery");
        long company = Agreements.seedCompany(account);
        long existing = Agreements.seedMonthlyContract(company);
        String onboarding = UUID.randomUUID().toString();

        EventBus.send(ContractSigned.of(onboarding, Agreements.terms(account, Commitment.MONTHLY, null, TIER_2_RMM)));

        ContractCreated created = EventBus.awaitEvents(ContractCreated.class, onboarding, 1).get(0);
        assertThat(created.reused()).isTrue();
        assertThat(created.contractId()).isEqualTo(existing);
        assertThat(contractsOf(company)).hasSize(1);
        assertThat(only(chargesOf(existing)).path("unitPrice").decimalValue()).isEqualByComparingTo("249.50");
        assertThat(only(contractsOf(company)).path("isDefaultContract").asBoolean())
                .as("managed services with help desk: the reused contract becomes the Default Service Desk Contract").isTrue();
    }

    @Test
    void of_several_monthly_contracts_the_default_service_desk_one_is_picked_and_the_step_says_so() {
        String account = Agreements.uniqueAccount("Two Contract Deli");
        long company = Agreements.seedCompany(account);
        long longer = Agreements.seedMonthlyContract(company);
        long desk = Sandbox.seedAutotask("Contracts", java.util.Map.of("companyID", company, "contractName", "Help Desk Monthly",
                "contractType", 7, "contractPeriodType", 1, "status", 1, "startDate", "2025-06-01T00:00:00",
                "endDate", "2027-06-30T00:00:00", "timeReportingRequiresStartAndStopTimes", false, "isDefaultContract", true));
        String onboarding = UUID.randomUUID().toString();

        EventBus.send(ContractSigned.of(onboarding, Agreements.terms(account, Commitment.MONTHLY, null, TIER_2_RMM)));

        ContractCreated created = EventBus.awaitEvents(ContractCreated.class, onboarding, 1).get(0);
        assertThat(created.contractId()).isEqualTo(desk);
        assertThat(contractsOf(company)).hasSize(2);
        assertThat(EventBus.awaitStep(onboarding, ContractSteps.RECURRING, com.onboarding.events.StepStatus.DONE).message())
                .contains("2 monthly contracts", "Default Service Desk Contract", "(" + longer + ")");
        assertThat(Sandbox.record("autotask")).as("the flag was already set: no update")
                .noneMatch(e -> e.path("operation").asText().equals("update") && e.path("target").asText().equals("Contracts")
                        && e.path("details").path("id").asLong() == desk);
    }

    @Test
    void an_annual_commitment_gets_its_own_contract_even_with_a_monthly_one() {
        String account = Agreements.uniqueAccount("Annual Florist");
        long company = Agreements.seedCompany(account);
        long existing = Agreements.seedMonthlyContract(company);
        String onboarding = UUID.randomUUID().toString();

        EventBus.send(ContractSigned.of(onboarding, Agreements.terms(account, Commitment.ANNUAL, null, TIER_2_RMM)));

        ContractCreated created = EventBus.awaitEvents(ContractCreated.class, onboarding, 1).get(0);
        assertThat(created.reused()).isFalse();
        assertThat(created.contractId()).isNotEqualTo(existing);
        assertThat(contractsOf(company)).hasSize(2);
    }

    @Test
    void services_are_added_only_after_their_setup_is_completed_at_the_signed_price_from_the_actual_start() {
        String account = Agreements.uniqueAccount("Setup Garage");
        Agreements.seedCompany(account);
        String onboarding = UUID.randomUUID().toString();
        EventBus.send(ContractSigned.of(onboarding, Agreements.terms(account, Commitment.MONTHLY, null, TIER_2_RMM, CLOUD_BACKUP)));
        long contract = EventBus.awaitEvents(ContractCreated.class, onboarding, 1).get(0).contractId();
        assertThat(servicesOf(contract)).isEmpty();

        EventBus.send(SetupCompleted.of(onboarding, ServiceKind.RMM, LocalDate.of(2026, 12, 9), "stella"));

        StepChanged rmmOnly = EventBus.awaitStep(onboarding, ContractSteps.SERVICES, StepStatus.PENDING);
        await().atMost(Duration.ofSeconds(30)).until(() -> servicesOf(contract).size() == 1);
        JsonNode rmm = only(servicesOf(contract));
        assertThat(rmm.path("serviceID").asLong()).isEqualTo(102);
        assertThat(rmm.path("unitPrice").decimalValue()).isEqualByComparingTo("150.00");
        assertThat(unitsStart(contract, 102)).startsWith("2026-12-09");
        assertThat(rmmOnly.message()).contains("BACKUP");

        EventBus.send(SetupCompleted.of(onboarding, ServiceKind.BACKUP, LocalDate.of(2026, 12, 11), "backup-setup-service"));

        EventBus.awaitStep(onboarding, ContractSteps.SERVICES, StepStatus.DONE);
        assertThat(servicesOf(contract)).hasSize(2);
        assertThat(unitsStart(contract, 201)).startsWith("2026-12-11");
        EventBus.awaitStep(onboarding, ContractSteps.RECURRING_TICKETS, StepStatus.DONE);
    }

    @Test
    void each_due_recurring_ticket_is_created_once_and_a_refused_one_waits_for_a_retry() {
        String account = Agreements.uniqueAccount("Recurring Salon");
        long company = Agreements.seedCompany(account);
        String onboarding = UUID.randomUUID().toString();
        EventBus.send(ContractSigned.of(onboarding, Agreements.terms(account, Commitment.MONTHLY, null, TIER_2_RMM)));
        long contract = EventBus.awaitEvents(ContractCreated.class, onboarding, 1).get(0).contractId();
        // the earliest start of this class's tests, so this schedule's occurrence is the first one due
        EventBus.send(SetupCompleted.of(onboarding, ServiceKind.RMM, LocalDate.of(2026, 12, 1), "stella"));

        StepChanged scheduled = EventBus.awaitStep(onboarding, ContractSteps.RECURRING_TICKETS, StepStatus.DONE);
        assertThat(scheduled.message()).contains("first due 2026-12-01");
        assertThat(ticketsOf(company)).isEmpty();

        Sandbox.fault(Map.of("pathEndsWith", "/V1.0/Tickets", "method", "POST", "status", 400, "times", 1));
        Instant before = clock.instant();
        clock.set(Instant.parse("2027-01-10T12:00:00Z"));
        try {
            StepChanged refused = EventBus.awaitStep(onboarding, ContractSteps.RECURRING_TICKETS, StepStatus.NEEDS_ATTENTION);
            assertThat(refused.message()).contains("2026-12-01").contains("retry");
            assertThat(ticketsOf(company)).isEmpty();

            EventBus.send(StepRetryRequested.of(onboarding, ContractSteps.RECURRING_TICKETS, "stella"));

            // the occurrences of 2026-12-01 and 2027-01-01 are due; later timer ticks make no more
            await().atMost(Duration.ofSeconds(30)).until(() -> ticketsOf(company).size() == 2);
            await().during(Duration.ofSeconds(3)).atMost(Duration.ofSeconds(10)).until(() -> ticketsOf(company).size() == 2);
        } finally {
            clock.set(before);
        }
        assertThat(ticketsOf(company)).allSatisfy(ticket -> {
            assertThat(ticket.path("contractID").asLong()).isEqualTo(contract);
            assertThat(ticket.path("queueID").asLong()).isEqualTo(29683481);
            assertThat(ticket.path("ticketCategory").asLong()).isEqualTo(1);
        }).extracting(ticket -> ticket.path("dueDateTime").asText().substring(0, 10))
                .containsExactlyInAnyOrder("2026-12-01", "2027-01-01");
        assertThat(Sandbox.record("autotask")).filteredOn(e -> e.path("target").asText().equals("Tickets")
                && e.path("details").path("companyID").asLong() == company).hasSize(2);
    }

    @Test
    void a_price_other_than_the_signed_one_needs_attention() {
        String account = Agreements.uniqueAccount("Mismatch Deli");
        long company = Agreements.seedCompany(account);
        long existing = Agreements.seedMonthlyContract(company);
        // someone already added the service at the catalogue's default price
        Sandbox.seedAutotask("ContractServices", Map.of("contractID", existing, "serviceID", 102, "unitPrice", 40.00));
        String onboarding = UUID.randomUUID().toString();
        EventBus.send(ContractSigned.of(onboarding, Agreements.terms(account, Commitment.MONTHLY, null, TIER_2_RMM)));
        EventBus.awaitEvents(ContractCreated.class, onboarding, 1);

        EventBus.send(SetupCompleted.of(onboarding, ServiceKind.RMM, LocalDate.of(2026, 12, 9), "stella"));

        StepChanged step = EventBus.awaitStep(onboarding, ContractSteps.SERVICES, StepStatus.NEEDS_ATTENTION);
        assertThat(step.message()).contains("40").contains("150.00").contains("retry");
    }

    @Test
    void an_unknown_account_needs_attention_naming_it() {
        String onboarding = UUID.randomUUID().toString();
        EventBus.send(ContractSigned.of(onboarding, Agreements.terms("Nobody Knows Inc", Commitment.MONTHLY, null, TIER_2_RMM)));

        StepChanged step = EventBus.awaitStep(onboarding, ContractSteps.RECURRING, StepStatus.NEEDS_ATTENTION);
        assertThat(step.message()).contains("Nobody Knows Inc");
    }

    @Test
    void autotask_throttling_is_retried_and_the_contract_is_made_once() {
        String account = Agreements.uniqueAccount("Throttled Cafe");
        long company = Agreements.seedCompany(account);
        Sandbox.fault(Map.of("pathEndsWith", "/V1.0/Contracts", "method", "POST", "status", 429, "retryAfterSeconds", 1,
                "times", 2));
        String onboarding = UUID.randomUUID().toString();

        EventBus.send(ContractSigned.of(onboarding, Agreements.terms(account, Commitment.MONTHLY, null, TIER_2_RMM)));

        EventBus.awaitEvents(ContractCreated.class, onboarding, 1);
        assertThat(contractsOf(company)).hasSize(1);
    }

    @Test
    void a_timeout_after_autotask_created_the_contract_does_not_make_a_second() {
        String account = Agreements.uniqueAccount("Slow Pizza");
        long company = Agreements.seedCompany(account);
        Sandbox.fault(Map.of("pathEndsWith", "/V1.0/Contracts", "method", "POST", "delayAfterMillis", 3500, "times", 1));
        String onboarding = UUID.randomUUID().toString();

        EventBus.send(ContractSigned.of(onboarding, Agreements.terms(account, Commitment.MONTHLY, null, TIER_2_RMM)));

        EventBus.awaitEvents(ContractCreated.class, onboarding, 1);
        assertThat(contractsOf(company)).hasSize(1);
        assertThat(Sandbox.record("autotask")).filteredOn(e -> e.path("target").asText().equals("Contracts")
                && e.path("details").path("companyID").asLong() == company).hasSize(1);
    }

    static List<JsonNode> contractsOf(long company) {
        return Sandbox.autotask("Contracts").stream().filter(c -> c.path("companyID").asLong() == company).toList();
    }

    static List<JsonNode> chargesOf(long contract) {
        return Sandbox.autotask("ContractCharges").stream().filter(c -> c.path("contractID").asLong() == contract).toList();
    }

    static List<JsonNode> ticketsOf(long company) {
        return Sandbox.autotask("Tickets").stream().filter(t -> t.path("companyID").asLong() == company).toList();
    }

    static List<JsonNode> servicesOf(long contract) {
        return Sandbox.autotask("ContractServices").stream().filter(c -> c.path("contractID").asLong() == contract).toList();
    }

    static String unitsStart(long contract, long service) {
        return Sandbox.autotask("ContractServiceUnits").stream()
                .filter(u -> u.path("contractID").asLong() == contract && u.path("serviceID").asLong() == service)
                .findFirst().orElseThrow().path("startDate").asText();
    }

    static JsonNode only(List<JsonNode> items) {
        assertThat(items).hasSize(1);
        return items.get(0);
    }
}
