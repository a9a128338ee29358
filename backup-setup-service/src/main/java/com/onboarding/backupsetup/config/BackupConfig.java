package com.onboarding.backupsetup.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/** The configurable parts of the backup setup (procedure section VI). */
@ConfigMapping(prefix = "backup")
public interface BackupConfig {

    Ticket ticket();

    /** The backup setup checklist template: one item per entry, in this order. */
    List<String> checklist();

    /**
     * The Autotask checklist library holding the same items (Admin > Checklist Libraries), added to the ticket in one
     * call instead of one call per item; items the library lacks are added one by one. Unset: one call per item.
     */
    Optional<String> checklistLibrary();

    Assignment assignment();

    Polling polling();

    Notes notes();

    Instructions instructions();

    /** The time zone in which a checklist completion time becomes the service's start date. */
    @WithDefault("America/New_York")
    String timeZone();

    interface Ticket {
        /** Ticket category, found by name (TicketCategories query). */
        @WithDefault("New MSA Customer – O/B New Service")
        String category();

        /** Label of the Tickets.queueID picklist entry. */
        @WithDefault("Onboarding")
        String queue();

        /** Label of the Tickets.priority picklist entry. */
        @WithDefault("Medium")
        String priority();

        /** Label of the Tickets.status picklist entry of a new ticket. */
        @WithDefault("New")
        String newStatus();

        /**
         * Name of the ticket's user-defined field in which staff may set another service start than the day the
         * checklist was completed (yyyy-mm-dd).
         */
        @WithDefault("Backup Service Start Date")
        String serviceStartField();
    }

    interface Assignment {
        /** {@code default-technician}: always the first technician; {@code round-robin}: each new onboarding the next. */
        @WithDefault("default-technician")
        String rule();

        /** The backup technicians, each a resource with the role it works the ticket in (Autotask needs both). */
        List<Technician> technicians();
    }

    interface Technician {
        long resourceId();

        long roleId();
    }

    /** The wait of backup.done for the checklist: looks with the engine's one backoff. */
    interface Polling {
        /** The first look at a new ticket's checklist, after this long. */
        @WithDefault("5m")
        Duration firstCheck();

        /**
         * Looks slow down (doubling) up to this interval: 2 h keeps it at half an Autotask look an hour (the
         * onboarding's polling, reporting and documentation included, within two an hour).
         */
        @WithDefault("2h")
        Duration maxCheck();
    }

    interface Notes {
        /** Label of the TicketNotes.noteType picklist entry. */
        @WithDefault("Internal")
        String noteType();

        /** Label of the TicketNotes.publish picklist entry. */
        @WithDefault("Internal Only")
        String publish();

        /** How often notes not written yet (their ticket did not exist, or Autotask failed) are looked for. */
        @WithDefault("30s")
        String pollEvery();

        /**
         * How long the first pending note of an onboarding waits for others to be written with it in one Autotask note
         * (the step changes of an onboarding come in bursts: one look-up and one create for the burst).
         */
        @WithDefault("1m")
        java.time.Duration gather();
    }

    interface Instructions {
        /** The IT Glue document's name; {company} is replaced. */
        @WithDefault("Backup setup instructions - {company}")
        String documentName();

        /** The HTML template of the document: a file path, else the built-in classpath template. */
        Optional<String> templateFile();
    }
}
