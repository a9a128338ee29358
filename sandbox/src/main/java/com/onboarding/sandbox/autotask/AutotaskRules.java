package com.onboarding.sandbox.autotask;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;

/**
 * What Autotask refuses, as documented (../shared/reference/integrations.md, section 1): required fields, unknown
 * references, recurring-service rules, UDF values, resource-without-role, booleans that are not literal, and the
 * fields Autotask's swagger types as integers although they read as flags ({@code timeReportingRequiresStartAndStopTimes}
 * is an int32: 1 or 0, never true/false).
 */
final class AutotaskRules {

    static final int RECURRING_SERVICE = 7;

    private static final Map<String, List<String>> REQUIRED = Map.of(
            "Companies", List.of("companyName", "companyType", "phone", "ownerResourceID"),
            "Contracts", List.of("companyID", "contractName", "contractType", "startDate", "endDate", "status",
                    "timeReportingRequiresStartAndStopTimes"),
            "ContractCharges", List.of("contractID", "name", "chargeType", "datePurchased", "unitQuantity"),
            "ContractServices", List.of("contractID", "serviceID", "unitPrice"),
            "ContractServiceAdjustments", List.of("contractID", "serviceID", "effectiveDate", "unitChange"),
            "Tickets", List.of("companyID", "title", "status", "priority", "queueID"),
            "TicketChecklistItems", List.of("ticketID", "itemName"),
            "TicketChecklistLibraries", List.of("ticketID", "checklistLibraryID"),
            "TicketNotes", List.of("ticketID", "title", "description", "noteType", "publish"),
            "ConfigurationItems", List.of("companyID", "productID", "isActive"));

    private final AutotaskStore store;

    AutotaskRules(AutotaskStore store) {
        this.store = store;
    }

    void beforeCreate(String entity, ObjectNode item) {
        for (String field : REQUIRED.getOrDefault(entity, List.of())) {
            if (!item.hasNonNull(field) || item.get(field).asText().isBlank()) {
                throw new AutotaskException(entity + ": the field " + field + " is required");
            }
        }
        literalBooleans(entity, item);
        integerFlags(entity, item);
        switch (entity) {
            case "Contracts" -> contract(item);
            case "ContractCharges" -> charge(item);
            case "ContractServices" -> contractService(item);
            case "ContractServiceAdjustments" -> adjustment(item);
            case "Tickets" -> ticket(item);
            case "TicketChecklistItems", "TicketNotes" -> reference("Tickets", item.get("ticketID"));
            case "TicketChecklistLibraries" -> {
                reference("Tickets", item.get("ticketID"));
                reference("ChecklistLibraries", item.get("checklistLibraryID"));
            }
            case "ConfigurationItems" -> {
                reference("Companies", item.get("companyID"));
                reference("Products", item.get("productID"));
            }
            default -> {
            }
        }
    }

    void afterCreate(String entity, ObjectNode item) {
        if (entity.equals("ContractServiceAdjustments")) {
            addUnitsFor(item);
        }
        if (entity.equals("Tickets") && !item.hasNonNull("ticketNumber")) {
            item.put("ticketNumber", "T" + LocalDate.now().toString().replace("-", "") + "." + (item.get("id").asLong() % 10000));
        }
        if (entity.equals("TicketChecklistItems") && !item.has("isCompleted")) {
            item.put("isCompleted", false);
        }
        if (entity.equals("TicketChecklistLibraries")) {
            appendLibraryItems(item);
        }
    }

    void beforeUpdate(String entity, ObjectNode existing, ObjectNode patch) {
        literalBooleans(entity, patch);
        integerFlags(entity, patch);
        if (entity.equals("ConfigurationItems") && patch.hasNonNull("contractID")) {
            ObjectNode contract = reference("Contracts", patch.get("contractID"));
            if (contract.get("companyID").asLong() != existing.get("companyID").asLong()) {
                throw new AutotaskException("ConfigurationItems: the contract belongs to another company");
            }
        }
        if (entity.equals("Companies") && patch.has("userDefinedFields")) {
            for (JsonNode udf : patch.get("userDefinedFields")) {
                companyUdf(udf);
            }
        }
        if (entity.equals("ContractCharges") && existing.path("isBilled").asBoolean(false)) {
            throw new AutotaskException("ContractCharges: a billed charge cannot be changed");
        }
        if (entity.equals("Tickets") && patch.hasNonNull("assignedResourceID") && !patch.hasNonNull("assignedResourceRoleID")
                && !existing.hasNonNull("assignedResourceRoleID")) {
            throw new AutotaskException(
                    "When assigning a Resource, you must assign both a assignedResourceID and assignedResourceRoleID.");
        }
    }

