package com.onboarding.gateway.notify;

import java.util.List;
import java.util.Map;

/** The grouped e-mail: a subject that says how many, and one paragraph per occurrence with its link. */
public final class NotificationText {

    public record Occurrence(String onboardingId, String accountName, String step, String kind, String message) {
    }

    private NotificationText() {
    }

    public static String subject(List<Occurrence> occurrences) {
        return occurrences.size() == 1
                ? "Onboarding " + name(occurrences.get(0)) + ": " + occurrences.get(0).step() + " " + what(occurrences.get(0).kind())
                : occurrences.size() + " onboarding steps need a person";
    }

    public static String body(List<Occurrence> occurrences, String pageUrl) {
        StringBuilder text = new StringBuilder();
        for (Occurrence o : occurrences) {
            text.append(name(o)).append(" - ").append(o.step()).append(": ").append(what(o.kind())).append('\n');
            if (o.message() != null && !o.message().isBlank()) {
                text.append("  ").append(o.message()).append('\n');
            }
            text.append("  ").append(pageUrl.endsWith("/") ? pageUrl : pageUrl + "/").append("#/onboardings/")
                    .append(o.onboardingId()).append("\n\n");
        }
        return text.toString();
    }

    private static String name(Occurrence o) {
        return o.accountName() == null ? o.onboardingId() : o.accountName();
    }

    private static String what(String kind) {
        return Map.of("NEEDS_ATTENTION", "needs attention", "FAILED", "failed",
                Notification.WAITING_TOO_LONG, "has waited for a person too long").getOrDefault(kind, kind);
    }
}
