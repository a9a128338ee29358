package com.onboarding.gateway.staff;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Which onboardings a person asks for (filters, search, sort, page), as one query on the onboarding table's summary
 * columns: the database filters, sorts and pages, so the answer stays fast with thousands of onboardings.
 *
 * @param customer  part of the customer's name
 * @param status    the overall status (IN_PROGRESS, NEEDS_ATTENTION, ...)
 * @param service   part of the name of a service signed
 * @param since     started on or after this day (UTC)
 * @param waiting   only those with a step waiting for a person
 * @param attention only those with a step that needs attention or failed
 * @param search    part of the customer's name, of the onboarding id, or of a contact's e-mail
 * @param sort      started (default), customer, status or progress
 * @param ascending ascending instead of descending
 */
public record BoardQuery(String customer, String status, String service, LocalDate since, boolean waiting,
        boolean attention, String search, String sort, boolean ascending, int page, int size) {

    public static final int DEFAULT_SIZE = 50;
    public static final int MAX_SIZE = 500;

    private static final Map<String, String> SORTS = Map.of("started", "createdAt", "customer", "lower(accountName)",
            "status", "status", "progress", "stepsDone");

    public BoardQuery {
        page = Math.max(page, 0);
        size = size <= 0 ? DEFAULT_SIZE : Math.min(size, MAX_SIZE);
        sort = sort == null || sort.isBlank() ? "started" : sort.trim().toLowerCase(Locale.ROOT);
        if (!SORTS.containsKey(sort)) {
            throw new IllegalArgumentException("sort must be one of " + String.join(", ", SORTS.keySet().stream().sorted().toList()));
        }
    }

    /** The where clause and its positional parameters (?1, ?2, ...). */
    public record Where(String clause, List<Object> parameters) {
    }

    public Where where() {
        List<String> conditions = new ArrayList<>();
        List<Object> parameters = new ArrayList<>();
        if (present(customer)) {
            parameters.add(like(customer));
            conditions.add("lower(accountName) like ?" + parameters.size());
        }
        if (present(status)) {
            parameters.add(status.trim().toUpperCase(Locale.ROOT));
            conditions.add("status = ?" + parameters.size());
        }
        if (present(service)) {
            parameters.add(like(service));
            conditions.add("lower(services) like ?" + parameters.size());
        }
        if (since != null) {
            parameters.add(since.atStartOfDay().atOffset(ZoneOffset.UTC));
            conditions.add("createdAt >= ?" + parameters.size());
        }
        if (waiting) {
            conditions.add("waitingForPerson = true");
        }
        if (attention) {
            conditions.add("needsAttention = true");
        }
        if (present(search)) {
            parameters.add(like(search));
            int n = parameters.size();
            conditions.add("(lower(accountName) like ?" + n + " or lower(id) like ?" + n + " or emails like ?" + n + ")");
        }
        return new Where(conditions.isEmpty() ? "" : String.join(" and ", conditions), parameters);
    }

    /** The order by clause, ties broken by id so pages never overlap. */
    public String orderBy() {
        String direction = ascending ? " asc" : " desc";
        return SORTS.get(sort) + direction + ", id" + direction;
    }

    /** The whole query: where and order by. */
    public String hql() {
        String where = where().clause();
        return (where.isEmpty() ? "" : where + " ") + "order by " + orderBy();
    }

    private static boolean present(String value) {
        return value != null && !value.isBlank();
    }

    private static String like(String value) {
        String escaped = value.trim().toLowerCase(Locale.ROOT).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
        return "%" + escaped + "%";
    }

}
