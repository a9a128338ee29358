package com.onboarding.reporting.tickets;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.onboarding.clients.autotask.AutotaskClient;
import com.onboarding.clients.autotask.Filter;
import com.onboarding.reporting.config.ReportingConfig;
import com.onboarding.reporting.rules.ScheduleTicket;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;

/** The technician tickets that stand in for report schedules, in Autotask: looked up by title before creating. */
@ApplicationScoped
public class ScheduleTickets {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final AutotaskClient autotask;
    private final ReportingConfig.Tickets config;

    public ScheduleTickets(AutotaskClient autotask, ReportingConfig config) {
        this.autotask = autotask;
        this.config = config.tickets();
    }

    /** The id of this onboarding's ticket, created unless it exists. */
    public long ensure(long companyId, ScheduleTicket ticket) {
        return autotask.createUnlessExists(
                () -> autotask.findOne("Tickets", Filter.eq("companyID", companyId), Filter.eq("title", ticket.title())),
                () -> autotask.create("Tickets", item(companyId, ticket)));
    }

    /**
     * The evidence that a technician completed the ticket, e.g. {@code Autotask ticket T20261201.0004 completed by Tom
     * Tech}; empty while it is not complete. The person is the ticket's completing resource (or its assigned one).
     */
    public Optional<String> completion(long ticketId) {
        String complete = autotask.picklistValue("Tickets", "status", config.completeStatus());
        return autotask.get("Tickets", ticketId)
                .filter(item -> item.path("status").asText().equals(complete))
                .map(item -> "Autotask ticket " + item.path("ticketNumber").asText(String.valueOf(ticketId)) + " completed by "
                        + resourceName(item.hasNonNull("completedByResourceID") ? item.get("completedByResourceID")
                                : item.get("assignedResourceID")));
    }

    private String resourceName(JsonNode resourceId) {
        if (resourceId == null || !resourceId.canConvertToLong() || resourceId.asLong() == 0) {
            return "a technician";
        }
        // a technician's name: reference data, read once per autotask.metadata-ttl
        return autotask.referenceById("Resources", resourceId.asLong())
                .map(r -> (r.path("firstName").asText("") + " " + r.path("lastName").asText("")).strip())
                .filter(name -> !name.isEmpty())
                .orElse("resource " + resourceId.asLong());
    }

    public String ticketNumber(long ticketId) {
        return autotask.get("Tickets", ticketId).map(item -> item.path("ticketNumber").asText(String.valueOf(ticketId)))
                .orElse(String.valueOf(ticketId));
    }

    private ObjectNode item(long companyId, ScheduleTicket ticket) {
        ObjectNode item = MAPPER.createObjectNode()
                .put("companyID", companyId)
                .put("title", ticket.title())
                .put("description", ticket.description())
                .put("status", Integer.parseInt(autotask.picklistValue("Tickets", "status", config.newStatus())))
                .put("priority", Integer.parseInt(autotask.picklistValue("Tickets", "priority", config.priority())))
                .put("queueID", config.queueId());
        config.assignedResourceId().ifPresent(id -> item.put("assignedResourceID", id));
        config.assignedRoleId().ifPresent(id -> item.put("assignedResourceRoleID", id));
        return item;
    }
}
