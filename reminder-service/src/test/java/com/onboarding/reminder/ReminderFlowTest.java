package com.onboarding.reminder;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

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
import com.onboarding.events.StepSkipped;
import com.onboarding.events.StepStatus;
import com.onboarding.testsupport.EventBus;
import com.onboarding.testsupport.KeycloakServer;
import com.onboarding.testsupport.RealInfrastructure;
import com.onboarding.testsupport.Sandbox;
import com.onboarding.testsupport.SandboxProcess;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
@QuarkusTestResource(value = RealInfrastructure.class, initArgs = @ResourceArg(name = "database", value = "reminder"))
@QuarkusTestResource(SandboxProcess.class)
@QuarkusTestResource(KeycloakServer.class)
class ReminderFlowTest {

    static ContractCreated created(String company, CustomerKind kind, Platforms platforms, DeviceKind devices, String... emails) {
        String onboarding = UUID.randomUUID().toString();
        AgreementTerms terms = new AgreementTerms(company, kind,
                List.of(new SignedService(ServiceKind.RMM, "Tier 1 RMM", devices, new BigDecimal("50.00"))), BigDecimal.ZERO,
                Commitment.MONTHLY, false, platforms, List.of(),
                java.util.Arrays.stream(emails).map(e -> new Contact("User", e)).toList(), LocalDate.of(2026, 12, 1), null);
        return ContractCreated.of(onboarding, 174, company, 1, company + " Monthly Services", false, terms);
    }

    static List<JsonNode> registrations() {
        List<JsonNode> list = new java.util.ArrayList<>();
        Sandbox.call("GET", "/power-automate/workflows/leave-pcs-on/triggers/manual/paths/invoke/sandbox-registrations", null)
                .forEach(list::add);
        return list;
    }

    static String commandFile() {
        return given().auth().oauth2(KeycloakServer.token("stella", "stella")).get("/reminders/legacy-command-file").then().statusCode(200).extract().asString();
    }

    @Test
    void residential_customers_join_the_one_shared_reminder_once_each_even_when_redelivered() {
        String first = "ann-" + UUID.randomUUID().toString().substring(0, 6) + "@home.example";
        String second = "bob-" + UUID.randomUUID().toString().substring(0, 6) + "@home.example";
        ContractCreated ann = created("Ann Home", CustomerKind.RESIDENTIAL, Platforms.WINDOWS, DeviceKind.WORKSTATION, first);
        String id = EventBus.send(ann);
        EventBus.awaitStep(ann.onboardingId(), LeaveOnReminders.STEP, StepStatus.DONE);
        EventBus.resend(ann, id);
        ContractCreated bob = created("Bob Home", CustomerKind.RESIDENTIAL, Platforms.MAC, DeviceKind.WORKSTATION, second);
        EventBus.send(bob);
        EventBus.awaitStep(bob.onboardingId(), LeaveOnReminders.STEP, StepStatus.DONE);

        JsonNode shared = registrations().stream()
                .filter(r -> r.path("subject").asText().equals("Reminder for NY Geek Girls RMM Customers"))
                .filter(r -> r.path("bcc").toString().contains(second)).findFirst().orElseThrow();
        assertThat(shared.path("bcc").toString().split(first, -1)).hasSize(2);
        assertThat(commandFile()).doesNotContain(first, second);
    }

    @Test
    void a_business_customer_gets_its_own_reminder_with_the_text_of_its_platforms() {
        for (Platforms platforms : Platforms.values()) {
            String company = "Office " + platforms + " " + UUID.randomUUID().toString().substring(0, 6);
            ContractCreated event = created(company, CustomerKind.BUSINESS, platforms, DeviceKind.WORKSTATION,
                    "staff@" + platforms.name().toLowerCase() + ".example");
            EventBus.send(event);
            EventBus.awaitStep(event.onboardingId(), LeaveOnReminders.STEP, StepStatus.DONE);

            JsonNode registration = registrations().stream()
                    .filter(r -> r.path("subject").asText().contains(company)).findFirst().orElseThrow();
            String expected = switch (platforms) {
                case WINDOWS -> "Leave PCs on - Windows.txt";
                case MAC -> "Leave PCs on - Mac.txt";
                case BOTH -> "Leave PCs on - Windows and Mac.txt";
            };
            assertThat(registration.path("textTemplate").asText()).isEqualTo(expected);
        }
    }