    private void contract(ObjectNode item) {
        reference("Companies", item.get("companyID"));
        LocalDate start = date(item, "startDate");
        LocalDate end = date(item, "endDate");
        if (!end.isAfter(start)) {
            throw new AutotaskException("Contracts: endDate must be after startDate");
        }
        if (item.get("contractType").asInt() == RECURRING_SERVICE) {
            if (!item.hasNonNull("contractPeriodType")) {
                throw new AutotaskException("Contracts: contractPeriodType is required for a Recurring Service contract");
            }
            picklist("Contracts", "contractPeriodType", item.get("contractPeriodType"));
        }
    }

    private void charge(ObjectNode item) {
        reference("Contracts", item.get("contractID"));
        if (!item.hasNonNull("productID") && !item.hasNonNull("billingCodeID")) {
            throw new AutotaskException("ContractCharges: either productID or billingCodeID is required");
        }
        date(item, "datePurchased");
    }

    private void contractService(ObjectNode item) {
        ObjectNode contract = reference("Contracts", item.get("contractID"));
        recurring(contract);
        reference("Services", item.get("serviceID"));
        if (!store.query("ContractServices", onContract(item)).isEmpty()) {
            throw new AutotaskException("ContractServices: the service is already on the contract");
        }
    }

    private void adjustment(ObjectNode item) {
        ObjectNode contract = reference("Contracts", item.get("contractID"));
        recurring(contract);
        ObjectNode service = reference("Services", item.get("serviceID"));
        date(item, "effectiveDate");
        List<ObjectNode> existing = store.query("ContractServices", onContract(item));
        if (existing.isEmpty()) {
            ObjectNode contractService = store.newItem();
            contractService.put("contractID", item.get("contractID").asLong());
            contractService.put("serviceID", item.get("serviceID").asLong());
            // Autotask's ContractServiceModel has unitPrice (no adjustedPrice): the adjustment's price becomes it
            JsonNode price = item.hasNonNull("adjustedUnitPrice") ? item.get("adjustedUnitPrice") : service.get("unitPrice");
            contractService.set("unitPrice", price);
            contractService.put("invoiceDescription", service.path("name").asText());
            item.put("contractServiceID", store.seed("ContractServices", contractService));
        } else {
            item.put("contractServiceID", existing.get(0).get("id").asLong());
        }
    }

    private void addUnitsFor(ObjectNode adjustment) {
        ObjectNode contract = store.get("Contracts", adjustment.get("contractID").asLong()).orElseThrow();
        ObjectNode contractService = store.get("ContractServices", adjustment.get("contractServiceID").asLong()).orElseThrow();
        ObjectNode units = store.newItem();
        units.put("contractID", contract.get("id").asLong());
        units.put("serviceID", adjustment.get("serviceID").asLong());
        units.put("contractServiceID", contractService.get("id").asLong());
        units.set("startDate", adjustment.get("effectiveDate"));
        units.set("endDate", contract.get("endDate"));
        units.put("units", adjustment.get("unitChange").asInt());
        units.set("price", contractService.get("unitPrice"));
        store.seed("ContractServiceUnits", units);
    }

    /** Adding a checklist library to a ticket appends the library's items to the ticket's checklist, in order. */
    private void appendLibraryItems(ObjectNode added) {
        long ticketId = added.get("ticketID").asLong();
        int position = store.query("TicketChecklistItems", onTicket(ticketId)).size();
        ObjectNode libraryFilter = store.newItem().put("op", "eq").put("field", "checklistLibraryID")
                .put("value", added.get("checklistLibraryID").asLong());
        for (ObjectNode libraryItem : store.query("ChecklistLibraryChecklistItems", store.newItem().arrayNode().add(libraryFilter))) {
            ObjectNode item = store.newItem().put("ticketID", ticketId).put("itemName", libraryItem.get("itemName").asText())
                    .put("isCompleted", false).put("isImportant", libraryItem.path("isImportant").asBoolean(false))
                    .put("position", ++position);
            store.seed("TicketChecklistItems", item);
        }
    }

