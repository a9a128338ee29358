package com.onboarding.gateway.staff;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class RecordLinksTest {

    final RecordLinks links = new RecordLinks(Map.of(
            "autotask-ticket", "https://ww5.autotask.net/t?TicketID={id}",
            "autotask-contract", "https://ww5.autotask.net/c?ContractID={id}",
            "autotask-charge", "https://ww5.autotask.net/c?ChargeID={id}",
            "docusign-envelope", "https://app.docusign.com/documents/details/{id}"));

    @Test
    void a_contract_named_in_the_message_is_a_link_to_it() {
        assertThat(links.of("contract.setup-fee", "Setup fee 150.00 charged on contract 29684001", null))
                .containsExactly(new RecordLinks.Link("autotask-contract", "Autotask contract 29684001",
                        "https://ww5.autotask.net/c?ContractID=29684001"));
    }

    @Test
    void a_ticket_with_its_number_links_by_id_and_reads_by_number() {
        assertThat(links.of("backup.ticket", "Autotask ticket T20261201.0004 (7001) in category \"Backup\" with 9 checklist items", null))
                .containsExactly(new RecordLinks.Link("autotask-ticket", "Autotask ticket T20261201.0004",
                        "https://ww5.autotask.net/t?TicketID=7001"));
    }

    @Test
    void urls_in_the_message_are_links_as_they_are() {
        assertThat(links.of("reports.folder", "Folder 'Reports/Joe' exists: https://msp.sharepoint.com/sites/Reports/Joe.", null))
                .extracting(RecordLinks.Link::kind, RecordLinks.Link::url)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("sharepoint", "https://msp.sharepoint.com/sites/Reports/Joe"));
        assertThat(links.of("backup.instructions", "IT Glue document https://msp.itglue.com/1/docs/2 is linked in the "
                + "description of ticket 7001", null)).extracting(RecordLinks.Link::kind)
                .containsExactly("autotask-ticket", "it-glue");
    }

    @Test
    void the_agreement_links_its_docusign_envelope() {
        assertThat(links.of("intake.envelope", "Agreement terms read for Joe's Diner", "e-1"))
                .containsExactly(new RecordLinks.Link("docusign-envelope", "DocuSign envelope",
                        "https://app.docusign.com/documents/details/e-1"));
    }

    @Test
    void a_kind_without_a_template_is_not_linked() {
        assertThat(new RecordLinks(Map.of()).of("contract.setup-fee", "charged on contract 1", null)).isEmpty();
    }
}
