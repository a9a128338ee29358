package com.onboarding.gateway.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.onboarding.events.DeviceKind;
import com.onboarding.events.ServiceKind;
import com.onboarding.events.SignedService;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class ServiceNamesTest {

    @Test
    void an_rmm_service_names_its_device_kind() {
        assertThat(ServiceNames.name(new SignedService(ServiceKind.RMM, "Tier 2 RMM", DeviceKind.WORKSTATION, BigDecimal.TEN)))
                .isEqualTo("Tier 2 RMM (workstation)");
    }

    @Test
    void a_service_without_a_name_shows_its_kind() {
        assertThat(ServiceNames.name(new SignedService(ServiceKind.BACKUP, " ", null, BigDecimal.TEN))).isEqualTo("BACKUP");
    }

    @Test
    void no_terms_yet_means_no_services() {
        assertThat(ServiceNames.of(null)).isEmpty();
    }
}
