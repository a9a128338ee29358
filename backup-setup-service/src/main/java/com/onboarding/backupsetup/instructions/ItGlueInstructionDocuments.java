package com.onboarding.backupsetup.instructions;

import com.onboarding.clients.itglue.DocumentSection;
import com.onboarding.clients.itglue.ITGlueClient;
import com.onboarding.clients.itglue.ITGlueOrganization;
import com.onboarding.messaging.steps.NeedsAttention;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/**
 * The instructions document in IT Glue, through the shared client: under the organisation of the customer's name
 * (IT Glue's organisations are synced from Autotask, so the names match), found by name before it is created, and
 * published.
 */
@ApplicationScoped
public class ItGlueInstructionDocuments implements InstructionDocuments {

    private final ITGlueClient itGlue;

    public ItGlueInstructionDocuments(ITGlueClient itGlue) {
        this.itGlue = itGlue;
    }

    @Override
    public String ensurePublished(String organisation, String documentName, String html) {
        ITGlueOrganization org = itGlue.organizationByName(organisation).orElseThrow(() -> new NeedsAttention(
                "IT Glue has no organisation named \"" + organisation + "\": sync it from Autotask (or create it with"
                        + " exactly that name), then retry this step"));
        return itGlue.createPublishedDocument(org.id(), documentName, List.of(DocumentSection.text(html))).webUrl();
    }
}
