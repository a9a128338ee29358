package com.onboarding.sandbox.autotask;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;

/**
 * The tenant the sandbox starts with: a service catalogue (whose default prices deliberately differ from signed
 * prices), ticket categories, queues, resources with roles, picklists whose numeric values a client must look up
 * by label, and the company UDF "Help Desk Support Type" whose values differ from their labels.
 */
final class AutotaskSeed {

    static final long BACKUP_TECH = 29682885L;
    static final long SERVICE_TECH = 29682886L;

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private AutotaskSeed() {
    }

    static void seed(AutotaskStore store) {
        service(store, 101, "RMM Tier 1 - Workstation", "25.00");
        service(store, 102, "RMM Tier 2 - Workstation", "40.00");
        service(store, 103, "RMM Tier 3 - Workstation", "60.00");
        service(store, 111, "RMM - Server", "99.00");
        service(store, 201, "Cloud Backup", "75.00");
        named(store, "TicketCategories", 3, "New MSA Customer – O/B New Service");
        named(store, "TicketCategories", 1, "Standard");
        named(store, "Queues", 29683481, "Service Desk");
        named(store, "Queues", 29683482, "Onboarding");
        resource(store, BACKUP_TECH, "Bea", "Backup", 29683400);
        resource(store, SERVICE_TECH, "Tom", "Tech", 29683401);
        named(store, "BillingCodes", 29684001, "Setup Fee");
        named(store, "Products", 301, "Cloud Backup");
        named(store, "Products", 302, "Managed Workstation");
        checklistLibrary(store, 29685001, "Backup setup", List.of(
                "Confirm the backup scope with the customer: devices, data and retention as signed",
                "Create the customer's site and devices in the backup console",
                "Install and register the backup agent on each device",
                "Configure the backup schedule, retention and encryption; store the key in IT Glue",
                "Run the first full backup and verify that it completed",
                "Test a file restore and record the result in this ticket",
                "Send backup failure alerts to the service desk queue",
                "Update the IT Glue backup instructions with what was set up"));
        ObjectNode company = store.newItem().put("id", 174).put("companyName", "Geek Girls IT").put("companyType", 3)
                .put("phone", "212-555-0100").put("ownerResourceID", SERVICE_TECH);
        store.seed("Companies", company);
    }

    static List<JsonNode> picklist(String entity, String field) {
        JsonNode fields = fields(entity);
        for (JsonNode f : fields.path("fields")) {
            if (f.path("name").asText().equals(field)) {
                return list(f.path("picklistValues"));
            }
        }
        return List.of();
    }

    /** The answer to GET /{entity}/entityInformation/fields. */
    static JsonNode fields(String entity) {
        ObjectNode root = MAPPER.createObjectNode();
        ArrayNode fields = root.putArray("fields");
        switch (entity) {
            case "Contracts" -> {
                fields.add(field("contractPeriodType", true, pick("1", "Monthly"), pick("3", "Quarterly"),
                        pick("4", "Semi-Annual"), pick("5", "Yearly")));
                fields.add(field("contractType", true, pick("1", "Time and Materials"), pick("3", "Fixed Price"),
                        pick("7", "Recurring Service"), pick("8", "Block Hours")));
                fields.add(field("status", true, pick("0", "Inactive"), pick("1", "Active")));
            }
            case "ContractCharges" -> fields.add(field("chargeType", true, pick("1", "Operational"), pick("2", "Capitalized")));
            case "Tickets" -> {
                fields.add(field("status", true, pick("1", "New"), pick("5", "Complete"), pick("8", "In Progress"),
                        pick("7", "Waiting Customer")));
                fields.add(field("priority", true, pick("1", "High"), pick("2", "Medium"), pick("3", "Low")));
                fields.add(field("ticketType", false, pick("1", "Service Request"), pick("2", "Incident")));
                fields.add(field("queueID", false, pick("29683481", "Service Desk"), pick("29683482", "Onboarding")));
            }
            case "TicketNotes" -> {
                fields.add(field("noteType", true, pick("1", "Task Summary"), pick("13", "Internal")));
                fields.add(field("publish", true, pick("1", "All Autotask Users"), pick("2", "Internal Only")));
            }
            default -> {
            }
        }
        return root;
    }

    /**
     * The answer to GET /Companies/entityInformation/userDefinedFields: a UDF's data type is {@code type} there (the
     * built-in fields' answer calls it {@code dataType}).
     */
    static List<JsonNode> companyUdfs() {
        ObjectNode helpDesk = MAPPER.createObjectNode().put("name", "Help Desk Support Type").put("label", "Help Desk Support Type")
                .put("type", "string")
                .put("isPickList", true).put("isRequired", false);
        helpDesk.putArray("picklistValues")
                .add(pick("Full Help Desk", "1-Full Help Desk"))
                .add(pick("Remote Help Desk", "2-Remote Help Desk"))
                .add(pick("Backup Only", "3-Backup Only"))
                .add(pick("No Help Desk", "4-No Help Desk"));
        ObjectNode notes = MAPPER.createObjectNode().put("name", "Onboarding Notes").put("label", "Onboarding Notes")
                .put("type", "string")
                .put("isPickList", false).put("isRequired", false);
        ObjectNode terms = MAPPER.createObjectNode().put("name", "Consulting T&C Signed").put("dataType", "string")
                .put("isPickList", true).put("isRequired", false);
        terms.putArray("picklistValues").add(pick("1", "Yes")).add(pick("2", "No"));
        return List.of(helpDesk, notes, terms);
    }

    private static ObjectNode field(String name, boolean required, ObjectNode... values) {
        ObjectNode field = MAPPER.createObjectNode().put("name", name).put("dataType", "integer")
                .put("isRequired", required).put("isReadOnly", false).put("isPickList", true);
        ArrayNode picklist = field.putArray("picklistValues");
        for (ObjectNode value : values) {
            picklist.add(value);
        }
        return field;
    }

    private static ObjectNode pick(String value, String label) {
        return MAPPER.createObjectNode().put("value", value).put("label", label).put("isDefaultValue", false)
                .put("isActive", true);
    }

    private static void service(AutotaskStore store, long id, String name, String price) {
        store.seed("Services", store.newItem().put("id", id).put("name", name).put("unitPrice", new java.math.BigDecimal(price))
                .put("isActive", true));
    }

    private static void named(AutotaskStore store, String entity, long id, String name) {
        store.seed(entity, store.newItem().put("id", id).put("name", name).put("isActive", true));
    }

    /** A checklist library the MSP keeps in Autotask (Admin > Checklist Libraries), with its items in order. */
    private static void checklistLibrary(AutotaskStore store, long id, String name, List<String> items) {
        store.seed("ChecklistLibraries", store.newItem().put("id", id).put("name", name).put("isActive", true));
        int position = 0;
        for (String item : items) {
            store.seed("ChecklistLibraryChecklistItems", store.newItem().put("checklistLibraryID", id).put("itemName", item)
                    .put("position", ++position).put("isImportant", false));
        }
    }

    private static void resource(AutotaskStore store, long id, String first, String last, long roleId) {
        store.seed("Resources", store.newItem().put("id", id).put("firstName", first).put("lastName", last)
                .put("email", first.toLowerCase() + "@geekgirls.example").put("isActive", true)
                .put("defaultServiceDeskRoleID", roleId));
    }

    private static List<JsonNode> list(JsonNode array) {
        List<JsonNode> values = new java.util.ArrayList<>();
        array.forEach(values::add);
        return values;
    }
}
