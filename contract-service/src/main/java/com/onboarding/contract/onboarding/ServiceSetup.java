package com.onboarding.contract.onboarding;

import com.onboarding.events.ServiceKind;
import com.onboarding.events.EventJson;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import org.hibernate.annotations.DynamicUpdate;

/**
 * A SetupCompleted: the service of this kind is in effect since {@code serviceStart}. Only changed columns are
 * written: a new setup, the services step and the recurring tickets step each change their own columns concurrently.
 */
@Entity
@Table(name = "service_setup")
@DynamicUpdate
public class ServiceSetup extends PanacheEntityBase {

    @EmbeddedId
    public Key key;

    @Column(name = "service_start", nullable = false)
    public LocalDate serviceStart;

    @Column(name = "confirmed_by")
    public String confirmedBy;

    @Column(name = "on_contract", nullable = false)
    public boolean onContract;

    /** Where technicians find the service's detailed instructions, for its recurring tickets; may be empty. */
    @Column(name = "instructions_url", columnDefinition = "text")
    public String instructionsUrl;

    /** The recurring-ticket template copied when its tickets were first scheduled (JSON); empty until then. */
    @Column(name = "ticket_template", columnDefinition = "text")
    public String ticketTemplate;

    /** How many of its recurring tickets were made (the index of the next occurrence). */
    @Column(name = "tickets_made", nullable = false)
    public int ticketsMade;

    public RecurringTicketTemplate template() {
        try {
            return ticketTemplate == null ? null : EventJson.mapper().readValue(ticketTemplate, RecurringTicketTemplate.class);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("Stored ticket template unreadable for " + key, e);
        }
    }

    public void template(RecurringTicketTemplate template) {
        ticketTemplate = EventJson.mapper().valueToTree(template).toString();
    }

    @Embeddable
    public record Key(@Column(name = "onboarding_id") String onboardingId,
            @Enumerated(EnumType.STRING) @Column(name = "service_kind") ServiceKind serviceKind) implements Serializable {
    }

    /**
     * Records a SetupCompleted; a service already on the contract whose start changed is checked again (its start
     * is read back against the new one).
     */
    public static ServiceSetup record(String onboardingId, ServiceKind kind, LocalDate serviceStart, String confirmedBy,
            String instructionsUrl) {
        ServiceSetup setup = findById(new Key(onboardingId, kind));
        if (setup == null) {
            setup = new ServiceSetup();
            setup.key = new Key(onboardingId, kind);
            setup.serviceStart = serviceStart;
            setup.persist();
        }
        if (!serviceStart.equals(setup.serviceStart)) {
            setup.onContract = false;
        }
        setup.serviceStart = serviceStart;
        setup.confirmedBy = confirmedBy;
        setup.instructionsUrl = instructionsUrl;
        return setup;
    }

    public static List<ServiceSetup> of(String onboardingId) {
        return list("key.onboardingId", onboardingId);
    }
}
