package com.onboarding.reminder.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The strict address grammar and the quoting of the legacy command, over hostile random input. */
class CommandSafetyTest {

    private static final String HOSTILE = "\"|%^()<>&!\r\n";
    private static final String ALPHABET = "ab.-_+@ xy" + HOSTILE + "Zé1";

    @Test
    void plain_addresses_pass_and_are_trimmed() {
        for (String address : List.of("joe@joesdiner.com", "mary.smith+it@smith-and-sons.co.uk", "a_b-c@x1.example")) {
            assertThat(EmailAddress.strict(" " + address + " ")).isEqualTo(address);
        }
    }

    @Test
    void anything_else_is_refused_naming_the_address() {
        for (String address : List.of("joe\"@x.com", "joe|del@x.com", "100%@x.com", "a^b@x.com", "(joe)@x.com",
                "<joe@x.com>", "tom&jerry@x.com", "hi!@x.com", "joe@x.com\r\ndel *", "joe@localhost", "joe@-x.com",
                "joe..x@x.com", ".joe@x.com", "joe@x.c0m", "joe smith@x.com", "", "@x.com", "joe@")) {
            assertThatThrownBy(() -> EmailAddress.strict(address)).as(address).isInstanceOf(ReminderRefused.class)
                    .hasMessageContaining("'" + address.replace("\r", "\\r").replace("\n", "\\n") + "'");
        }
    }

    @Test
    void no_hostile_character_survives_the_grammar_or_the_subject_quoting() {
        Random random = new Random(20261201);
        for (int run = 0; run < 20_000; run++) {
            String text = text(random);
            if (EmailAddress.isValid(text)) {
                assertThat(text).doesNotContainPattern("[\"|%^()<>&!\\r\\n ]");
            }
            assertThat(CommandText.quoted(text)).doesNotContainPattern("[\"|%^()<>&!\\r\\n]");
        }
    }

    @Test
    void every_rendered_command_is_one_line_with_its_quotes_balanced_or_nothing_is_rendered() {
        Random random = new Random(42);
        int rendered = 0;
        for (int run = 0; run < 5_000; run++) {
            String address = random.nextBoolean() ? "user" + random.nextInt(99) + "@x.example" : text(random) + "@x.example";
            List<LegacyCommandFile.Command> commands = List.of(new LegacyCommandFile.Command(text(random), "t.txt",
                    List.of(address)));
            String file;
            try {
                file = LegacyCommandFile.render(commands, "it@msp.example");
            } catch (ReminderRefused refused) {
                assertThat(refused.getMessage()).contains(address.strip().isEmpty() ? "''" : "@x.example");
                continue;
            }
            rendered++;
            List<String> lines = file.lines().toList();
            assertThat(lines).hasSize(3);
            String command = lines.get(2);
            assertThat(command.chars().filter(c -> c == '"').count()).isEqualTo(10);
            assertThat(command).doesNotContainPattern("[|%^()<>&!]");
        }
        assertThat(rendered).isGreaterThan(1000);
    }

    private static String text(Random random) {
        StringBuilder text = new StringBuilder();
        int length = random.nextInt(25);
        for (int i = 0; i < length; i++) {
            text.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return text.toString();
    }
}
