package com.onboarding.reminder.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.onboarding.events.Platforms;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What a person is told to add to the legacy "Users - leave PCs on.cmd", and who goes to the legacy path at all. */
class LegacyInstructionsTest {

    private static final String SENDER = "support@geekgirls.example";

    @Test
    void a_business_customer_gets_one_new_command_line_with_the_text_file_of_its_platforms() {
        LegacyCommandFile.Command command = new LegacyCommandFile.Command(
                "Reminder for Smith and Sons: please leave your computers on tonight", LegacyCommandFile.textFile(Platforms.MAC),
                List.of("office@smith.example", "boss@smith.example"));

        String text = LegacyInstructions.newCommand(command, Platforms.MAC, SENDER);

        assertThat(text).contains("Users - leave PCs on.cmd").contains("\nblat.exe \"Leave PCs on - Mac.txt\" -f \""
                + SENDER + "\" -to \"" + SENDER + "\" -bcc \"boss@smith.example,office@smith.example\" -subject \"Reminder"
                + " for Smith and Sons: please leave your computers on tonight\"\n")
                .contains("Message text file to pick: 'Leave PCs on - Mac.txt' (Mac computers)").contains("confirm");
    }

    @Test
    void a_residential_customer_is_a_bcc_addition_to_the_shared_command_never_a_command_of_its_own() {
        LegacyCommandFile.Command shared = new LegacyCommandFile.Command(ReminderPlan.SHARED_RESIDENTIAL_SUBJECT,
                LegacyCommandFile.textFile(Platforms.BOTH), List.of("earlier@home.example", "ann@home.example"));

        String text = LegacyInstructions.bccAddition(List.of("ann@home.example"), shared, SENDER);

        assertThat(text).contains("add ann@home.example to the -bcc list of the command with -subject \"Reminder for NY"
                + " Geek Girls RMM Customers\"")
                .contains("-bcc \"ann@home.example,earlier@home.example\" -subject \"Reminder for NY Geek Girls RMM Customers\"")
                .contains("'Leave PCs on - Windows and Mac.txt'");
        assertThat(text.lines().filter(line -> line.startsWith("blat.exe"))).hasSize(1);
    }

    @Test
    void a_hostile_address_renders_nothing_and_names_the_address() {
        LegacyCommandFile.Command command = new LegacyCommandFile.Command("Reminder for X", "t.txt",
                List.of("ok@x.example", "joe\"&del *@x.example"));

        assertThatThrownBy(() -> LegacyInstructions.newCommand(command, Platforms.WINDOWS, SENDER))
                .isInstanceOf(ReminderRefused.class).hasMessageContaining("joe\"&del *@x.example");
    }

    @Test
    void only_the_configured_legacy_customers_take_the_legacy_path() {
        List<String> legacy = List.of(" Old Firm LLC ", "Grandma Home");

        assertThat(Delivery.of("old firm llc", legacy)).isEqualTo(Delivery.LEGACY);
        assertThat(Delivery.of("Grandma Home", legacy)).isEqualTo(Delivery.LEGACY);
        assertThat(Delivery.of("Old Firm", legacy)).isEqualTo(Delivery.POWER_AUTOMATE);
        assertThat(Delivery.of("Anyone", List.of("-"))).isEqualTo(Delivery.POWER_AUTOMATE);
        assertThat(Delivery.of("", List.of(""))).isEqualTo(Delivery.POWER_AUTOMATE);
    }
}
