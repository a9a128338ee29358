package com.onboarding.backupsetup.instructions;

import com.fasterxml.jackson.databind.JsonNode;
import com.onboarding.backupsetup.config.BackupConfig;
import com.onboarding.backupsetup.rules.InstructionsTemplate;
import com.onboarding.events.AgreementTerms;
import com.onboarding.events.ContractCreated;
import com.onboarding.events.ServiceKind;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Step backup.instructions' content: the configured template rendered with the customer's facts, kept as a
 * published document under the customer's organisation ({@link InstructionDocuments}).
 */
@ApplicationScoped
public class BackupInstructions {

    static final String BUILT_IN_TEMPLATE = "instructions/backup-instructions.html";

    private final InstructionDocuments documents;
    private final BackupConfig config;

    public BackupInstructions(InstructionDocuments documents, BackupConfig config) {
        this.documents = documents;
        this.config = config;
    }

    /** The link of this customer's published instructions document, created unless it exists. */
    public String ensure(ContractCreated contract, JsonNode ticket, List<String> checklist) {
        String html = InstructionsTemplate.render(template(), facts(contract, ticket, checklist));
        String name = InstructionsTemplate.documentName(config.instructions().documentName(), contract.companyName());
        return documents.ensurePublished(contract.companyName(), name, html);
    }

    static Map<String, Object> facts(ContractCreated contract, JsonNode ticket, List<String> checklist) {
        AgreementTerms terms = contract.terms();
        Map<String, Object> facts = new LinkedHashMap<>();
        facts.put("company", contract.companyName());
        facts.put("customerKind", terms.customerKind() == null ? "" : terms.customerKind().name().toLowerCase());
        facts.put("platforms", terms.platforms() == null ? "not stated" : terms.platforms().name().toLowerCase());
        facts.put("contractName", contract.contractName());
        facts.put("contractId", String.valueOf(contract.contractId()));
        facts.put("ticketNumber", ticket.path("ticketNumber").asText(ticket.path("id").asText()));
        facts.put("services", terms.services().stream().filter(s -> s.kind() == ServiceKind.BACKUP)
                .map(s -> s.name() + (s.monthlyPrice() == null ? "" : ", " + s.monthlyPrice() + " per month")).toList());
        facts.put("intendedStart", terms.intendedStart() == null ? "not stated" : terms.intendedStart().toString());
        facts.put("checklist", checklist);
        return facts;
    }

    private String template() {
        if (config.instructions().templateFile().isPresent()) {
            try {
                return Files.readString(Path.of(config.instructions().templateFile().get()), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot read backup.instructions.template-file", e);
            }
        }
        try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(BUILT_IN_TEMPLATE)) {
            if (in == null) {
                throw new IllegalStateException("Built-in template " + BUILT_IN_TEMPLATE + " missing");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
