package com.onboarding.backupsetup.autotask;

import com.onboarding.backupsetup.notes.PendingNote;
import com.onboarding.backupsetup.rules.Checklist;
import com.onboarding.backupsetup.rules.GatheredNotes;
import com.onboarding.backupsetup.rules.ProgressNote;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.onboarding.backupsetup.config.BackupConfig;
import com.onboarding.backupsetup.rules.ChecklistCompletion;
import com.onboarding.backupsetup.rules.SetupTicket;
import com.onboarding.clients.autotask.AutotaskClient;
import com.onboarding.clients.autotask.Filter;
import com.onboarding.messaging.steps.NeedsAttention;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;

/**
 * The backup setup ticket in Autotask: translate, call, map. Every create looks up first (the ticket by company,
 * category and title; a checklist item by ticket and name; a note by the event id in its text), so a retry after a
 * lost answer finds what the earlier attempt made. Category, queue, priority, status and note picklists are found by
 * name or label, never hard-coded ids.
 */
@ApplicationScoped
public class BackupTickets {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final AutotaskClient autotask;
    private final BackupConfig config;

    public BackupTickets(AutotaskClient autotask, BackupConfig config) {
        this.autotask = autotask;
        this.config = config;
    }

    /** The setup ticket's id, and whether this call created it (then its checklist is known to be empty). */
    public record EnsuredTicket(long id, boolean createdNow) {
    }

    /** The ticket's id: found by company + category + title, else created. */
    public EnsuredTicket ensureTicket(long companyId, long contractId, SetupTicket ticket) {
        long category = categoryId();
        boolean[] found = new boolean[1];
        long id = autotask.createUnlessExists(
                () -> {
                    Optional<JsonNode> existing = autotask.findOne("Tickets", Filter.eq("companyID", companyId),
                            Filter.eq("ticketCategory", category), Filter.eq("title", ticket.title()));
                    found[0] = existing.isPresent();
                    return existing;
                },
                () -> autotask.create("Tickets", MAPPER.createObjectNode()
                        .put("companyID", companyId)
                        .put("contractID", contractId)
                        .put("title", ticket.title())
                        .put("description", ticket.description())
                        .put("ticketCategory", category)
                        .put("queueID", Long.parseLong(autotask.picklistValue("Tickets", "queueID", config.ticket().queue())))
                        .put("status", Integer.parseInt(autotask.picklistValue("Tickets", "status", config.ticket().newStatus())))
                        .put("priority", Integer.parseInt(autotask.picklistValue("Tickets", "priority",
                                config.ticket().priority())))));
        return new EnsuredTicket(id, !found[0]);
    }

    /**
     * Makes sure the ticket's checklist has every item of the template, in a few calls: reads the checklist once; when
     * it has none yet and the MSP keeps the template as an Autotask checklist library ({@code backup.checklist-library}),
     * adds the library in one call (Autotask appends its items) and reads the checklist again; any item still missing
     * is added on its own. Safe to repeat: what a lost answer wrote is found by the next read.
     */
    public void ensureChecklist(long ticketId, List<String> template) {
        ensureChecklist(ticketId, template, false);
    }

    /**
     * As above; {@code createdNow}: the ticket was created by this very attempt (its look-up found none), so its
     * checklist is empty and is not read first. A ticket found by the look-up (an earlier attempt made it) is read.
     */
    public void ensureChecklist(long ticketId, List<String> template, boolean createdNow) {
        List<String> onTicket = createdNow ? List.of() : names(checklist(ticketId));
        if (onTicket.isEmpty() && config.checklistLibrary().isPresent()) {
            Optional<JsonNode> library = autotask.referenceByName("ChecklistLibraries", config.checklistLibrary().get());
            if (library.isPresent()) {
                autotask.createChild("Tickets", ticketId, "ChecklistLibraries", MAPPER.createObjectNode()
                        .put("ticketID", ticketId).put("checklistLibraryID", library.get().path("id").asLong()));
                onTicket = names(checklist(ticketId));
            }
        }
        List<String> items = Checklist.items(template);
        for (String missing : Checklist.missing(template, onTicket)) {
            autotask.createChild("Tickets", ticketId, "ChecklistItems", MAPPER.createObjectNode()
                    .put("ticketID", ticketId)
                    .put("itemName", missing)
                    .put("isCompleted", false)
                    .put("isImportant", false)
                    .put("position", items.indexOf(missing) + 1));
        }
    }

    private static List<String> names(List<ChecklistCompletion.Item> checklist) {
        return checklist.stream().map(ChecklistCompletion.Item::name).toList();
    }

    public List<ChecklistCompletion.Item> checklist(long ticketId) {
        return autotask.query("TicketChecklistItems", Filter.eq("ticketID", ticketId)).stream()
                .map(item -> new ChecklistCompletion.Item(item.path("itemName").asText(),
                        item.path("isCompleted").asBoolean(false), instant(item.path("completedDateTime"))))
                .toList();
    }

    public Optional<JsonNode> ticket(long ticketId) {
        return autotask.get("Tickets", ticketId);
    }

