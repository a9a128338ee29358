package com.onboarding.documentation.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ManagedServicesTypeTest {

    @Test
    void managed_services_with_help_desk_are_fully_managed() {
        assertThat(ManagedServicesType.of(Terms.of(true, Terms.RMM, Terms.BACKUP))).isEqualTo(ManagedServicesType.FULLY_MANAGED);
    }

    @Test
    void otherwise_the_type_is_what_was_signed() {
        assertThat(ManagedServicesType.of(Terms.of(false, Terms.RMM, Terms.BACKUP))).isEqualTo(ManagedServicesType.RMM_AND_BACKUP);
        assertThat(ManagedServicesType.of(Terms.of(false, Terms.RMM))).isEqualTo(ManagedServicesType.RMM_ONLY);
        assertThat(ManagedServicesType.of(Terms.of(false, Terms.BACKUP))).isEqualTo(ManagedServicesType.BACKUP_ONLY);
    }

    @Test
    void an_agreement_without_services_has_no_type() {
        assertThatThrownBy(() -> ManagedServicesType.of(Terms.of(false))).isInstanceOf(IllegalArgumentException.class);
    }
}
