package com.onboarding.reminder;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.util.List;

/** Reminder delivery and timing. */
@ConfigMapping(prefix = "reminders")
public interface ReminderConfig {

    PowerAutomate powerAutomate();

    Schedule schedule();

    /** The sender (and To) of the reminder e-mails. */
    @WithDefault("support@geekgirls.example")
    String sender();

    /** Account names of older customers still reminded through the legacy command file. */
    @WithDefault("-")
    List<String> legacyCustomers();

    interface PowerAutomate {
        /** The flow's HTTP trigger URL including its SAS signature (sig): a secret. */
        String url();
    }

    interface Schedule {
        /** Local time the reminder goes out. */
        @WithDefault("18:00")
        String time();

        @WithDefault("MON,TUE,WED,THU,FRI")
        List<String> days();
    }
}
