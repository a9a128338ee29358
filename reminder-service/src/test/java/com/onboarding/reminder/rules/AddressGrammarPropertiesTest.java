package com.onboarding.reminder.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/**
 * Property-based checks of the strict address grammar and of the legacy command lines, with generated input: plain
 * addresses of every shape the grammar allows, and the same with a hostile character ({@code " | % ^ ( ) < > & !},
 * space, tab, CR, LF) put anywhere. Plain JUnit with seeded generators (each failure names the seed and the input),
 * so a run is reproducible.
 */
class AddressGrammarPropertiesTest {

    private static final String HOSTILE = "\"|%^()<>&! \r\n\t";
    private static final String ANY = "abz09.-_+@" + HOSTILE + "éß€\u0000";

    @Test
    void every_plain_address_passes_unchanged() {
        forAll(2_000, 1, random -> {
            String address = plainAddress(random);
            assertThat(EmailAddress.strict(address)).as(address).isEqualTo(address);
        });
    }

    @Test
    void an_address_with_a_hostile_character_inside_is_refused_naming_it() {
        forAll(5_000, 2, random -> {
            String address = hostileAddress(random);
            assertThatThrownBy(() -> EmailAddress.strict(address)).as(address).isInstanceOf(ReminderRefused.class)
                    .hasMessageContaining("'" + address.replace("\r", "\\r").replace("\n", "\\n") + "'");
        });
    }

    @Test
    void whatever_passes_the_grammar_holds_no_character_cmd_treats_specially() {
        forAll(20_000, 3, random -> {
            String text = anyText(random, 40);
            if (EmailAddress.isValid(text)) {
                assertThat(text.chars().noneMatch(c -> HOSTILE.indexOf(c) >= 0)).as(text).isTrue();
            }
        });
    }

    @Test
    void a_rendered_line_is_one_line_with_five_quoted_arguments_or_nothing_is_rendered() {
        int[] rendered = {0};
        forAll(5_000, 4, random -> {
            String subject = anyText(random, 60);
            List<String> bcc = new ArrayList<>();
            for (int i = 0; i <= random.nextInt(4); i++) {
                bcc.add(random.nextInt(3) == 0 ? hostileAddress(random) : plainAddress(random));
            }
            String line;
            try {
                line = LegacyCommandFile.line(new LegacyCommandFile.Command(subject, "Leave PCs on - Windows.txt", bcc),
                        "support@geekgirls.example");
            } catch (ReminderRefused refused) {
                assertThat(bcc).anyMatch(address -> !EmailAddress.isValid(address.strip()));
                return;
            }
            rendered[0]++;
            assertThat(line).as(subject + " " + bcc).doesNotContain("\r", "\n", "|", "%", "^", "(", ")", "<", ">", "&", "!");
            assertThat(line.chars().filter(c -> c == '"').count()).as(line).isEqualTo(10);
        });
        assertThat(rendered[0]).isGreaterThan(1_000);
    }

    private static void forAll(int tries, long seed, Consumer<Random> property) {
        Random random = new Random(seed);
        for (int run = 0; run < tries; run++) {
            long caseSeed = random.nextLong();
            try {
                property.accept(new Random(caseSeed));
            } catch (AssertionError e) {
                throw new AssertionError("Property failed on try " + run + " (case seed " + caseSeed + "): " + e.getMessage(), e);
            }
        }
    }

    /** A dot-atom local part, an @, one to three labels (inner hyphens) and an alphabetic top-level domain. */
    static String plainAddress(Random random) {
        List<String> atoms = new ArrayList<>();
        for (int i = 0; i <= random.nextInt(3); i++) {
            atoms.add(chars(random, "abcxyzABC0129_+-", 1 + random.nextInt(12)));
        }
        List<String> labels = new ArrayList<>();
        for (int i = 0; i <= random.nextInt(3); i++) {
            String middle = chars(random, "abcxyz0129-", random.nextInt(10));
            labels.add(chars(random, "abcxyz0129", 1) + (middle.isEmpty() ? "" : middle + chars(random, "abcxyz0129", 1)));
        }
        return String.join(".", atoms) + "@" + String.join(".", labels) + "." + chars(random, "abcdefghijklmnopqrstuvwxyz",
                2 + random.nextInt(5));
    }

    /** A plain address with one or more hostile characters put inside it (not only around it). */
    static String hostileAddress(Random random) {
        StringBuilder address = new StringBuilder(plainAddress(random));
        for (int i = 0; i <= random.nextInt(2); i++) {
            address.insert(1 + random.nextInt(address.length() - 1), HOSTILE.charAt(random.nextInt(HOSTILE.length())));
        }
        return address.toString();
    }

    private static String anyText(Random random, int maxLength) {
        return chars(random, ANY, random.nextInt(maxLength + 1));
    }

    private static String chars(Random random, String alphabet, int length) {
        StringBuilder text = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            text.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return text.toString();
    }
}
