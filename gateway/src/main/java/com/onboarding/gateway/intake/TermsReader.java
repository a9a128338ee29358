package com.onboarding.gateway.intake;

import com.onboarding.events.AgreementTerms;
import com.onboarding.events.Commitment;
import com.onboarding.events.Contact;
import com.onboarding.events.CustomerKind;
import com.onboarding.events.DeviceKind;
import com.onboarding.events.Platforms;
import com.onboarding.events.ServiceKind;
import com.onboarding.events.SignedService;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the agreement terms from the envelope's fields. Every missing or contradictory term is collected, so a
 * person sees the whole list at once; money is exact (BigDecimal, at most two decimals).
 */
public final class TermsReader {

    /** The terms, or what is wrong with them. */
    public record Result(Optional<AgreementTerms> terms, List<String> problems) {
    }

    private static final Pattern CONTACT = Pattern.compile("\\s*([^<;]*?)\\s*<([^<>\\s;]+@[^<>\\s;]+)>\\s*");

    private TermsReader() {
    }

    public static Result read(Map<String, String> fields, TermsMapping names) {
        List<String> problems = new ArrayList<>();
        String account = required(fields, names.accountName(), problems);
        CustomerKind kind = choice(fields, names.customerKind(), CustomerKind.class, problems);
        List<SignedService> services = ServiceLines.anyLineField(fields, names)
                ? ServiceLines.read(fields, names, problems)
                : singleLineLayout(fields, names, problems);
        BigDecimal setupFee = money(fields, names.setupFee(), problems);
        Commitment commitment = choice(fields, names.commitment(), Commitment.class, problems);
        Boolean helpDesk = yesNo(fields, names.managedHelpDesk(), problems);
        Platforms platforms = choice(fields, names.platforms(), Platforms.class, problems);
        List<Contact> reportRecipients = contacts(fields, names.reportRecipients(), problems);
        List<Contact> reminderRecipients = contacts(fields, names.reminderRecipients(), problems);
        LocalDate start = date(fields, names.intendedStart(), true, problems);
        LocalDate goLive = date(fields, names.goLiveDate(), false, problems);
        if (start != null && goLive != null && goLive.isBefore(start)) {
            problems.add(names.goLiveDate() + " " + goLive + " is before " + names.intendedStart() + " " + start);
        }
        boolean rmm = services.stream().anyMatch(service -> service.kind() == ServiceKind.RMM);
        if (rmm && reportRecipients.isEmpty() && !problems.contains(names.reportRecipients() + " is missing")) {
            problems.add(names.reportRecipients() + " is missing: RMM reports need at least one recipient");
        }
        if (!problems.isEmpty()) {
            return new Result(Optional.empty(), problems);
        }
        return new Result(Optional.of(new AgreementTerms(account, kind, services, setupFee, commitment, helpDesk, platforms,
                reportRecipients, reminderRecipients, start, goLive)), List.of());
    }

    /** The first envelope layout: one RMM and one backup field set, one unit each. */
    private static List<SignedService> singleLineLayout(Map<String, String> fields, TermsMapping names, List<String> problems) {
        List<SignedService> services = new ArrayList<>();
        String rmm = value(fields, names.rmmService());
        if (!rmm.isEmpty()) {
            DeviceKind devices = choice(fields, names.rmmDevices(), DeviceKind.class, problems);
            BigDecimal price = money(fields, names.rmmMonthlyPrice(), problems);
            services.add(new SignedService(ServiceKind.RMM, rmm, devices, price));
        }
        String backup = value(fields, names.backupService());
        if (!backup.isEmpty()) {
            services.add(new SignedService(ServiceKind.BACKUP, backup, null, money(fields, names.backupMonthlyPrice(), problems)));
        }
        if (services.isEmpty()) {
            problems.add("No service signed: neither " + names.rmmService() + " nor " + names.backupService()
                    + " nor any " + names.lineService().replace("{n}", "1") + ", "
                    + names.lineService().replace("{n}", "2") + "… is filled in");
        }
        return services;
    }

    static String value(Map<String, String> fields, String name) {
        String value = fields.get(name);
        return value == null ? "" : value.trim();
    }

    static String required(Map<String, String> fields, String name, List<String> problems) {
        String value = value(fields, name);
        if (value.isEmpty()) {
            problems.add(name + " is missing");
        }
        return value;
    }

    static <E extends Enum<E>> E choice(Map<String, String> fields, String name, Class<E> type, List<String> problems) {
        String value = required(fields, name, problems);
        if (value.isEmpty()) {
            return null;
        }
        for (E constant : type.getEnumConstants()) {
            if (constant.name().equalsIgnoreCase(value)) {
                return constant;
            }
        }
        problems.add(name + " '" + value + "' is not one of " + List.of(type.getEnumConstants()));
        return null;
    }

    private static Boolean yesNo(Map<String, String> fields, String name, List<String> problems) {
        String value = required(fields, name, problems).toLowerCase();
        return switch (value) {
            case "yes", "true", "x", "on" -> true;
            case "no", "false", "" -> value.isEmpty() ? null : false;
            default -> {
                problems.add(name + " '" + value + "' is not yes or no");
                yield null;
            }
        };
    }

    static BigDecimal money(Map<String, String> fields, String name, List<String> problems) {
        String value = required(fields, name, problems).replace("$", "").replace(",", "");
        if (value.isEmpty()) {
            return null;
        }
        try {
            BigDecimal amount = new BigDecimal(value);
            if (amount.signum() < 0 || amount.scale() > 2) {
                problems.add(name + " '" + value + "' is not an amount of money");
                return null;
            }
            return amount;
        } catch (NumberFormatException e) {
            problems.add(name + " '" + value + "' is not an amount of money");
            return null;
        }
    }

    private static LocalDate date(Map<String, String> fields, String name, boolean required, List<String> problems) {
        String value = required ? required(fields, name, problems) : value(fields, name);
        if (value.isEmpty()) {
            return null;
        }
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            problems.add(name + " '" + value + "' is not a date (yyyy-mm-dd)");
            return null;
        }
    }

    private static List<Contact> contacts(Map<String, String> fields, String name, List<String> problems) {
        List<Contact> contacts = new ArrayList<>();
        String value = value(fields, name);
        if (value.isEmpty()) {
            return contacts;
        }
        for (String part : value.split(";")) {
            if (part.isBlank()) {
                continue;
            }
            Matcher matcher = CONTACT.matcher(part);
            if (matcher.matches()) {
                contacts.add(new Contact(matcher.group(1).isEmpty() ? matcher.group(2) : matcher.group(1), matcher.group(2)));
            } else {
                problems.add(name + ": '" + part.trim() + "' is not 'Name <email>'");
            }
        }
        return contacts;
    }
}
