package com.onboarding.contract.autotask;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.onboarding.clients.autotask.AutotaskClient;
import com.onboarding.clients.autotask.Filter;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;

/**
 * The Autotask side of the contract procedure: translate, call, map. Every create looks up first, by the company
 * and a marker naming the onboarding, so a retry finds what an earlier attempt made.
 */
@ApplicationScoped
public class AutotaskContracts {

    /** Autotask's documented id of the Recurring Service contract type. */
    static final int RECURRING_SERVICE = 7;
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final AutotaskClient autotask;

    public AutotaskContracts(AutotaskClient autotask) {
        this.autotask = autotask;
    }

    public Optional<Company> company(String accountName) {
        return autotask.findOne("Companies", Filter.eq("companyName", accountName))
                .map(item -> new Company(item.path("id").asLong(), item.path("companyName").asText()));
    }

    /** The company's active monthly recurring service contract, if it has one. */
    public Optional<ExistingContract> monthlyContract(long companyId) {
        return autotask.findOne("Contracts", Filter.eq("companyID", companyId), Filter.eq("contractType", RECURRING_SERVICE),
                Filter.eq("contractPeriodType", autotask.picklistValue("Contracts", "contractPeriodType", "Monthly")),
                Filter.eq("status", autotask.picklistValue("Contracts", "status", "Active")))
                .map(item -> new ExistingContract(item.path("id").asLong(), item.path("contractName").asText(),
                        item.hasNonNull("endDate") ? date(item.path("endDate")) : null));
    }

    /** Every active monthly recurring service contract of the company, with its Default Service Desk flag. */
    public java.util.List<ExistingContract> monthlyContracts(long companyId) {
        return autotask.query("Contracts", Filter.eq("companyID", companyId), monthlyFilter()).stream()
                .map(AutotaskContracts::existing).toList();
    }

    /**
     * The company's contracts the contract step needs, in one query (an OR of the two look-ups): its active monthly
     * recurring service contracts (to reuse one) and the contract this onboarding made, if an earlier attempt made it
     * (named {@code name}, the onboarding's marker in its description: the look-up before the create).
     */
    public CompanyContracts companyContracts(long companyId, String name, String onboardingId) {
        String period = autotask.picklistValue("Contracts", "contractPeriodType", "Monthly");
        String status = autotask.picklistValue("Contracts", "status", "Active");
        java.util.List<JsonNode> found = autotask.query("Contracts", Filter.eq("companyID", companyId),
                Filter.or(monthlyFilter(), ours(name, onboardingId)));
        java.util.List<ExistingContract> monthly = found.stream()
                .filter(item -> item.path("contractType").asInt() == RECURRING_SERVICE
                        && item.path("contractPeriodType").asText().equals(period) && item.path("status").asText().equals(status))
                .map(AutotaskContracts::existing).toList();
        Optional<JsonNode> made = found.stream()
                .filter(item -> item.path("contractName").asText().equalsIgnoreCase(name)
                        && item.path("description").asText().contains(marker(onboardingId)))
                .findFirst();
        return new CompanyContracts(monthly, made);
    }

    /** What {@link #companyContracts} found: the monthly contracts, and this onboarding's own contract if it exists. */
    public record CompanyContracts(java.util.List<ExistingContract> monthly, Optional<JsonNode> made) {
    }

    private ObjectNode monthlyFilter() {
        return Filter.and(Filter.eq("contractType", RECURRING_SERVICE),
                Filter.eq("contractPeriodType", autotask.picklistValue("Contracts", "contractPeriodType", "Monthly")),
                Filter.eq("status", autotask.picklistValue("Contracts", "status", "Active")));
    }

    private static ObjectNode ours(String name, String onboardingId) {
        return Filter.and(Filter.eq("contractName", name), Filter.op("contains", "description", marker(onboardingId)));
    }

    private static ExistingContract existing(JsonNode item) {
        return new ExistingContract(item.path("id").asLong(), item.path("contractName").asText(),
                item.hasNonNull("endDate") ? date(item.path("endDate")) : null,
                item.path("isDefaultContract").asBoolean(false));
    }

    /**
     * Makes a reused contract the company's Default Service Desk Contract (procedure I.3), unless it is already:
     * read first, written only when needed, read back.
     */
    public boolean makeDefaultServiceDesk(long contractId) {
        if (autotask.get("Contracts", contractId).map(c -> c.path("isDefaultContract").asBoolean(false)).orElse(false)) {
            return false;
        }
        autotask.update("Contracts", MAPPER.createObjectNode().put("id", contractId).put("isDefaultContract", true));
        boolean set = autotask.get("Contracts", contractId).map(c -> c.path("isDefaultContract").asBoolean(false)).orElse(false);
        if (!set) {
            throw new com.onboarding.messaging.steps.NeedsAttention("Autotask did not keep 'Default Service Desk Contract' on"
                    + " contract " + contractId + "; set it there, then retry this step.");
        }
        return true;
    }

