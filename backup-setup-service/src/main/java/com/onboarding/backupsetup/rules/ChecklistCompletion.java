package com.onboarding.backupsetup.rules;

import com.onboarding.messaging.steps.NeedsAttention;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * When the backup setup is done and the service in effect: every checklist item of the ticket is complete (a ticket
 * without items is not). The service starts on the day the last item was completed, unless staff entered another
 * date on the ticket; when Autotask does not say when an item was completed, the day the completion was noticed.
 */
public final class ChecklistCompletion {

    public record Item(String name, boolean completed, Instant completedAt) {
    }

    private ChecklistCompletion() {
    }

    public static boolean isComplete(List<Item> items) {
        return !items.isEmpty() && items.stream().allMatch(Item::completed);
    }

    /** The service start of a complete checklist, or empty while an item is open. */
    public static Optional<LocalDate> serviceStart(List<Item> items, String staffDate, String staffField, LocalDate noticedOn,
            ZoneId zone) {
        if (!isComplete(items)) {
            return Optional.empty();
        }
        if (staffDate != null && !staffDate.isBlank()) {
            return Optional.of(staffDate(staffDate.trim(), staffField));
        }
        return Optional.of(items.stream().map(Item::completedAt).filter(Objects::nonNull).max(Instant::compareTo)
                .map(at -> at.atZone(zone).toLocalDate())
                .orElse(noticedOn));
    }

    public static long openItems(List<Item> items) {
        return items.stream().filter(item -> !item.completed()).count();
    }

    private static LocalDate staffDate(String value, String field) {
        try {
            return LocalDate.parse(value.length() > 10 ? value.substring(0, 10) : value);
        } catch (DateTimeParseException e) {
            throw new NeedsAttention("The backup ticket's field \"" + field + "\" reads '" + value
                    + "', which is not a date: enter the service start as yyyy-mm-dd (or clear it to use the day the"
                    + " checklist was completed)");
        }
    }
}
