package com.onboarding.reminder.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.onboarding.events.AgreementTerms;
import com.onboarding.events.Commitment;
import com.onboarding.events.Contact;
import com.onboarding.events.CustomerKind;
import com.onboarding.events.DeviceKind;
import com.onboarding.events.Platforms;
import com.onboarding.events.ServiceKind;
import com.onboarding.events.SignedService;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class ReminderRulesTest {

    @Test
    void an_ampersand_in_a_name_becomes_and() {
        assertThat(Ampersands.rewrite("Smith & Sons")).isEqualTo("Smith and Sons");
        assertThat(Ampersands.rewrite("Smith&Sons")).isEqualTo("Smith and Sons");
        assertThat(Ampersands.rewrite("A &&  B")).isEqualTo("A and B");
    }

    @Test
    void an_address_with_an_ampersand_is_refused_naming_it() {
        assertThatThrownBy(() -> Ampersands.address("tom&jerry@example.com")).isInstanceOf(ReminderRefused.class)
                .hasMessageContaining("tom&jerry@example.com");
    }

    @Test
    void a_residential_customer_is_added_to_the_shared_reminder() {
        assertThat(ReminderPlan.plan(terms(CustomerKind.RESIDENTIAL, Platforms.WINDOWS, DeviceKind.WORKSTATION), "Ann Home"))
                .isEqualTo(new ReminderPlan.AddToShared(List.of("ann@home.example")));
    }

    @Test
    void a_business_customer_gets_its_own_reminder_with_its_platform() {
        ReminderPlan.Action action = ReminderPlan.plan(terms(CustomerKind.BUSINESS, Platforms.MAC, DeviceKind.WORKSTATION),
                "Smith & Sons");
        assertThat(action).isInstanceOf(ReminderPlan.OwnReminder.class);
        ReminderPlan.OwnReminder own = (ReminderPlan.OwnReminder) action;
        assertThat(own.subject()).isEqualTo("Reminder for Smith and Sons: please leave your computers on tonight");
        assertThat(own.platforms()).isEqualTo(Platforms.MAC);
    }

    @Test
    void the_message_text_follows_the_platforms() {
        assertThat(LegacyCommandFile.textFile(Platforms.WINDOWS)).contains("Windows").doesNotContain("Mac");
        assertThat(LegacyCommandFile.textFile(Platforms.MAC)).contains("Mac").doesNotContain("Windows");
        assertThat(LegacyCommandFile.textFile(Platforms.BOTH)).contains("Windows and Mac");
    }

    @Test
    void server_only_rmm_gets_no_reminder() {
        assertThat(ReminderPlan.plan(terms(CustomerKind.BUSINESS, Platforms.WINDOWS, DeviceKind.SERVER), "X"))
                .isInstanceOf(ReminderPlan.NoReminder.class);
    }

    @Test
    void the_legacy_file_is_byte_stable_whatever_the_order() {
        var a = new LegacyCommandFile.Command("B subject", "b.txt", List.of("z@x.example", "a@x.example"));
        var b = new LegacyCommandFile.Command("A subject", "a.txt", List.of("m@x.example"));
        assertThat(LegacyCommandFile.render(List.of(a, b), "it@msp.example"))
                .isEqualTo(LegacyCommandFile.render(List.of(b, a), "it@msp.example"))
                .contains("-bcc \"a@x.example,z@x.example\"")
                .contains("\r\n");
    }

    @Test
    void no_command_with_an_ampersand_can_be_produced_from_any_input() {
        Random random = new Random(20261125);
        String alphabet = "abc &&xyz@.-_'\";%|<>&";
        for (int run = 0; run < 2000; run++) {
            List<LegacyCommandFile.Command> commands = new ArrayList<>();
            for (int i = 0; i < 1 + random.nextInt(4); i++) {
                commands.add(new LegacyCommandFile.Command(randomText(random, alphabet), "t.txt",
                        List.of(randomText(random, alphabet) + "@x.example")));
            }
            try {
                assertThat(LegacyCommandFile.render(commands, "it@msp.example")).doesNotContain("&");
            } catch (ReminderRefused refused) {
                // refusing is the other allowed outcome; producing an ampersand is not
            }
            String subject = ReminderPlanSubject.of(randomText(random, alphabet));
            assertThat(subject).doesNotContain("&");
        }
    }

    static String randomText(Random random, String alphabet) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < random.nextInt(30); i++) {
            text.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return text.toString();
    }

    /** The subject a business reminder gets for a company name. */
    static final class ReminderPlanSubject {
        static String of(String company) {
            ReminderPlan.Action action = ReminderPlan.plan(terms(CustomerKind.BUSINESS, Platforms.BOTH, DeviceKind.WORKSTATION),
                    company);
            return ((ReminderPlan.OwnReminder) action).subject();
        }
    }

    static AgreementTerms terms(CustomerKind kind, Platforms platforms, DeviceKind devices) {
        return new AgreementTerms("Customer", kind,
                List.of(new SignedService(ServiceKind.RMM, "Tier 1 RMM", devices, new BigDecimal("50"))), BigDecimal.ZERO,
                Commitment.MONTHLY, false, platforms, List.of(), List.of(new Contact("Ann", "ann@home.example")),
                LocalDate.of(2026, 12, 1), null);
    }
}
