package com.onboarding.reporting.tickets;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.onboarding.clients.autotask.AutotaskClient;
import com.onboarding.clients.autotask.Filter;
import com.onboarding.reporting.config.ReportingConfig;
import com.onboarding.reporting.rules.ScheduleTicket;
import jakarta.enterprise.context.ApplicationScoped;

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

    /** True when a technician completed the ticket. */
    public boolean isComplete(long ticketId) {
        String complete = autotask.picklistValue("Tickets", "status", config.completeStatus());
        return autotask.get("Tickets", ticketId)
                .map(item -> item.path("status").asText().equals(complete))
                .orElse(false);
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
