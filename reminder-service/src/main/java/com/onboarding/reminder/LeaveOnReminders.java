package com.onboarding.reminder;

import com.onboarding.events.ContractCreated;
import com.onboarding.events.steps.StepIds;
import com.onboarding.messaging.engine.StepJob;
import com.onboarding.messaging.engine.StepResult;
import com.onboarding.messaging.engine.StepWork;
import com.onboarding.messaging.steps.NeedsAttention;
import com.onboarding.messaging.turns.Turns;
import com.onboarding.reminder.delivery.PowerAutomate;
import com.onboarding.reminder.rules.Delivery;
import com.onboarding.reminder.rules.LegacyCommandFile;
import com.onboarding.reminder.rules.LegacyInstructions;
import com.onboarding.reminder.rules.ReminderPlan;
import com.onboarding.reminder.rules.ReminderRefused;
import com.onboarding.reminder.store.ReminderBook;
import com.onboarding.reminder.store.ReminderOnboarding;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * The work of step reminders.leave-on, run by the step engine after the commit, outside any transaction: store the
 * reminder (the shared residential one gains BCC addresses; a business customer gets its own), then either register
 * it with Power Automate (DONE) or, for a legacy customer, show a person the exact lines to add to the legacy command
 * file (WAITING_FOR_PERSON until they confirm with evidence). Run again after a crash, it adds nothing twice (each
 * address once) and registers nothing twice (the flow de-duplicates on reminder id + revision). Registrations of one
 * reminder take turns across instances ({@link Turns}), so the newest BCC list is the last to arrive.
 */
@ApplicationScoped
public class LeaveOnReminders implements StepWork {

    public static final String STEP = StepIds.REMINDERS_LEAVE_ON;

    private final ReminderBook book;
    private final PowerAutomate powerAutomate;
    private final ReminderConfig config;
    private final Turns turns;

    public LeaveOnReminders(ReminderBook book, PowerAutomate powerAutomate, ReminderConfig config,
            Turns turns) {
        this.book = book;
        this.turns = turns;
        this.powerAutomate = powerAutomate;
        this.config = config;
    }

    @Override
    public String step() {
        return STEP;
    }

    @Override
    public StepResult run(StepJob job) {
        ContractCreated contract = QuarkusTransaction.requiringNew()
                .call(() -> ReminderOnboarding.contract(job.onboardingId()))
                .orElseThrow(() -> new IllegalStateException("No ContractCreated stored for " + job.onboardingId()));
        try {
            ReminderPlan.Action action = ReminderPlan.plan(contract.terms(), contract.companyName());
            if (action instanceof ReminderPlan.NoReminder none) {
                throw new NeedsAttention("No reminder is planned: " + none.reason() + "; skip this step");
            }
            Delivery delivery = Delivery.of(contract.companyName(), config.legacyCustomers());
            ReminderBook.Stored stored = book.store(job.onboardingId(), action, delivery);
            return delivery == Delivery.LEGACY ? legacy(action, stored) : powerAutomate(stored);
        } catch (ReminderRefused refused) {
            throw new NeedsAttention(refused.getMessage());
        }
    }

    private StepResult powerAutomate(ReminderBook.Stored stored) {
        String line = LegacyCommandFile.line(stored.command(), config.sender());
        if (!stored.registered()) {
            // the flow keeps the registration that arrives last: in its turn, a registration sends the newest revision
            turns.inTurn("power-automate.reminder", String.valueOf(stored.id()), () -> {
                ReminderBook.Stored current = book.current(stored.id());
                if (!current.registered()) {
                    powerAutomate.register("reminder-" + current.id(), current.revision(), current.subject(),
                            current.bcc(), current.command().textFile());
                    book.registered(current.id(), current.revision());
                }
            });
        }
        return StepResult.done("'" + stored.subject() + "' (power automate, " + stored.bcc().size() + " BCC) renders: "
                + line);
    }

    private StepResult legacy(ReminderPlan.Action action, ReminderBook.Stored stored) {
        String instructions = action instanceof ReminderPlan.AddToShared shared
                ? LegacyInstructions.bccAddition(shared.bccAddresses(), stored.command(), config.sender())
                : LegacyInstructions.newCommand(stored.command(), stored.platforms(), config.sender());
        return StepResult.waitForPerson(instructions);
    }
}