    @Test
    void an_ampersand_in_the_company_name_becomes_and_and_never_reaches_a_command() {
        String suffix = UUID.randomUUID().toString().substring(0, 6);
        ContractCreated event = created("Smith & Sons " + suffix, CustomerKind.BUSINESS, Platforms.WINDOWS,
                DeviceKind.WORKSTATION, "office@smith.example");
        EventBus.send(event);

        StepChanged done = EventBus.awaitStep(event.onboardingId(), LeaveOnReminders.STEP, StepStatus.DONE);

        assertThat(done.message()).contains("Smith and Sons " + suffix).doesNotContain("&");
        assertThat(registrations()).filteredOn(r -> r.path("subject").asText().contains("Smith and Sons " + suffix)).hasSize(1);
        assertThat(commandFile()).doesNotContain("&");
    }

    @Test
    void an_address_with_an_ampersand_needs_attention() {
        ContractCreated event = created("Tom Jerry Ltd", CustomerKind.BUSINESS, Platforms.WINDOWS, DeviceKind.WORKSTATION,
                "tom&jerry@cartoon.example");
        EventBus.send(event);

        assertThat(EventBus.awaitStep(event.onboardingId(), LeaveOnReminders.STEP, StepStatus.NEEDS_ATTENTION).message())
                .contains("tom&jerry@cartoon.example");
    }

    @Test
    void server_only_rmm_is_skipped_with_the_reason() {
        ContractCreated event = created("Server Shop", CustomerKind.BUSINESS, Platforms.WINDOWS, DeviceKind.SERVER, "a@b.example");
        EventBus.send(event);

        assertThat(EventBus.awaitStep(event.onboardingId(), LeaveOnReminders.STEP, StepStatus.SKIPPED).message())
                .contains("workstation RMM only");
    }

    @Test
    void the_legacy_command_file_is_stable() {
        assertThat(commandFile()).isEqualTo(commandFile()).startsWith("@echo off\r\n");
    }

    @Test
    void each_reminder_revision_is_registered_with_power_automate_exactly_once() {
        ContractCreated event = created("Once Only " + UUID.randomUUID().toString().substring(0, 6), CustomerKind.BUSINESS,
                Platforms.BOTH, DeviceKind.WORKSTATION, "once@only.example");
        String id = EventBus.send(event);
        EventBus.awaitStep(event.onboardingId(), LeaveOnReminders.STEP, StepStatus.DONE);
        EventBus.resend(event, id);
        EventBus.awaitRecords(com.onboarding.events.Topics.STEP_CHANGED, all -> false, java.time.Duration.ofSeconds(2), true);

        assertThat(Sandbox.record("power-automate")).filteredOn(e -> e.path("details").path("subject").asText()
                .contains(event.companyName())).hasSize(1);
    }

