package com.onboarding.backupsetup.rules;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** The backup setup checklist: the configured template's items, each on the ticket once, in the template's order. */
public final class Checklist {

    private Checklist() {
    }

    /** The template's items, trimmed, blank and repeated entries dropped; a template without items is an error. */
    public static List<String> items(List<String> template) {
        Set<String> seen = new LinkedHashSet<>();
        List<String> items = new ArrayList<>();
        for (String entry : template == null ? List.<String>of() : template) {
            String item = entry == null ? "" : entry.trim();
            if (!item.isEmpty() && seen.add(item.toLowerCase(Locale.ROOT))) {
                items.add(item);
            }
        }
        if (items.isEmpty()) {
            throw new IllegalStateException("The backup checklist template (backup.checklist) has no items");
        }
        return items;
    }

    /** The template items the ticket does not have yet (compared by name, ignoring case and surrounding spaces). */
    public static List<String> missing(List<String> template, List<String> onTicket) {
        Set<String> present = new LinkedHashSet<>();
        onTicket.forEach(name -> present.add(name.trim().toLowerCase(Locale.ROOT)));
        return items(template).stream().filter(item -> !present.contains(item.toLowerCase(Locale.ROOT))).toList();
    }
}
