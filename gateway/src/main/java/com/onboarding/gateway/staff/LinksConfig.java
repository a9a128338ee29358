package com.onboarding.gateway.staff;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.util.Map;

/**
 * Where a person opens the MSP's records: URL templates of their tenants, {@code {id}} replaced by the record's id.
 * Defaults: Autotask zone ww1 (ExecuteCommand API) and DocuSign's production web app; set them to the MSP's zone.
 */
@ConfigMapping(prefix = "gateway.links")
public interface LinksConfig {

    @WithDefault("https://ww1.autotask.net/Autotask/AutotaskExtend/ExecuteCommand.aspx?Code=OpenTicketDetail&TicketID={id}")
    String autotaskTicket();

    @WithDefault("https://ww1.autotask.net/Autotask/AutotaskExtend/ExecuteCommand.aspx?Code=OpenContract&ContractID={id}")
    String autotaskContract();

    @WithDefault("https://ww1.autotask.net/Autotask/AutotaskExtend/ExecuteCommand.aspx?Code=OpenContract&ContractChargeID={id}")
    String autotaskCharge();

    @WithDefault("https://app.docusign.com/documents/details/{id}")
    String docusignEnvelope();

    default Map<String, String> templates() {
        return Map.of("autotask-ticket", autotaskTicket(), "autotask-contract", autotaskContract(),
                "autotask-charge", autotaskCharge(), "docusign-envelope", docusignEnvelope());
    }
}