    private JsonNode onTicket(long ticketId) {
        return store.newItem().arrayNode().add(store.newItem().put("op", "eq").put("field", "ticketID").put("value", ticketId));
    }

    private void ticket(ObjectNode item) {
        reference("Companies", item.get("companyID"));
        if (item.hasNonNull("assignedResourceID") != item.hasNonNull("assignedResourceRoleID")) {
            throw new AutotaskException(
                    "When assigning a Resource, you must assign both a assignedResourceID and assignedResourceRoleID.");
        }
        if (item.hasNonNull("assignedResourceID")) {
            reference("Resources", item.get("assignedResourceID"));
        }
        if (item.hasNonNull("ticketCategory")) {
            reference("TicketCategories", item.get("ticketCategory"));
        }
        if (item.hasNonNull("contractID")) {
            reference("Contracts", item.get("contractID"));
        }
    }

    private void companyUdf(JsonNode udf) {
        String name = udf.path("name").asText();
        JsonNode definition = AutotaskSeed.companyUdfs().stream()
                .filter(d -> d.path("name").asText().equals(name)).findFirst()
                .orElseThrow(() -> new AutotaskException("Companies: no user-defined field named '" + name + "'"));
        if (definition.path("isPickList").asBoolean() && !udf.path("value").isNull()) {
            boolean known = false;
            for (JsonNode value : definition.path("picklistValues")) {
                known |= value.path("value").asText().equals(udf.path("value").asText());
            }
            if (!known) {
                throw new AutotaskException("Companies: '" + udf.path("value").asText() + "' is not a value of the picklist '"
                        + name + "' (send the picklist value, not its label)");
            }
        }
    }

    private void picklist(String entity, String field, JsonNode value) {
        for (JsonNode candidate : AutotaskSeed.picklist(entity, field)) {
            if (candidate.path("value").asText().equals(value.asText())) {
                return;
            }
        }
        throw new AutotaskException(entity + ": " + value.asText() + " is not a valid value of " + field);
    }

    private void recurring(ObjectNode contract) {
        if (contract.path("contractType").asInt() != RECURRING_SERVICE) {
            throw new AutotaskException("The contract must be a Recurring Service contract (contractType 7)");
        }
    }

    private ObjectNode reference(String entity, JsonNode id) {
        if (id == null || id.isNull()) {
            throw new AutotaskException("Missing reference to " + entity);
        }
        return store.get(entity, id.asLong())
                .orElseThrow(() -> new AutotaskException("The " + entity + " with id " + id.asText() + " does not exist"));
    }

    private JsonNode onContract(ObjectNode item) {
        ObjectNode contractFilter = store.newItem().put("op", "eq").put("field", "contractID");
        contractFilter.set("value", item.get("contractID"));
        ObjectNode serviceFilter = store.newItem().put("op", "eq").put("field", "serviceID");
        serviceFilter.set("value", item.get("serviceID"));
        return store.newItem().arrayNode().add(contractFilter).add(serviceFilter);
    }

    private static LocalDate date(ObjectNode item, String field) {
        String text = item.get(field).asText();
        try {
            return text.length() <= 10 ? LocalDate.parse(text) : LocalDateTime.parse(text.replace("Z", "")).toLocalDate();
        } catch (DateTimeParseException e) {
            throw new AutotaskException(field + ": '" + text + "' is not a date (yyyy-mm-ddThh:mm:ss)");
        }
    }

    private static void literalBooleans(String entity, ObjectNode item) {
        for (String field : List.of("isDefaultContract", "isActive",
                "isCompleted", "isImportant", "isBillableToCompany")) {
            if (item.has(field) && !item.get(field).isBoolean()) {
                throw new AutotaskException(entity + ": " + field + " must be true or false");
            }
        }
    }

    /** Fields the swagger types as int32 that hold 1 or 0; Autotask refuses true/false there. */
    private static void integerFlags(String entity, ObjectNode item) {
        for (String field : List.of("timeReportingRequiresStartAndStopTimes")) {
            JsonNode value = item.get(field);
            if (value != null && !value.isNull() && (!value.isIntegralNumber() || value.asInt() < 0 || value.asInt() > 1)) {
                throw new AutotaskException(entity + ": " + field + " must be 1 or 0 (an integer), not " + value);
            }
        }
    }
}
