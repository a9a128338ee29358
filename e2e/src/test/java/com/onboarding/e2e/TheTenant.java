package com.onboarding.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import com.onboarding.testsupport.Sandbox;
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
