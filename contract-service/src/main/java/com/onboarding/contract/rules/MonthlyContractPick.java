package com.onboarding.contract.rules;

import com.onboarding.contract.autotask.ExistingContract;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Which of the company's active monthly Recurring Service contracts gets the new services, when it has several
 * (procedure I, "Alert", names only "the" monthly contract):
 * <ol>
 * <li>the company's Default Service Desk Contract, when exactly one of them is it — the contract the help desk
 * already bills against;</li>
 * <li>otherwise the one that runs longest (latest end date; no end date counts as the latest), so the new services
 * are not cut off when a shorter contract ends;</li>
 * <li>on a tie the oldest (lowest Autotask id).</li>
 * </ol>
 * The step message says which was picked, why, and which others there are, so a person can see the choice.
 */
public final class MonthlyContractPick {

    /** The picked contract and the sentence that explains it (empty without candidates). */
    public record Pick(ExistingContract contract, String reason) {
    }

    private static final Comparator<ExistingContract> LONGEST_THEN_OLDEST = Comparator
            .comparing((ExistingContract c) -> c.endDate() == null ? LocalDate.MAX : c.endDate()).reversed()
            .thenComparingLong(ExistingContract::id);

    private MonthlyContractPick() {
    }

    public static Optional<Pick> pick(List<ExistingContract> monthly) {
        if (monthly.isEmpty()) {
            return Optional.empty();
        }
        if (monthly.size() == 1) {
            return Optional.of(new Pick(monthly.get(0), "the company's only monthly contract"));
        }
        List<ExistingContract> serviceDesk = monthly.stream().filter(ExistingContract::defaultServiceDesk).toList();
        ExistingContract picked;
        String why;
        if (serviceDesk.size() == 1) {
            picked = serviceDesk.get(0);
            why = "its Default Service Desk Contract";
        } else {
            picked = monthly.stream().sorted(LONGEST_THEN_OLDEST).findFirst().orElseThrow();
            why = "the one that runs longest" + (picked.endDate() == null ? " (no end date)" : " (to " + picked.endDate() + ")");
        }
        String others = monthly.stream().filter(c -> c.id() != picked.id()).map(MonthlyContractPick::describe)
                .collect(Collectors.joining(", "));
        return Optional.of(new Pick(picked, "the company has " + monthly.size() + " monthly contracts; picked " + why
                + "; the others: " + others));
    }

    private static String describe(ExistingContract contract) {
        return "'" + contract.name() + "' (" + contract.id() + ")";
    }
}