    /** A user-defined field's value on the ticket, if set. */
    public static Optional<String> udf(JsonNode ticket, String name) {
        for (JsonNode udf : ticket.path("userDefinedFields")) {
            if (udf.path("name").asText().equals(name) && udf.hasNonNull("value") && !udf.path("value").asText().isBlank()) {
                return Optional.of(udf.path("value").asText());
            }
        }
        return Optional.empty();
    }

    /** The resource, if it exists and is active; otherwise a person has to fix the configuration. */
    public String activeResourceName(long resourceId) {
        // a configured technician: reference data, read once per autotask.metadata-ttl
        JsonNode resource = autotask.referenceById("Resources", resourceId).orElseThrow(() -> new NeedsAttention(
                "Autotask has no resource " + resourceId + " to assign the backup ticket to: fix"
                        + " backup.assignment.technicians, then retry this step"));
        if (!resource.path("isActive").asBoolean(true)) {
            throw new NeedsAttention("The backup technician " + name(resource) + " (" + resourceId
                    + ") is inactive in Autotask: configure another in backup.assignment.technicians, then retry this step");
        }
        return name(resource);
    }

    /** PATCH: assigns the resource together with its role, as Autotask requires. */
    public void assign(long ticketId, long resourceId, long roleId) {
        autotask.update("Tickets", MAPPER.createObjectNode().put("id", ticketId).put("assignedResourceID", resourceId)
                .put("assignedResourceRoleID", roleId));
    }

    /** PATCH of the description only (PUT would null every field not sent). */
    public void describe(long ticketId, String description) {
        autotask.update("Tickets", MAPPER.createObjectNode().put("id", ticketId).put("description", description));
    }

    /**
     * The pending notes of one onboarding on its ticket, each written once: one query looks them all up by their
     * event markers (a note an earlier attempt wrote is found, whatever its answer), the rest are written gathered
     * into one note ({@link GatheredNotes}; more only past Autotask's length of a note). Event id → note id.
     */
    public java.util.Map<String, Long> notes(long ticketId, List<PendingNote> pending) {
        List<GatheredNotes.Pending> notes = pending.stream().map(note -> new GatheredNotes.Pending(note.eventId(),
                ProgressNote.marker(note.eventId()), note.title(), note.description())).toList();
        ObjectNode[] markers = notes.stream().map(note -> Filter.op("contains", "description", note.marker()))
                .toArray(ObjectNode[]::new);
        List<GatheredNotes.OnTicket> onTicket = autotask.query("TicketNotes", Filter.eq("ticketID", ticketId),
                        markers.length == 1 ? markers[0] : Filter.or(markers)).stream()
                .map(note -> new GatheredNotes.OnTicket(note.path("id").asLong(), note.path("description").asText()))
                .toList();
        java.util.Map<String, Long> written = new java.util.LinkedHashMap<>(GatheredNotes.alreadyWritten(notes, onTicket));
        for (GatheredNotes.ToWrite note : GatheredNotes.toWrite(notes, written)) {
            long id = note(ticketId, note.title(), note.description(), note.firstMarker(), Optional.empty());
            note.eventIds().forEach(eventId -> written.put(eventId, id));
        }
        return written;
    }

    /** A note on the ticket, written once: found again by the marker in its text. */
    public long note(long ticketId, String title, String description, String marker) {
        return note(ticketId, title, description, marker, null);
    }

    private long note(long ticketId, String title, String description, String marker, Optional<JsonNode> lookedUp) {
        ObjectNode note = MAPPER.createObjectNode()
                .put("ticketID", ticketId)
                .put("title", title)
                .put("description", description)
                .put("noteType", Integer.parseInt(autotask.picklistValue("TicketNotes", "noteType", config.notes().noteType())))
                .put("publish", Integer.parseInt(autotask.picklistValue("TicketNotes", "publish", config.notes().publish())));
        return autotask.createUnlessExists(lookedUp,
                () -> autotask.findOne("TicketNotes", Filter.eq("ticketID", ticketId), Filter.op("contains", "description", marker)),
                () -> autotask.createChild("Tickets", ticketId, "Notes", note));
    }

    private long categoryId() {
        String name = config.ticket().category();
        return autotask.referenceByName("TicketCategories", name)
                .map(category -> category.path("id").asLong())
                .orElseThrow(() -> new NeedsAttention("Autotask has no ticket category named \"" + name
                        + "\": create it (or fix backup.ticket.category), then retry this step"));
    }

    private static String name(JsonNode resource) {
        return (resource.path("firstName").asText("") + " " + resource.path("lastName").asText("")).trim();
    }

    /** Autotask returns UTC date-times, with or without a zone designator. */
    private static Instant instant(JsonNode value) {
        if (value == null || value.isNull() || value.isMissingNode() || value.asText().isBlank()) {
            return null;
        }
        String text = value.asText();
        try {
            return text.endsWith("Z") || text.contains("+") ? java.time.OffsetDateTime.parse(text).toInstant()
                    : LocalDateTime.parse(text).toInstant(ZoneOffset.UTC);
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