    public long createContract(long companyId, String name, LocalDate start, LocalDate end, boolean defaultServiceDesk,
            String onboardingId) {
        return createContract(companyId, name, start, end, defaultServiceDesk, onboardingId, null);
    }

    /** As above, when {@link #companyContracts} already looked it up ({@code lookedUp}: its answer). */
    public long createContract(long companyId, String name, LocalDate start, LocalDate end, boolean defaultServiceDesk,
            String onboardingId, Optional<JsonNode> lookedUp) {
        ObjectNode contract = MAPPER.createObjectNode()
                .put("companyID", companyId)
                .put("contractName", name)
                .put("contractType", RECURRING_SERVICE)
                .put("contractPeriodType", Integer.parseInt(autotask.picklistValue("Contracts", "contractPeriodType", "Monthly")))
                .put("status", Integer.parseInt(autotask.picklistValue("Contracts", "status", "Active")))
                .put("startDate", dateTime(start))
                .put("endDate", dateTime(end))
                .put("timeReportingRequiresStartAndStopTimes", 0) // an int32 flag in Autotask's swagger, not a boolean
                .put("isDefaultContract", defaultServiceDesk)
                .put("description", marker(onboardingId));
        return autotask.createUnlessExists(lookedUp,
                () -> autotask.findOne("Contracts", Filter.eq("companyID", companyId), ours(name, onboardingId)),
                () -> autotask.create("Contracts", contract));
    }

    /**
     * The setup-fee charge of this onboarding on the contract, created once. A charge found by the look-up is answered
     * as Autotask holds it (a person may have changed it); a charge made now is answered as sent, with the id
     * Autotask gave it (its create answer holds only the id, and Autotask stores a charge's price and quantity as sent).
     */
    public JsonNode setupFeeCharge(long contractId, String name, String chargeTypeLabel, long billingCodeId,
            BigDecimal amount, LocalDate purchased, String onboardingId) {
        ObjectNode charge = MAPPER.createObjectNode()
                .put("name", name)
                .put("description", "Setup fee as signed. " + marker(onboardingId))
                .put("chargeType", Integer.parseInt(autotask.picklistValue("ContractCharges", "chargeType", chargeTypeLabel)))
                .put("billingCodeID", billingCodeId)
                .put("datePurchased", dateTime(purchased))
                .put("unitQuantity", 1)
                .put("unitPrice", amount)
                .put("isBillableToCompany", true);
        JsonNode[] found = new JsonNode[1];
        long id = autotask.createUnlessExists(() -> {
            Optional<JsonNode> existing = feeCharge(contractId, onboardingId);
            existing.ifPresent(item -> found[0] = item);
            return existing;
        }, () -> autotask.createChild("Contracts", contractId, "Charges", charge));
        return found[0] != null ? found[0] : charge.deepCopy().put("id", id).put("contractID", contractId);
    }

    private Optional<JsonNode> feeCharge(long contractId, String onboardingId) {
        return autotask.findOne("ContractCharges", Filter.eq("contractID", contractId),
                Filter.op("contains", "description", marker(onboardingId)));
    }

    public Optional<JsonNode> contractService(long contractId, long serviceId) {
        return autotask.findOne("ContractServices", Filter.eq("contractID", contractId), Filter.eq("serviceID", serviceId));
    }

    /**
     * Adds the service through a service adjustment (Autotask creates the contract service with it), which is the
     * only way to give it both the signed price and the date it actually began.
     */
    public void addService(long contractId, long serviceId, LocalDate start, BigDecimal price) {
        addService(contractId, serviceId, start, price, 1);
    }

    /** As above for a line of several units (devices) at the signed unit price. */
    public void addService(long contractId, long serviceId, LocalDate start, BigDecimal price, int units) {
        ObjectNode adjustment = MAPPER.createObjectNode()
                .put("contractID", contractId)
                .put("serviceID", serviceId)
                .put("effectiveDate", dateTime(start))
                .put("unitChange", units)
                .put("adjustedUnitPrice", price);
        autotask.createUnlessExists(() -> contractService(contractId, serviceId),
                () -> autotask.createChild("Contracts", contractId, "ServiceAdjustments", adjustment));
    }

    /** What Autotask bills for a service on a contract: how many units, from when, at what unit price. */
    public record BilledUnits(int units, LocalDate start, BigDecimal price) {
    }

