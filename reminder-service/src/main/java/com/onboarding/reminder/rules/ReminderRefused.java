package com.onboarding.reminder.rules;

/** A reminder that must not be sent as it is; the message says what a person must correct. */
public class ReminderRefused extends RuntimeException {

    public ReminderRefused(String message) {
        super(message);
    }
}
