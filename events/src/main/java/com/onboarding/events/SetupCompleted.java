package com.onboarding.events;

import java.time.LocalDate;

/**
 * The technical setup of one service is done and the service is in effect.
 *
 * @param serviceStart the first date the service is actually provided
 * @param confirmedBy  who confirmed it (a staff user, or the backup-setup-service for a completed checklist)
 * @param instructionsUrl where technicians find the service's detailed instructions (the backup setup's IT Glue
 *                     document), for the service's recurring tickets; null when there are none
 */
public record SetupCompleted(int schemaVersion, String onboardingId, ServiceKind service, LocalDate serviceStart,
        String confirmedBy, String instructionsUrl) implements OnboardingEvent {

    public static SetupCompleted of(String onboardingId, ServiceKind service, LocalDate serviceStart, String confirmedBy) {
        return of(onboardingId, service, serviceStart, confirmedBy, null);
    }

    public static SetupCompleted of(String onboardingId, ServiceKind service, LocalDate serviceStart, String confirmedBy,
            String instructionsUrl) {
        return new SetupCompleted(CurrentSchema.VERSION, onboardingId, service, serviceStart, confirmedBy, instructionsUrl);
    }
}
