package com.onboarding.documentation.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.BinaryOperator;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** Every combination of current value x signed value, for both fields. */
class MergeTableTest {

    @ParameterizedTest(name = "help desk: {0} x signed {1} -> {2}")
    @CsvSource({
            "HELP_DESK,    HELP_DESK,    HELP_DESK",
            "HELP_DESK,    BACKUP_ONLY,  HELP_DESK",
            "HELP_DESK,    NO_HELP_DESK, HELP_DESK",
            "BACKUP_ONLY,  HELP_DESK,    HELP_DESK",
            "BACKUP_ONLY,  BACKUP_ONLY,  BACKUP_ONLY",
            "BACKUP_ONLY,  NO_HELP_DESK, BACKUP_ONLY",
            "NO_HELP_DESK, HELP_DESK,    HELP_DESK",
            "NO_HELP_DESK, BACKUP_ONLY,  BACKUP_ONLY",
            "NO_HELP_DESK, NO_HELP_DESK, NO_HELP_DESK"})
    void help_desk_support(HelpDeskSupport current, HelpDeskSupport signed, HelpDeskSupport merged) {
        assertThat(HelpDeskSupport.merged(current, signed)).isEqualTo(merged);
    }

    @ParameterizedTest(name = "managed services: {0} x signed {1} -> {2}")
    @CsvSource({
            "FULLY_MANAGED,  FULLY_MANAGED,  FULLY_MANAGED",
            "FULLY_MANAGED,  RMM_AND_BACKUP, FULLY_MANAGED",
            "FULLY_MANAGED,  RMM_ONLY,       FULLY_MANAGED",
            "FULLY_MANAGED,  BACKUP_ONLY,    FULLY_MANAGED",
            "RMM_AND_BACKUP, FULLY_MANAGED,  FULLY_MANAGED",
            "RMM_AND_BACKUP, RMM_AND_BACKUP, RMM_AND_BACKUP",
            "RMM_AND_BACKUP, RMM_ONLY,       RMM_AND_BACKUP",
            "RMM_AND_BACKUP, BACKUP_ONLY,    RMM_AND_BACKUP",
            "RMM_ONLY,       FULLY_MANAGED,  FULLY_MANAGED",
            "RMM_ONLY,       RMM_AND_BACKUP, RMM_AND_BACKUP",
            "RMM_ONLY,       RMM_ONLY,       RMM_ONLY",
            "RMM_ONLY,       BACKUP_ONLY,    RMM_AND_BACKUP",
            "BACKUP_ONLY,    FULLY_MANAGED,  FULLY_MANAGED",
            "BACKUP_ONLY,    RMM_AND_BACKUP, RMM_AND_BACKUP",
            "BACKUP_ONLY,    RMM_ONLY,       RMM_AND_BACKUP",
            "BACKUP_ONLY,    BACKUP_ONLY,    BACKUP_ONLY"})
    void managed_services_type(ManagedServicesType current, ManagedServicesType signed, ManagedServicesType merged) {
        assertThat(ManagedServicesType.merged(current, signed)).isEqualTo(merged);
    }

    @Test
    void no_combination_is_a_downgrade_and_merging_twice_changes_nothing() {
        assertMonotoneAndStable(List.of(HelpDeskSupport.values()), HelpDeskSupport::merged);
        assertMonotoneAndStable(List.of(ManagedServicesType.values()), ManagedServicesType::merged);
    }

    private static <T> void assertMonotoneAndStable(List<T> values, BinaryOperator<T> table) {
        for (T current : values) {
            for (T signed : values) {
                T merged = table.apply(current, signed);
                assertThat(table.apply(merged, current)).as("keeps %s", current).isEqualTo(merged);
                assertThat(table.apply(merged, signed)).as("keeps %s", signed).isEqualTo(merged);
            }
        }
    }
}
