package com.onboarding.gateway.terms;

import com.fasterxml.jackson.databind.JsonNode;
import com.onboarding.clients.autotask.AutotaskClient;
import com.onboarding.clients.autotask.Filter;
import com.onboarding.gateway.intake.IntakeConfig;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;

/**
 * Where the MSP keeps a customer's signed general consulting T&amp;C, read from the systems of record (never inside a
 * transaction): the Autotask company's T&amp;C field ({@code gateway.terms-and-conditions.autotask-udf}), then a
 * completed envelope of the T&amp;C template found through DocuSign's envelope search, by the customer's account
 * custom field or the signer's address. Nothing found is an empty answer; an unreachable system is an exception.
 */
@ApplicationScoped
public class TermsOfRecord {

    /** Where the signed T&amp;C was found: the source recorded in {@code terms_on_file}, its reference and what it is. */
    public record Found(String source, String envelopeId, String evidence) {
    }

    public static final String AUTOTASK = "autotask-udf";
    public static final String DOCUSIGN_SEARCH = "docusign-search";

    private final IntakeConfig.TermsAndConditions config;
    private final DocuSignConfig docuSign;
    private final DocuSignClient docuSignClient;
    private final AutotaskClient autotask;
    private final Clock clock;

    public TermsOfRecord(IntakeConfig config, DocuSignConfig docuSign, DocuSignClient docuSignClient, AutotaskClient autotask,
            Clock clock) {
        this.config = config.termsAndConditions();
        this.docuSign = docuSign;
        this.docuSignClient = docuSignClient;
        this.autotask = autotask;
        this.clock = clock;
    }

    /** The sources this gateway consults, as a person reads them in a step message. */
    public String sources() {
        StringBuilder sources = new StringBuilder();
        config.autotaskUdf().ifPresent(udf -> sources.append("the Autotask company field '").append(udf).append("'"));
        if (searchesDocuSign()) {
            sources.append(sources.length() > 0 ? " and " : "").append("completed DocuSign envelopes of the T&C template");
        }
        return sources.length() == 0 ? "no system of record (none configured)" : sources.toString();
    }

    public boolean anySource() {
        return config.autotaskUdf().isPresent() || searchesDocuSign();
    }

    public Optional<Found> find(String accountName, String signerEmail) {
        Optional<Found> inAutotask = config.autotaskUdf().flatMap(udf -> autotaskField(accountName, udf));
        if (inAutotask.isPresent() || !searchesDocuSign()) {
            return inAutotask;
        }
        String template = docuSign.termsTemplateId().orElseThrow();
        LocalDate since = LocalDate.now(clock).minusYears(config.docusignLookbackYears());
        return docuSignClient.findCompleted(template, config.accountField(), accountName, signerEmail, since)
                .map(envelopeId -> new Found(DOCUSIGN_SEARCH, envelopeId, "completed DocuSign envelope " + envelopeId
                        + " of the T&C template " + template));
    }

    private boolean searchesDocuSign() {
        return config.docusignSearch() && docuSign.configured();
    }

    private Optional<Found> autotaskField(String accountName, String udf) {
        Optional<JsonNode> company = autotask.findOne("Companies", Filter.eq("companyName", accountName));
        if (company.isEmpty()) {
            return Optional.empty();
        }
        String value = fieldValue(company.get(), udf);
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        String label = label(udf, value);
        boolean onFile = TermsFieldRule.onFile(value, label, config.autotaskOnFileValues());
        long companyId = company.get().path("id").asLong();
        return onFile ? Optional.of(new Found(AUTOTASK, null, "Autotask company " + companyId + " field '" + udf + "' = "
                + label)) : Optional.empty();
    }

    private static String fieldValue(JsonNode company, String udf) {
        String value = null;
        for (JsonNode field : company.path("userDefinedFields")) {
            if (field.path("name").asText().equals(udf) && !field.path("value").isNull()) {
                value = field.path("value").asText();
            }
        }
        return value;
    }

    /** A picklist field's label for the stored value (they differ); the value itself for a text field. */
    private String label(String udf, String value) {
        return autotask.userDefinedField("Companies", udf).map(definition -> {
            for (JsonNode option : definition.path("picklistValues")) {
                if (option.path("value").asText().equals(value)) {
                    return option.path("label").asText();
                }
            }
            return value;
        }).orElse(value);
    }
}
