package com.onboarding.reminder.store;

import com.onboarding.events.Platforms;
import com.onboarding.reminder.rules.Delivery;
import com.onboarding.reminder.rules.LegacyCommandFile;
import com.onboarding.reminder.rules.ReminderPlan;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.util.List;

/**
 * The stored reminders, in short transactions of their own (the step's work runs outside any transaction): one
 * reminder per subject and delivery, so the shared residential reminder exists once for Power Automate and once in
 * the legacy command file, and a legacy customer never moves the others.
 */
@ApplicationScoped
public class ReminderBook {

    /** A reminder as it stands after a customer's addresses were added. */
    public record Stored(long id, String subject, String kind, Platforms platforms, Delivery delivery, int revision,
            Integer registeredRevision, List<String> bcc) {

        public LegacyCommandFile.Command command() {
            return new LegacyCommandFile.Command(subject, LegacyCommandFile.textFile(platforms), bcc);
        }

        public boolean registered() {
            return registeredRevision != null && registeredRevision >= revision;
        }
    }

    /** Stores the customer's reminder (each address once; a new address raises the revision) and returns it. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Stored store(String onboardingId, ReminderPlan.Action action, Delivery delivery) {
        Reminder reminder;
        List<String> addresses;
        if (action instanceof ReminderPlan.AddToShared shared) {
            reminder = reminder(ReminderPlan.SHARED_RESIDENTIAL_SUBJECT, "SHARED_RESIDENTIAL", null, Platforms.BOTH, delivery);
            addresses = shared.bccAddresses();
        } else if (action instanceof ReminderPlan.OwnReminder own) {
            reminder = reminder(own.subject(), "BUSINESS", onboardingId, own.platforms(), delivery);
            addresses = own.addresses();
        } else {
            throw new IllegalArgumentException("No reminder to store: " + action);
        }
        for (String address : addresses) {
            ReminderRecipient.Key key = new ReminderRecipient.Key(reminder.id, address.toLowerCase());
            if (ReminderRecipient.findById(key) == null) {
                ReminderRecipient recipient = new ReminderRecipient();
                recipient.key = key;
                recipient.onboardingId = onboardingId;
                recipient.persist();
                reminder.revision++;
            }
        }
        return stored(reminder);
    }

    /** The reminder as it stands now (read right before a registration, so the newest list is sent). */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Stored current(long id) {
        return stored(Reminder.findById(id));
    }

    /** Records that Power Automate has this revision (never lowers it). */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void registered(long id, int revision) {
        Reminder reminder = Reminder.findById(id, LockModeType.PESSIMISTIC_WRITE);
        if (reminder.registeredRevision == null || reminder.registeredRevision < revision) {
            reminder.registeredRevision = revision;
        }
    }

    /** The legacy command file: the reminders delivered through it, and only those. */
    @Transactional
    public List<LegacyCommandFile.Command> legacyCommands() {
        return Reminder.<Reminder>list("delivery", Delivery.LEGACY.name()).stream().map(ReminderBook::stored)
                .map(Stored::command).toList();
    }

    private static Reminder reminder(String subject, String kind, String onboardingId, Platforms platforms, Delivery delivery) {
        Reminder reminder = Reminder.find("subject = ?1 and delivery = ?2", subject, delivery.name())
                .withLock(LockModeType.PESSIMISTIC_WRITE).firstResult();
        if (reminder == null) {
            reminder = new Reminder();
            reminder.subject = subject;
            reminder.kind = kind;
            reminder.onboardingId = onboardingId;
            reminder.platforms = platforms.name();
            reminder.delivery = delivery.name();
            reminder.persistAndFlush();
        }
        return reminder;
    }

    private static Stored stored(Reminder reminder) {
        List<String> bcc = ReminderRecipient.<ReminderRecipient>list("key.reminderId", reminder.id).stream()
                .map(recipient -> recipient.key.email()).sorted().toList();
        return new Stored(reminder.id, reminder.subject, reminder.kind, Platforms.valueOf(reminder.platforms),
                Delivery.valueOf(reminder.delivery), reminder.revision, reminder.registeredRevision, bcc);
    }
}
