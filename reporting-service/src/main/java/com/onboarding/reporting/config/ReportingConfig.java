package com.onboarding.reporting.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/** The reporting rules' configuration: where report folders live, the technician tickets, the recipient rows. */
@ConfigMapping(prefix = "reporting")
public interface ReportingConfig {

    SharePoint sharepoint();

    Tickets tickets();

    Recipients recipients();

    interface SharePoint {
        /** The SharePoint host of the IT team site. */
        @WithDefault("geekgirlsit.sharepoint.com")
        String hostname();

        /** The team site's server-relative path. */
        @WithDefault("sites/ITTeam")
        String sitePath();

        /** The document library (drive) holding the report folders. */
        @WithDefault("Documents")
        String library();

        /** The folder (inside the library) under which each customer's report folder is created. */
        @WithDefault("client paper work, reports and proposals")
        String reportsFolder();
    }

    interface Tickets {
        /** The Autotask queue the schedule tickets go to (sandbox: 29683481 "Service Desk"). */
        @WithDefault("29683481")
        long queueId();

        /** Ticket priority, by its picklist label. */
        @WithDefault("Medium")
        String priority();

        /** Status of a new ticket, by its picklist label. */
        @WithDefault("New")
        String newStatus();

        /** The status meaning the technician has done it, by its picklist label. */
        @WithDefault("Complete")
        String completeStatus();

        /** A technician to assign the ticket to (with {@code assigned-role-id}); unassigned otherwise. */
        Optional<Long> assignedResourceId();

        Optional<Long> assignedRoleId();

        /**
         * The first look at a new ticket; the wait doubles after each look up to {@code max-check}. With two tickets
         * an onboarding, a cap of 4 h keeps this service at half an Autotask call an hour per onboarding (the
         * onboarding's polling, backup and documentation included, within two an hour).
         */
        @WithDefault("5m")
        Duration firstCheck();

        @WithDefault("4h")
        Duration maxCheck();
    }

    interface Recipients {
        /** The report automation's table of recipients (must exist; the service never creates or alters it). */
        @WithDefault("report_recipient")
        String table();

        /** The report types each recipient receives: one row per recipient and type. */
        @WithDefault("RMM Reports")
        List<String> reportTypes();

        /** The bounded wait for the customer's Datto RMM site (it appears when the RMM agent is first deployed). */
        SiteWait siteWait();
    }

    interface SiteWait {
        @WithDefault("2m")
        Duration firstCheck();

        @WithDefault("30m")
        Duration maxCheck();

        /** Looks before a person is asked (the defaults: about 14 hours). */
        @WithDefault("30")
        int maxChecks();
    }
}