    /** The services already on the contract, of those asked for, by service id: one query (serviceID in …). */
    public java.util.Map<Long, JsonNode> contractServices(long contractId, java.util.Collection<Long> serviceIds) {
        java.util.Map<Long, JsonNode> found = new java.util.LinkedHashMap<>();
        autotask.query("ContractServices", Filter.eq("contractID", contractId), Filter.in("serviceID", serviceIds))
                .forEach(item -> found.putIfAbsent(item.path("serviceID").asLong(), item));
        return found;
    }

    /**
     * What Autotask bills for each of the services on the contract, read back in one query (ContractServiceUnits
     * carry the units, their start and the unit price): by service id, the first units of each.
     */
    public java.util.Map<Long, BilledUnits> billedUnits(long contractId, java.util.Collection<Long> serviceIds) {
        java.util.Map<Long, BilledUnits> billed = new java.util.LinkedHashMap<>();
        autotask.query("ContractServiceUnits", Filter.eq("contractID", contractId), Filter.in("serviceID", serviceIds))
                .forEach(units -> billed.putIfAbsent(units.path("serviceID").asLong(), new BilledUnits(units.path("units").asInt(),
                        date(units.path("startDate")), units.hasNonNull("price") ? new BigDecimal(units.path("price").asText()) : null)));
        return billed;
    }

    /**
     * Adds the service through a service adjustment unless {@code lookedUp} (the answer of {@link #contractServices}
     * for it) shows it on the contract; a retry after a lost answer looks it up again first.
     */
    public void addService(long contractId, long serviceId, LocalDate start, BigDecimal price, int units,
            Optional<JsonNode> lookedUp) {
        ObjectNode adjustment = MAPPER.createObjectNode()
                .put("contractID", contractId)
                .put("serviceID", serviceId)
                .put("effectiveDate", dateTime(start))
                .put("unitChange", units)
                .put("adjustedUnitPrice", price);
        autotask.createUnlessExists(lookedUp, () -> contractService(contractId, serviceId),
                () -> autotask.createChild("Contracts", contractId, "ServiceAdjustments", adjustment));
    }

    /** The service's units and their start, read once, if Autotask bills any. */
    public Optional<BilledUnits> billedUnits(long contractId, long serviceId) {
        return autotask.findOne("ContractServiceUnits", Filter.eq("contractID", contractId), Filter.eq("serviceID", serviceId))
                .map(units -> new BilledUnits(units.path("units").asInt(), date(units.path("startDate")),
                        units.hasNonNull("price") ? new BigDecimal(units.path("price").asText()) : null));
    }

    /**
     * Every ticket of the company whose description contains {@code markerPart} (what the markers of one onboarding's
     * recurring tickets share): the look-up of all its occurrences in one query.
     */
    public java.util.List<JsonNode> ticketsMarked(long companyId, String markerPart) {
        return autotask.query("Tickets", Filter.eq("companyID", companyId), Filter.op("contains", "description", markerPart));
    }

    /** One occurrence of a recurring ticket, created once: found again by the marker in its description. */
    public long recurringTicket(long companyId, long contractId, String title, String description, String marker,
            long queueId, Long categoryId, String priorityLabel, LocalDate due) {
        return recurringTicket(companyId, contractId, title, description, marker, queueId, categoryId, priorityLabel, due, null);
    }

    /** As above, {@code lookedUp} the answer of {@link #ticketsMarked} for this occurrence (null: look it up). */
    public long recurringTicket(long companyId, long contractId, String title, String description, String marker,
            long queueId, Long categoryId, String priorityLabel, LocalDate due, Optional<JsonNode> lookedUp) {
        ObjectNode ticket = MAPPER.createObjectNode()
                .put("companyID", companyId)
                .put("contractID", contractId)
                .put("title", title)
                .put("description", description)
                .put("queueID", queueId)
                .put("status", Integer.parseInt(autotask.picklistValue("Tickets", "status", "New")))
                .put("priority", Integer.parseInt(autotask.picklistValue("Tickets", "priority", priorityLabel)))
                .put("dueDateTime", dateTime(due));
        if (categoryId != null) {
            ticket.put("ticketCategory", categoryId);
        }
        return autotask.createUnlessExists(lookedUp,
                () -> autotask.findOne("Tickets", Filter.eq("companyID", companyId), Filter.op("contains", "description", marker)),
                () -> autotask.create("Tickets", ticket));
    }

    private static LocalDate date(JsonNode dateTime) {
        return LocalDate.parse(dateTime.asText().substring(0, 10));
    }

    static String marker(String onboardingId) {
        return "[onboarding " + onboardingId + "]";
    }

    /** Autotask takes dates as yyyy-mm-ddThh:mm:ss; date-only fields keep midnight. */
    static String dateTime(LocalDate date) {
        return date + "T00:00:00";
    }
}
