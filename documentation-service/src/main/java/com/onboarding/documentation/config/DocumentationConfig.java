package com.onboarding.documentation.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** The rules' settings: where the MSA list lives, how long to wait for RMM items, picklist labels, IT Glue names. */
@ConfigMapping(prefix = "documentation")
public interface DocumentationConfig {

    MsaList msaList();

    ConfigurationItems configurationItems();

    HelpDeskUdf helpDeskUdf();

    ItGlue itGlue();

    interface MsaList {
        /** The SharePoint host. */
        @WithDefault("geekgirlsit.sharepoint.com")
        String hostname();

        /** The server-relative path of the site whose Documents library holds the list. */
        @WithDefault("sites/ITTeam")
        String sitePath();

        @WithDefault("Documents")
        String library();

        /** The document's path from the library's root. */
        @WithDefault("List of MSA and Hosted Services Customers.docx")
        String path();

        /** How often to reread and redo the edit when someone else changed the document in between (eTag). */
        @WithDefault("5")
        int maxConflicts();
    }

    interface ConfigurationItems {
        /** The Autotask product of a backup configuration item (created for a backup-only contract when none exists). */
        @WithDefault("Cloud Backup")
        String backupProduct();

        /** First look again for the RMM agent's items after this; each wait doubles up to maxInterval. */
        @WithDefault("2m")
        Duration firstCheck();

        @WithDefault("1h")
        Duration maxInterval();

        /** Looks before a person is told what is missing. */
        @WithDefault("8")
        int maxChecks();

        /** How often the waiting onboardings are looked at. */
        @WithDefault("30s")
        String pollEvery();
    }

    interface HelpDeskUdf {
        @WithDefault("Help Desk Support Type")
        String name();

        /** Picklist labels (as shown in Autotask); the value sent is looked up from the label. */
        @WithDefault("1-Full Help Desk")
        String helpDesk();

        @WithDefault("3-Backup Only")
        String backupOnly();

        @WithDefault("4-No Help Desk")
        String noHelpDesk();
    }

    interface ItGlue {
        @WithDefault("Site Summary")
        String assetType();

        /** The field's label; its trait key (name-key) is read from IT Glue, never assumed. */
        @WithDefault("Type of Managed Services")
        String field();

        /** The Select option for each service type. */
        @WithDefault("Fully Managed")
        String fullyManaged();

        @WithDefault("RMM and Backup")
        String rmmAndBackup();

        @WithDefault("RMM Only")
        String rmmOnly();

        @WithDefault("Backup Only")
        String backupOnly();
    }
}
