package com.onboarding.contract.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.util.Map;

/** The configurable parts of the contract procedure. */
@ConfigMapping(prefix = "contract")
public interface ContractConfig {

    /** Agreement service name (as on the DocuSign envelope) -> Autotask service id. */
    Map<String, Long> serviceCatalogue();

    SetupFee setupFee();

    /** Recurring ticket per service kind: keys {@code rmm} and {@code backup}. */
    Map<String, TicketTemplate> recurringTickets();

    interface SetupFee {
        /** Billing code of the setup-fee charge (a charge needs a product or a billing code); the sandbox's "Setup Fee". */
        @WithDefault("29684001")
        long billingCodeId();

        /** The charge's name in Autotask. */
        @WithDefault("Setup Fee")
        String chargeName();

        /** Label of the charge type picklist entry. */
        @WithDefault("Operational")
        String chargeType();
    }

    /** One recurring ticket: what it says, where it goes, how often. */
    interface TicketTemplate {
        /** Ticket title; the occurrence's company and due date are appended. */
        String title();

        /** Queue the ticket lands in (sandbox 29683481 "Service Desk"). */
        @WithDefault("29683481")
        long queueId();

        /** Ticket category id (sandbox 1 "Standard"). */
        @WithDefault("1")
        long categoryId();

        /** Months between two occurrences, counted from the service's actual start. */
        @WithDefault("1")
        int everyMonths();

        /** Label of the ticket priority picklist entry. */
        @WithDefault("Medium")
        String priority();
    }
}
