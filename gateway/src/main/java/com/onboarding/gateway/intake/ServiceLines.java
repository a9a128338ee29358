package com.onboarding.gateway.intake;

import com.onboarding.events.DeviceKind;
import com.onboarding.events.ServiceKind;
import com.onboarding.events.SignedService;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The agreement's service lines, any number: line n is the fields named by {@link TermsMapping}'s line names with
 * {@code {n}} replaced by n (Line1Service, Line1Kind, Line1Devices, Line1Quantity, Line1UnitPrice, then Line2…).
 * Each line is complete or listed as a problem; a line is never guessed from another one, and mixing this layout with
 * the single-line fields is refused, because then it is unclear which was signed.
 */
final class ServiceLines {

    private ServiceLines() {
    }

    static boolean anyLineField(Map<String, String> fields, TermsMapping names) {
        for (int n = 1; n <= names.maxServiceLines(); n++) {
            if (lineHasAnyField(fields, names, n)) {
                return true;
            }
        }
        return false;
    }

    static List<SignedService> read(Map<String, String> fields, TermsMapping names, List<String> problems) {
        for (String single : List.of(names.rmmService(), names.backupService())) {
            if (!TermsReader.value(fields, single).isEmpty()) {
                problems.add(single + " is filled in as well as service lines (" + field(names.lineService(), 1)
                        + "…): use one layout, so it is clear which services were signed");
            }
        }
        List<SignedService> lines = new ArrayList<>();
        for (int n = 1; n <= names.maxServiceLines(); n++) {
            if (lineHasAnyField(fields, names, n)) {
                line(fields, names, n, problems).ifPresent(lines::add);
            }
        }
        return lines;
    }

    private static Optional<SignedService> line(Map<String, String> fields, TermsMapping names, int n,
            List<String> problems) {
        int before = problems.size();
        String service = TermsReader.required(fields, field(names.lineService(), n), problems);
        ServiceKind kind = TermsReader.choice(fields, field(names.lineKind(), n), ServiceKind.class, problems);
        DeviceKind devices = null;
        if (kind == ServiceKind.RMM) {
            devices = TermsReader.choice(fields, field(names.lineDevices(), n), DeviceKind.class, problems);
        } else if (kind == ServiceKind.BACKUP && !TermsReader.value(fields, field(names.lineDevices(), n)).isEmpty()) {
            problems.add(field(names.lineDevices(), n) + " is filled in on a backup line; devices are for RMM lines only");
        }
        int quantity = quantity(fields, field(names.lineQuantity(), n), problems);
        BigDecimal unitPrice = TermsReader.money(fields, field(names.lineUnitPrice(), n), problems);
        if (problems.size() > before) {
            return Optional.empty();
        }
        return Optional.of(new SignedService(kind, service, devices, unitPrice, quantity));
    }

    private static int quantity(Map<String, String> fields, String name, List<String> problems) {
        String value = TermsReader.required(fields, name, problems);
        if (value.isEmpty()) {
            return 0;
        }
        try {
            int quantity = Integer.parseInt(value);
            if (quantity >= 1) {
                return quantity;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        problems.add(name + " '" + value + "' is not a whole number of units (1 or more)");
        return 0;
    }

    private static boolean lineHasAnyField(Map<String, String> fields, TermsMapping names, int n) {
        return List.of(names.lineService(), names.lineKind(), names.lineDevices(), names.lineQuantity(), names.lineUnitPrice())
                .stream().anyMatch(name -> !TermsReader.value(fields, field(name, n)).isEmpty());
    }

    static String field(String pattern, int n) {
        return pattern.replace("{n}", Integer.toString(n));
    }
}
