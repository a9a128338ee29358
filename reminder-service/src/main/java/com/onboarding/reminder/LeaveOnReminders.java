package com.onboarding.reminder;

import com.onboarding.events.steps.StepIds;
import com.onboarding.events.AgreementTerms;
import com.onboarding.events.Platforms;
import com.onboarding.messaging.steps.NeedsAttention;
import com.onboarding.messaging.steps.StepRunner;
import com.onboarding.messaging.steps.StepTracker;
import com.onboarding.reminder.delivery.PowerAutomate;
import com.onboarding.reminder.rules.LegacyCommandFile;
import com.onboarding.reminder.rules.ReminderPlan;
import com.onboarding.reminder.rules.ReminderRefused;
import com.onboarding.reminder.store.Reminder;
import com.onboarding.reminder.store.ReminderRecipient;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;

/**
 * Step reminders.leave-on: store the reminder (the shared residential one gains a BCC address; a business customer
 * gets its own), register it with Power Automate — or leave it to the legacy command file for older customers —
 * and check that a dry run renders it.
 */
@ApplicationScoped
public class LeaveOnReminders {

    public static final String STEP = StepIds.REMINDERS_LEAVE_ON;

    private final StepRunner runner;
    private final StepTracker steps;
    private final PowerAutomate powerAutomate;
    private final ReminderConfig config;

    public LeaveOnReminders(StepRunner runner, StepTracker steps, PowerAutomate powerAutomate, ReminderConfig config) {
        this.runner = runner;
        this.steps = steps;
        this.powerAutomate = powerAutomate;
        this.config = config;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void contractCreated(String onboardingId, String companyName, AgreementTerms terms) {
        ReminderPlan.Action action;
        try {
            action = ReminderPlan.plan(terms, companyName);
        } catch (ReminderRefused refused) {
            steps.needsAttention(onboardingId, STEP, refused.getMessage());
            return;
        }
        if (action instanceof ReminderPlan.NoReminder none) {
            steps.skipped(onboardingId, STEP, none.reason());
            return;
        }
        runner.run(onboardingId, STEP, () -> {
            try {
                Reminder reminder = store(onboardingId, companyName, action);
                boolean legacy = config.legacyCustomers().stream().anyMatch(name -> name.equalsIgnoreCase(companyName));
                if (legacy) {
                    reminder.delivery = "LEGACY";
                } else if (reminder.delivery.equals("POWER_AUTOMATE")
                        && !Integer.valueOf(reminder.revision).equals(reminder.registeredRevision)) {
                    powerAutomate.register("reminder-" + reminder.id, reminder.revision, reminder.subject, bcc(reminder),
                            LegacyCommandFile.textFile(Platforms.valueOf(reminder.platforms)));
                    reminder.registeredRevision = reminder.revision;
                }
                String dryRun = LegacyCommandFile.render(List.of(command(reminder)), config.sender());
                return "'" + reminder.subject + "' (" + reminder.delivery.toLowerCase().replace('_', ' ') + ", "
                        + bcc(reminder).size() + " BCC) renders: " + dryRun.lines().skip(2).findFirst().orElse("");
            } catch (ReminderRefused refused) {
                throw new NeedsAttention(refused.getMessage());
            }
        });
    }

    private Reminder store(String onboardingId, String companyName, ReminderPlan.Action action) {
        Reminder reminder;
        List<String> addresses;
        if (action instanceof ReminderPlan.AddToShared shared) {
            reminder = reminder(ReminderPlan.SHARED_RESIDENTIAL_SUBJECT, "SHARED_RESIDENTIAL", null, Platforms.BOTH);
            addresses = shared.bccAddresses();
        } else {
            ReminderPlan.OwnReminder own = (ReminderPlan.OwnReminder) action;
            reminder = reminder(own.subject(), "BUSINESS", onboardingId, own.platforms());
            addresses = own.addresses();
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
        return reminder;
    }

    private static Reminder reminder(String subject, String kind, String onboardingId, Platforms platforms) {
        Reminder reminder = Reminder.find("subject", subject).withLock(jakarta.persistence.LockModeType.PESSIMISTIC_WRITE)
                .firstResult();
        if (reminder == null) {
            reminder = new Reminder();
            reminder.subject = subject;
            reminder.kind = kind;
            reminder.onboardingId = onboardingId;
            reminder.platforms = platforms.name();
            reminder.delivery = "POWER_AUTOMATE";
            reminder.persistAndFlush();
        }
        return reminder;
    }

    static List<String> bcc(Reminder reminder) {
        return ReminderRecipient.<ReminderRecipient>list("key.reminderId", reminder.id).stream()
                .map(recipient -> recipient.key.email()).sorted().toList();
    }

    static LegacyCommandFile.Command command(Reminder reminder) {
        return new LegacyCommandFile.Command(reminder.subject, LegacyCommandFile.textFile(Platforms.valueOf(reminder.platforms)),
                bcc(reminder));
    }

    /** The legacy command file of every reminder, as it would be written on the ScreenConnect server. */
    @Transactional
    public String legacyCommandFile() {
        return LegacyCommandFile.render(Reminder.<Reminder>listAll().stream().map(LeaveOnReminders::command).toList(),
                config.sender());
    }
}
