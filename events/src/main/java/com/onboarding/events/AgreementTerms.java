package com.onboarding.events;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * The terms of the signed agreement, as read from the DocuSign envelope.
 *
 * @param accountName                 the customer's account name (as in Autotask)
 * @param customerKind                business or residential
 * @param services                    the services signed, each with its monthly price
 * @param setupFee                    the one-off setup fee, exact
 * @param commitment                  month to month or annual
 * @param managedServicesWithHelpDesk a managed services agreement whose customer is on help desk
 * @param platforms                   Windows, Mac or both
 * @param reportRecipients            who receives the RMM reports
 * @param reminderRecipients          who receives the leave-PCs-on reminder
 * @param intendedStart               when the customer intends services to begin
 * @param goLiveDate                  the agreed go-live date, if the agreement names one
 */
public record AgreementTerms(
        String accountName,
        CustomerKind customerKind,
        List<SignedService> services,
        BigDecimal setupFee,
        Commitment commitment,
        boolean managedServicesWithHelpDesk,
        Platforms platforms,
        List<Contact> reportRecipients,
        List<Contact> reminderRecipients,
        LocalDate intendedStart,
        LocalDate goLiveDate) {

    public AgreementTerms {
        services = services == null ? List.of() : List.copyOf(services);
        reportRecipients = reportRecipients == null ? List.of() : List.copyOf(reportRecipients);
        reminderRecipients = reminderRecipients == null ? List.of() : List.copyOf(reminderRecipients);
    }

    public boolean hasRmm() {
        return services.stream().anyMatch(service -> service.kind() == ServiceKind.RMM);
    }

    public boolean hasBackup() {
        return services.stream().anyMatch(service -> service.kind() == ServiceKind.BACKUP);
    }

    public boolean hasWorkstationRmm() {
        return services.stream().anyMatch(SignedService::isWorkstationRmm);
    }

    public boolean isBackupOnly() {
        return hasBackup() && !hasRmm();
    }
}
