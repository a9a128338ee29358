package com.onboarding.reminder.rules;

import com.onboarding.events.AgreementTerms;
import com.onboarding.events.Contact;
import com.onboarding.events.CustomerKind;
import com.onboarding.events.Platforms;
import java.util.List;
import java.util.Optional;

/**
 * Procedure IV, who gets which reminder (workstation RMM only):
 * <ul>
 * <li>a residential customer is added to the BCC of the one shared reminder "Reminder for NY Geek Girls RMM
 * Customers" — never a reminder of its own;</li>
 * <li>a business customer gets its own reminder, copied from the business template, with its own subject and
 * addresses and the message text for its platforms (Windows, Mac or both).</li>
 * </ul>
 */
public final class ReminderPlan {

    public static final String SHARED_RESIDENTIAL_SUBJECT = "Reminder for NY Geek Girls RMM Customers";

    /** What to do for one customer. */
    public sealed interface Action permits AddToShared, OwnReminder, NoReminder {
    }

    public record AddToShared(List<String> bccAddresses) implements Action {
    }

    public record OwnReminder(String subject, List<String> addresses, Platforms platforms) implements Action {
    }

    public record NoReminder(String reason) implements Action {
    }

    private ReminderPlan() {
    }

    public static Action plan(AgreementTerms terms, String companyName) {
        if (!terms.hasWorkstationRmm()) {
            return new NoReminder("The leave-PCs-on reminder is for workstation RMM only; this agreement has "
                    + (terms.hasRmm() ? "server RMM only" : "no RMM"));
        }
        List<String> addresses = terms.reminderRecipients().stream().map(Contact::email).map(Ampersands::address).map(EmailAddress::strict)
                .distinct().toList();
        if (addresses.isEmpty()) {
            throw new ReminderRefused("The agreement names no reminder recipients for " + companyName
                    + ". Add them to the intake terms (ReminderRecipients), then retry this step.");
        }
        if (terms.customerKind() == CustomerKind.RESIDENTIAL) {
            return new AddToShared(addresses);
        }
        String subject = Ampersands.rewrite("Reminder for " + companyName + ": please leave your computers on tonight");
        return new OwnReminder(subject, addresses, Optional.ofNullable(terms.platforms()).orElse(Platforms.WINDOWS));
    }
}
