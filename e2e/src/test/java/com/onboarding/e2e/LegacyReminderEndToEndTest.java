package com.onboarding.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.onboarding.testsupport.Sandbox;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Issue 13's legacy reminder customer through the whole suite: the step waits for a person with the exact line for
 * {@code Users - leave PCs on.cmd} (shown on the staff checklist), nothing is registered with Power Automate, and a
 * person's confirmation with evidence makes it DONE.
 */
class LegacyReminderEndToEndTest {

    static final String TODAY = LocalDate.now(ZoneId.of("America/New_York")).toString();

    @BeforeAll
    static void startTheSuite() {
        RunningSuite.start(RunningSuite.TERMS_ON_FILE);
    }

    @Test
    void a_legacy_reminder_business_customer_waits_for_a_person_with_the_exact_cmd_line_and_is_done_on_confirmation()
            throws Exception {
        RunningSuite suite = RunningSuite.start(RunningSuite.TERMS_ON_FILE);
        Staff stella = new Staff(suite.gatewayUrl(), Identity.login("stella", "stella"));
        String company = RunningSuite.LEGACY_REMINDER_CUSTOMER;
        TheTenant.hasCustomer(company);
        String onboarding = "e2e-legacy-" + UUID.randomUUID();
        SignedEnvelope envelope = new SignedEnvelope(onboarding)
                .with("AccountName", company).with("CustomerType", "Business")
                .with("RmmService", "Tier 1 RMM").with("RmmDevices", "Workstation").with("RmmMonthlyPrice", "60.00")
                .with("SetupFee", "50.00").with("Commitment", "Monthly").with("ManagedHelpDesk", "No")
                .with("Platforms", "Windows")
                .with("ReportRecipients", "Office <office@wren.example>")
                .with("ReminderRecipients", "Front Desk <desk@wren.example>; Back Office <back@wren.example>")
                .with("ServiceStart", TODAY);
        assertThat(envelope.deliverTo(suite.gatewayUrl(), RunningSuite.CONNECT_HMAC_KEY)).isEqualTo(200);

        stella.awaitStep(onboarding, "reminders.leave-on", "WAITING_FOR_PERSON");

        JsonNode step = step(stella.onboarding(onboarding), "reminders.leave-on");
        assertThat(step.path("message").asText()).contains("Users - leave PCs on.cmd")
                .contains("blat.exe \"Leave PCs on - Windows.txt\" -f \"support@geekgirls.example\" -to"
                        + " \"support@geekgirls.example\" -bcc \"back@wren.example,desk@wren.example\" -subject \"Reminder for"
                        + " Wren Legacy Office: please leave your computers on tonight\"")
                .contains("Message text file to pick: 'Leave PCs on - Windows.txt'");
        assertThat(Writes.of(Sandbox.record(null)).all("power-automate", "register", null,
                Writes.fieldContains("subject", company))).as("not registered with Power Automate").isEmpty();

        stella.confirm(onboarding, "reminders.leave-on", "Added the line to the ScreenConnect server's file");
        stella.awaitStep(onboarding, "reminders.leave-on", "DONE");
        assertThat(step(stella.onboarding(onboarding), "reminders.leave-on").path("message").asText())
                .contains("Added the line to the ScreenConnect server's file");
    }

    private static JsonNode step(JsonNode onboarding, String id) {
        for (JsonNode step : onboarding.path("checklist")) {
            if (step.path("step").asText().equals(id)) {
                return step;
            }
        }
        throw new AssertionError("No step " + id + " in " + onboarding);
    }
}
