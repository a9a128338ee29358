package com.onboarding.reporting.flow;

import com.onboarding.events.ContractCreated;
import com.onboarding.messaging.store.KnownContract;
import com.onboarding.reporting.rules.ReportSteps;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import org.hibernate.annotations.DynamicUpdate;

/**
 * The contract one onboarding's reports are for, and the technician ticket of each report schedule.
 * {@code @DynamicUpdate}: the two schedules' tickets are recorded by concurrent transactions; a full-row update would
 * write the other schedule's ticket id back to what it read.
 */
@DynamicUpdate
@Entity
@Table(name = "report_onboarding")
public class ReportOnboarding extends KnownContract {

    @Column(name = "autotask_ticket_id")
    public Long autotaskTicketId;

    @Column(name = "datto_rmm_ticket_id")
    public Long dattoRmmTicketId;

    public static ReportOnboarding of(ContractCreated event, OffsetDateTime now) {
        ReportOnboarding onboarding = new ReportOnboarding();
        onboarding.know(event, now);
        return onboarding;
    }

    /** What is known now, read in a short transaction of its own (step work runs outside any). */
    public static ReportOnboarding snapshot(String onboardingId) {
        return QuarkusTransaction.requiringNew().call(() -> ReportOnboarding.<ReportOnboarding>findById(onboardingId));
    }

    public Long ticketOf(String schedule) {
        return ReportSteps.AUTOTASK.equals(schedule) ? autotaskTicketId : dattoRmmTicketId;
    }

    public void ticket(String schedule, long ticketId) {
        if (ReportSteps.AUTOTASK.equals(schedule)) {
            autotaskTicketId = ticketId;
        } else {
            dattoRmmTicketId = ticketId;
        }
    }
}
