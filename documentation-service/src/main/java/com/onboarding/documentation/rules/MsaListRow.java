package com.onboarding.documentation.rules;

import com.onboarding.events.AgreementTerms;
import com.onboarding.events.CustomerKind;
import com.onboarding.events.SignedService;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The customer's row in "List of MSA and Hosted Services Customers": the Autotask company name exactly, business
 * or residential, the services signed (as the agreement names them), and the month services begin.
 */
public record MsaListRow(String customer, String type, String services, String since) {

    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMMM yyyy", Locale.US);

    public static MsaListRow of(String companyName, AgreementTerms terms) {
        String services = terms.services().stream().map(MsaListRow::describe).distinct().collect(Collectors.joining(", "));
        if (terms.managedServicesWithHelpDesk()) {
            services = services + ", Help Desk";
        }
        LocalDate start = terms.intendedStart();
        return new MsaListRow(companyName.trim(), terms.customerKind() == CustomerKind.RESIDENTIAL ? "Residential" : "Business",
                services, start == null ? "" : MONTH.format(start.withDayOfMonth(1)));
    }

    /** The text of the column with this header (Customer, Type, Services, Since), or null for another column. */
    public String column(String header) {
        String h = header.trim().toLowerCase(Locale.ROOT);
        if (h.startsWith("customer") || h.equals("name") || h.startsWith("company")) {
            return customer;
        }
        if (h.equals("type") || h.contains("business")) {
            return type;
        }
        if (h.startsWith("service")) {
            return services;
        }
        if (h.startsWith("since") || h.contains("start")) {
            return since;
        }
        return null;
    }

    private static String describe(SignedService service) {
        return service.name() == null || service.name().isBlank() ? service.kind().name() : service.name().trim();
    }
}
