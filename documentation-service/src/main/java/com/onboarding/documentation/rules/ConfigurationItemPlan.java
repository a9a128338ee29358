package com.onboarding.documentation.rules;

import com.onboarding.events.AgreementTerms;
import java.time.LocalDate;
import java.util.List;

/**
 * Section V: the contract goes on the company's configuration items.
 * <ul>
 * <li>RMM items are made by the RMM agent install, so nothing happens before {@code SetupCompleted} (RMM); then
 * the step waits until the company has at least one item from the agent, and every RMM item (and every backup
 * item) gets the contract.</li>
 * <li>A backup-only contract waits for {@code SetupCompleted} (backup); its backup items get the contract, and
 * when the company has none, one is created carrying the contract.</li>
 * <li>An item already on this contract is left alone; an item on another contract is never moved silently: the
 * step needs a person, naming the items, and nothing is written.</li>
 * </ul>
 */
public final class ConfigurationItemPlan {

    /** What to do now. */
    public sealed interface Action permits Wait, WaitForRmmItems, Attach, NeedsPerson {
    }

    /** Not yet: the setup this step follows is not confirmed. */
    public record Wait(String reason) implements Action {
    }

    /** The RMM setup is confirmed but the agent's items have not appeared yet: look again later. */
    public record WaitForRmmItems() implements Action {
    }

    /** Put the contract on these items; {@code createBackupItem}: first create the backup item (none exists). */
    public record Attach(List<ConfigurationItem> items, int alreadyOnContract, boolean createBackupItem) implements Action {
    }

    public record NeedsPerson(String message) implements Action {
    }

    private ConfigurationItemPlan() {
    }

    public static Action plan(AgreementTerms terms, LocalDate rmmSetup, LocalDate backupSetup, List<ConfigurationItem> items,
            long contractId, long backupProductId) {
        return plan(terms, rmmSetup, backupSetup, () -> items, contractId, backupProductId);
    }

    /**
     * As above, the company's items read only when the plan needs them: while a setup is still awaited nothing is
     * read from Autotask.
     */
    public static Action plan(AgreementTerms terms, LocalDate rmmSetup, LocalDate backupSetup,
            java.util.function.Supplier<List<ConfigurationItem>> itemsWhenNeeded, long contractId, long backupProductId) {
        boolean backupOnly = terms.isBackupOnly();
        if (terms.hasRmm() && rmmSetup == null) {
            return new Wait("waiting for the RMM setup to be confirmed (SetupCompleted RMM): the RMM agent creates the"
                    + " configuration items");
        }
        if (backupOnly && backupSetup == null) {
            return new Wait("waiting for the backup setup to be completed (SetupCompleted backup)");
        }
        if (!terms.hasRmm() && !backupOnly) {
            return new Wait("the agreement has neither RMM nor backup");
        }
        List<ConfigurationItem> relevant = itemsWhenNeeded.get().stream()
                .filter(i -> i.fromRmmAgent() && terms.hasRmm() || i.productId() != null && i.productId() == backupProductId)
                .toList();
        if (terms.hasRmm() && relevant.stream().noneMatch(ConfigurationItem::fromRmmAgent)) {
            return new WaitForRmmItems();
        }
        List<ConfigurationItem> elsewhere = relevant.stream()
                .filter(i -> i.contractId() != null && i.contractId() != contractId).toList();
        if (!elsewhere.isEmpty()) {
            return new NeedsPerson("These configuration items already carry another contract: " + describe(elsewhere)
                    + ". Decide whether they move to contract " + contractId + ", change them in Autotask, then retry.");
        }
        List<ConfigurationItem> toAttach = relevant.stream().filter(i -> i.contractId() == null).toList();
        int already = relevant.size() - toAttach.size();
        return new Attach(toAttach, already, backupOnly && relevant.isEmpty());
    }

    private static String describe(List<ConfigurationItem> items) {
        return String.join(", ", items.stream().map(i -> "'" + i.title() + "' (id " + i.id() + ", contract " + i.contractId()
                + ")").toList());
    }
}
