package com.onboarding.contract.tickets;

import com.onboarding.events.ServiceKind;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;

/** The recurrence of one contract service's ticket; {@code nextDue} is empty once the contract has ended. */
@Entity
@Table(name = "recurring_ticket_schedule")
public class RecurringTicketSchedule extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "onboarding_id", nullable = false)
    public String onboardingId;

    @Enumerated(EnumType.STRING)
    @Column(name = "service_kind", nullable = false)
    public ServiceKind serviceKind;

    @Column(name = "company_id", nullable = false)
    public long companyId;

    @Column(name = "contract_id", nullable = false)
    public long contractId;

    @Column(nullable = false)
    public String title;

    @Column(name = "queue_id", nullable = false)
    public long queueId;

    @Column(name = "category_id")
    public Long categoryId;

    /** Label of the ticket priority picklist entry. */
    @Column(nullable = false)
    public String priority;

    @Column(name = "every_months", nullable = false)
    public int everyMonths;

    @Column(name = "service_start", nullable = false)
    public LocalDate serviceStart;

    @Column(name = "contract_end", nullable = false)
    public LocalDate contractEnd;

    @Column(name = "next_index", nullable = false)
    public int nextIndex;

    @Column(name = "next_due")
    public LocalDate nextDue;

    /** Linked in every occurrence's description (the backup instructions); may be empty. */
    @Column(name = "instructions_url", columnDefinition = "text")
    public String instructionsUrl;

    /** Why Autotask refused the next occurrence; the schedule waits for a person's retry meanwhile. */
    @Column(name = "paused_reason")
    public String pausedReason;

    /** What identifies the occurrence due on {@code due} in Autotask (in its description), to find it again. */
    public String marker(LocalDate due) {
        return "[recurring " + serviceKind + " ticket of onboarding " + onboardingId + " due " + due + "]";
    }
}
