package com.onboarding.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import com.onboarding.testsupport.Sandbox;
import java.util.List;
import java.util.Map;

/**
 * The MSP's tenant in the third-party systems, and what its people do there: the customer exists in Autotask and as
 * a Datto RMM site and an IT Glue organization with its Site Summary, a technician ticks the backup checklist, the
 * RMM agents create their configuration items.
 */
final class TheTenant {

    private static final long SERVICE_TECH = 29682886L;
    private static final long RMM_AGENT_PRODUCT = 302L;

    private TheTenant() {
    }

    /** The customer as the MSP's tenant knows it before the contract: an Autotask company and a Datto RMM site. */
    static long hasCustomer(String name) {
        long company = Sandbox.seedAutotask("Companies", Map.of("companyName", name, "companyType", 1,
                "phone", "212-555-0199", "ownerResourceID", SERVICE_TECH));
        Sandbox.call("POST", "/sandbox/datto-rmm/sites", Map.of("name", name));
        Sandbox.call("POST", "/sandbox/itglue/site-summaries", Map.of("organization", name));
        return company;
    }

    /** An existing customer of the MSP: its Autotask company, contract and help-desk records from before the suite. */
    record ExistingCustomer(long company, long monthlyContract) {
    }

    /**
     * A long-standing help-desk customer: the Autotask company with "Help Desk Support Type" = Full Help Desk, an
     * active monthly Recurring Service contract that is its Default Service Desk Contract, a Datto RMM site, and an
     * IT Glue Site Summary whose "Type of Managed Services" is Fully Managed.
     */
    static ExistingCustomer hasHelpDeskCustomer(String name) {
        long company = Sandbox.seedAutotask("Companies", Map.of("companyName", name, "companyType", 1,
                "phone", "212-555-0142", "ownerResourceID", SERVICE_TECH,
                "userDefinedFields", List.of(Map.of("name", "Help Desk Support Type", "value", "Full Help Desk"))));
        long contract = Sandbox.seedAutotask("Contracts", Map.of("companyID", company, "contractName", name + " Managed Services",
                "contractType", 7, "contractPeriodType", 1, "status", 1, "startDate", "2025-01-01T00:00:00",
                "endDate", "2027-12-31T00:00:00", "timeReportingRequiresStartAndStopTimes", false, "isDefaultContract", true));
        Sandbox.call("POST", "/sandbox/datto-rmm/sites", Map.of("name", name));
        Sandbox.call("POST", "/sandbox/itglue/site-summaries", Map.of("organization", name,
                "traits", Map.of("type-of-managed-services", "Fully Managed")));
        return new ExistingCustomer(company, contract);
    }

    /** The customer's signer signed the MSP's T&amp;C envelope (template tc-general-consulting) long before the suite. */
    static String signedTermsYearsAgo(String signerName, String signerEmail) {
        return Sandbox.call("POST", "/sandbox/docusign/envelopes", Map.of("templateId", "tc-general-consulting",
                "signerName", signerName, "signerEmail", signerEmail, "customFields", Map.of(),
                "completedDateTime", "2022-09-01T14:00:00Z")).path("envelopeId").asText();
    }

    /** A customer whose Autotask company records the signed T&amp;C ("Consulting T&amp;C Signed" = Yes). */
    static long hasCustomerWithTermsInAutotask(String name) {
        long company = Sandbox.seedAutotask("Companies", Map.of("companyName", name, "companyType", 1,
                "phone", "212-555-0177", "ownerResourceID", SERVICE_TECH,
                "userDefinedFields", List.of(Map.of("name", "Consulting T&C Signed", "value", "1"))));
        Sandbox.call("POST", "/sandbox/datto-rmm/sites", Map.of("name", name));
        Sandbox.call("POST", "/sandbox/itglue/site-summaries", Map.of("organization", name));
        return company;
    }

    /** The company's current value of an Autotask user-defined field. */
    static String companyField(long company, String field) {
        for (JsonNode item : Sandbox.autotask("Companies")) {
            if (item.path("id").asLong() == company) {
                for (JsonNode udf : item.path("userDefinedFields")) {
                    if (udf.path("name").asText().equals(field)) {
                        return udf.path("value").asText();
                    }
                }
            }
        }
        return null;
    }

    /** The id of the organization's (first) IT Glue Site Summary asset: a fault can hold its update only. */
    static long siteSummaryId(String organization) {
        return siteSummaries(organization).path(0).path("id").asLong();
    }

    private static JsonNode siteSummaries(String organization) {
        return Sandbox.call("GET", "/sandbox/itglue/site-summaries?organization="
                + java.net.URLEncoder.encode(organization, java.nio.charset.StandardCharsets.UTF_8).replace("+", "%20"), null);
    }

    /** A trait of the organization's IT Glue Site Summary. */
    static String siteSummaryTrait(String organization, String trait) {
        return siteSummaries(organization).path(0).path("traits").path(trait).asText();
    }

    /** A technician completes every checklist item of the company's backup setup ticket. */
    static void technicianCompletesTheBackupChecklist(long company) {
        for (JsonNode ticket : Sandbox.autotask("Tickets")) {
            if (ticket.path("companyID").asLong() != company) {
                continue;
            }
            for (JsonNode item : Sandbox.autotask("TicketChecklistItems")) {
                if (item.path("ticketID").asLong() == ticket.path("id").asLong()) {
                    Sandbox.personChangesAutotask("TicketChecklistItems", Map.of("id", item.path("id").asLong(),
                            "isCompleted", true));
                }
            }
        }
    }

    /** Installing the RMM agent on the customer's workstations creates their configuration items in Autotask. */
    static void rmmAgentsAreInstalled(long company) {
        for (int device = 1; device <= 2; device++) {
            Sandbox.seedAutotask("ConfigurationItems", Map.of("companyID", company, "productID", RMM_AGENT_PRODUCT,
                    "isActive", true, "referenceTitle", "WS-" + company + "-" + device, "rmmDeviceUID", "uid-" + company + "-" + device));
        }
    }
}