    @Test
    void a_legacy_business_customer_waits_for_a_person_with_the_exact_command_line_and_is_done_on_confirmation() {
        ContractCreated event = created("Legacy Office Ltd", CustomerKind.BUSINESS, Platforms.MAC, DeviceKind.WORKSTATION,
                "front@legacy-office.example", "back@legacy-office.example");
        EventBus.send(event);

        StepChanged waiting = EventBus.awaitStep(event.onboardingId(), LeaveOnReminders.STEP, StepStatus.WAITING_FOR_PERSON);

        String line = "blat.exe \"Leave PCs on - Mac.txt\" -f \"support@geekgirls.example\" -to \"support@geekgirls.example\""
                + " -bcc \"back@legacy-office.example,front@legacy-office.example\" -subject \"Reminder for Legacy Office Ltd:"
                + " please leave your computers on tonight\"";
        assertThat(waiting.message()).contains("Users - leave PCs on.cmd").contains(line)
                .contains("Message text file to pick: 'Leave PCs on - Mac.txt'");
        assertThat(commandFile()).contains(line);
        assertThat(registrations()).noneMatch(r -> r.path("subject").asText().contains("Legacy Office Ltd"));

        EventBus.send(StepConfirmed.of(event.onboardingId(), LeaveOnReminders.STEP, "stella",
                OffsetDateTime.parse("2026-12-01T15:00:00Z"), null, "pasted on the ScreenConnect server"));

        assertThat(EventBus.awaitStep(event.onboardingId(), LeaveOnReminders.STEP, StepStatus.DONE).message())
                .contains("stella").contains("pasted on the ScreenConnect server");
    }

    @Test
    void a_legacy_residential_customer_is_a_bcc_addition_in_the_legacy_file_and_moves_nobody_else() {
        String legacyAddress = "gran-" + UUID.randomUUID().toString().substring(0, 6) + "@legacy-home.example";
        ContractCreated legacy = created("Legacy Home", CustomerKind.RESIDENTIAL, Platforms.WINDOWS, DeviceKind.WORKSTATION,
                legacyAddress);
        EventBus.send(legacy);

        assertThat(EventBus.awaitStep(legacy.onboardingId(), LeaveOnReminders.STEP, StepStatus.WAITING_FOR_PERSON).message())
                .contains("add " + legacyAddress + " to the -bcc list of the command with -subject \"Reminder for NY Geek"
                        + " Girls RMM Customers\"");
        String modern = "kid-" + UUID.randomUUID().toString().substring(0, 6) + "@home.example";
        ContractCreated other = created("Modern Home", CustomerKind.RESIDENTIAL, Platforms.WINDOWS, DeviceKind.WORKSTATION, modern);
        EventBus.send(other);

        assertThat(EventBus.awaitStep(other.onboardingId(), LeaveOnReminders.STEP, StepStatus.DONE).message())
                .contains("power automate");
        assertThat(registrations()).filteredOn(r -> r.path("bcc").toString().contains(legacyAddress)).isEmpty();
        String file = commandFile();
        assertThat(file).contains(legacyAddress).doesNotContain(modern);
    }

    @Test
    void a_confirmation_of_a_step_that_is_not_waiting_for_a_person_changes_nothing_and_a_skip_skips() {
        ContractCreated event = created("Tom Jerry Two Ltd", CustomerKind.BUSINESS, Platforms.WINDOWS, DeviceKind.WORKSTATION,
                "tom|jerry@cartoon.example");
        EventBus.send(event);
        EventBus.awaitStep(event.onboardingId(), LeaveOnReminders.STEP, StepStatus.NEEDS_ATTENTION);

        EventBus.send(StepConfirmed.of(event.onboardingId(), LeaveOnReminders.STEP, "stella",
                OffsetDateTime.parse("2026-12-01T15:00:00Z"), "T20261201.0001", null));
        EventBus.send(StepSkipped.of(event.onboardingId(), LeaveOnReminders.STEP, "adam", "customer declined reminders"));

        assertThat(EventBus.awaitStep(event.onboardingId(), LeaveOnReminders.STEP, StepStatus.SKIPPED).message())
                .contains("adam").contains("customer declined reminders");
        assertThat(EventBus.awaitRecords(com.onboarding.events.Topics.STEP_CHANGED, all -> false,
                java.time.Duration.ofSeconds(3), true)).filteredOn(r -> event.onboardingId().equals(r.key()))
                .noneMatch(r -> r.value().contains("\"status\":\"DONE\""));
    }
}
