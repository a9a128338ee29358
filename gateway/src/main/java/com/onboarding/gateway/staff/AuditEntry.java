package com.onboarding.gateway.staff;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Who did what through the staff API, when, on which onboarding, and how it ended. */
@Entity
@Table(name = "audit_entry")
public class AuditEntry extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(nullable = false)
    public OffsetDateTime at;

    @Column(nullable = false)
    public String actor;

    @Column(nullable = false)
    public String action;

    @Column(name = "onboarding_id")
    public String onboardingId;

    @Column(columnDefinition = "text")
    public String detail;

    @Column(nullable = false)
    public String result;

    /** Newest first, each filter applied when given; onboarding, actor and action exact, text part of detail/result. */
    public static List<AuditEntry> search(String onboarding, String actor, String action, String text, int limit) {
        List<String> conditions = new ArrayList<>();
        List<Object> parameters = new ArrayList<>();
        for (var exact : List.of(new String[] {"onboardingId", onboarding}, new String[] {"actor", actor},
                new String[] {"action", action})) {
            if (exact[1] != null && !exact[1].isBlank()) {
                parameters.add(exact[1].trim());
                conditions.add(exact[0] + " = ?" + parameters.size());
            }
        }
        if (text != null && !text.isBlank()) {
            parameters.add("%" + text.trim().toLowerCase(Locale.ROOT) + "%");
            conditions.add("(lower(detail) like ?" + parameters.size() + " or lower(result) like ?" + parameters.size() + ")");
        }
        String query = (conditions.isEmpty() ? "" : String.join(" and ", conditions) + " ") + "order by id desc";
        int size = limit <= 0 ? 200 : Math.min(limit, 1000);
        return AuditEntry.<AuditEntry>find(query, parameters.toArray()).page(0, size).list();
    }
}
