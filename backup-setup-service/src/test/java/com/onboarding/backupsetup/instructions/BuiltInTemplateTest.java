package com.onboarding.backupsetup.instructions;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.onboarding.backupsetup.rules.InstructionsTemplate;
import com.onboarding.events.AgreementTerms;
import com.onboarding.events.Commitment;
import com.onboarding.events.ContractCreated;
import com.onboarding.events.CustomerKind;
import com.onboarding.events.Platforms;
import com.onboarding.events.ServiceKind;
import com.onboarding.events.SignedService;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The shipped instructions template uses only facts the service knows. */
class BuiltInTemplateTest {

    @Test
    void the_built_in_template_renders_with_the_customers_facts() throws Exception {
        String template;
        try (InputStream in = getClass().getClassLoader().getResourceAsStream(BackupInstructions.BUILT_IN_TEMPLATE)) {
            template = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        AgreementTerms terms = new AgreementTerms("Smith & Sons", CustomerKind.BUSINESS,
                List.of(new SignedService(ServiceKind.BACKUP, "Cloud Backup", null, new BigDecimal("80.00"))), BigDecimal.TEN,
                Commitment.MONTHLY, false, Platforms.WINDOWS, List.of(), List.of(), LocalDate.of(2026, 12, 1), null);
        ContractCreated contract = ContractCreated.of("env-1", 174, "Smith & Sons", 42, "Smith & Sons Monthly Services",
                false, terms);
        var ticket = new ObjectMapper().createObjectNode().put("id", 9).put("ticketNumber", "T20261201.0009");

        String html = InstructionsTemplate.render(template, BackupInstructions.facts(contract, ticket, List.of("Install agent")));

        assertThat(html).contains("Smith &amp; Sons", "T20261201.0009", "<li>Cloud Backup, 80.00 per month</li>",
                "<li>Install agent</li>", "2026-12-01").doesNotContain("{{");
    }
}
