package com.onboarding.documentation.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class ConfigurationItemPlanTest {

    private static final long CONTRACT = 900;
    private static final long BACKUP_PRODUCT = 301;
    private static final LocalDate SETUP = LocalDate.of(2026, 12, 3);

    private static ConfigurationItem rmm(long id, Long contract) {
        return new ConfigurationItem(id, "PC-" + id, 302L, "uid-" + id, contract);
    }

    private static ConfigurationItem backup(long id, Long contract) {
        return new ConfigurationItem(id, "Backup " + id, BACKUP_PRODUCT, null, contract);
    }

    private static ConfigurationItem other(long id) {
        return new ConfigurationItem(id, "Printer", 999L, null, null);
    }

    @Test
    void nothing_happens_before_the_setup_is_confirmed() {
        assertThat(ConfigurationItemPlan.plan(Terms.of(false, Terms.RMM), null, null, List.of(rmm(1, null)), CONTRACT,
                BACKUP_PRODUCT)).isInstanceOf(ConfigurationItemPlan.Wait.class);
        assertThat(ConfigurationItemPlan.plan(Terms.of(false, Terms.BACKUP), null, null, List.of(), CONTRACT,
                BACKUP_PRODUCT)).isInstanceOf(ConfigurationItemPlan.Wait.class);
    }

    @Test
    void the_items_are_not_read_from_autotask_while_a_setup_is_awaited() {
        java.util.function.Supplier<List<ConfigurationItem>> unread = () -> {
            throw new AssertionError("the company's items were read while the setup was awaited");
        };
        assertThat(ConfigurationItemPlan.plan(Terms.of(false, Terms.RMM), null, null, unread, CONTRACT, BACKUP_PRODUCT))
                .isInstanceOf(ConfigurationItemPlan.Wait.class);
        assertThat(ConfigurationItemPlan.plan(Terms.of(false, Terms.BACKUP), null, null, unread, CONTRACT, BACKUP_PRODUCT))
                .isInstanceOf(ConfigurationItemPlan.Wait.class);
        int[] reads = new int[1];
        ConfigurationItemPlan.plan(Terms.of(false, Terms.RMM), SETUP, null, () -> {
            reads[0]++;
            return List.of(rmm(1, null));
        }, CONTRACT, BACKUP_PRODUCT);
        assertThat(reads[0]).as("read once the setup is confirmed").isEqualTo(1);
    }

    @Test
    void after_the_rmm_setup_the_step_waits_until_the_agent_made_an_item() {
        assertThat(ConfigurationItemPlan.plan(Terms.of(false, Terms.RMM), SETUP, null, List.of(other(5)), CONTRACT,
                BACKUP_PRODUCT)).isInstanceOf(ConfigurationItemPlan.WaitForRmmItems.class);
    }

    @Test
    void every_rmm_and_backup_item_without_a_contract_gets_this_one_and_other_items_are_left_alone() {
        ConfigurationItemPlan.Action action = ConfigurationItemPlan.plan(Terms.of(false, Terms.RMM, Terms.BACKUP), SETUP, null,
                List.of(rmm(1, null), rmm(2, CONTRACT), backup(3, null), other(4)), CONTRACT, BACKUP_PRODUCT);

        assertThat(action).isEqualTo(new ConfigurationItemPlan.Attach(List.of(rmm(1, null), backup(3, null)), 1, false));
    }

    @Test
    void a_backup_only_contract_creates_its_item_when_the_company_has_none() {
        assertThat(ConfigurationItemPlan.plan(Terms.of(false, Terms.BACKUP), null, SETUP, List.of(other(4)), CONTRACT,
                BACKUP_PRODUCT)).isEqualTo(new ConfigurationItemPlan.Attach(List.of(), 0, true));
        assertThat(ConfigurationItemPlan.plan(Terms.of(false, Terms.BACKUP), null, SETUP, List.of(backup(3, null)), CONTRACT,
                BACKUP_PRODUCT)).isEqualTo(new ConfigurationItemPlan.Attach(List.of(backup(3, null)), 0, false));
    }

    @Test
    void an_item_on_another_contract_is_never_moved_silently() {
        ConfigurationItemPlan.Action action = ConfigurationItemPlan.plan(Terms.of(false, Terms.RMM), SETUP, null,
                List.of(rmm(1, null), rmm(2, 777L)), CONTRACT, BACKUP_PRODUCT);

        assertThat(action).isInstanceOf(ConfigurationItemPlan.NeedsPerson.class);
        assertThat(((ConfigurationItemPlan.NeedsPerson) action).message()).contains("PC-2", "777");
    }
}
