package com.onboarding.reporting.rules;

import com.onboarding.events.Contact;
import com.onboarding.messaging.steps.NeedsAttention;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The rows the report automation needs: one per report recipient of the agreement and report type, under the
 * company name exactly as Autotask spells it. Names are kept verbatim (the database gets them as parameters).
 */
public final class RecipientRows {

    public record Row(String companyName, String contactName, String email, String reportType) {
    }

    private RecipientRows() {
    }

    public static List<Row> of(String companyName, List<Contact> recipients, List<String> reportTypes) {
        if (recipients.isEmpty()) {
            throw new NeedsAttention("The agreement names no report recipients: add them to the agreement terms, then retry");
        }
        List<Row> rows = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        for (Contact contact : recipients) {
            String email = contact.email() == null ? "" : contact.email().trim();
            // no & or quotes: the report automation splices addresses into mail headers and command lines
            if (!email.matches("[^@\\s&'\"`]+@[^@\\s&'\"`]+\\.[^@\\s&'\"`]+")) {
                throw new NeedsAttention("Report recipient '" + contact.name() + "' has no valid email address ('" + email
                        + "'): correct it, then retry");
            }
            String name = contact.name() == null || contact.name().isBlank() ? email : contact.name();
            for (String type : reportTypes) {
                if (seen.add(email.toLowerCase() + "|" + type)) {
                    rows.add(new Row(companyName, name, email, type));
                }
            }
        }
        return rows;
    }
}
