package com.onboarding.events;

import java.math.BigDecimal;

/**
 * One service of the signed agreement.
 *
 * @param kind         RMM or backup
 * @param name         the agreement's name of the service or bundle, e.g. "Tier 2 RMM"; mapped to an Autotask service by configuration
 * @param deviceKind   for RMM: workstation or server; null for backup
 * @param monthlyPrice the signed monthly price, exact
 */
public record SignedService(ServiceKind kind, String name, DeviceKind deviceKind, BigDecimal monthlyPrice) {

    public boolean isWorkstationRmm() {
        return kind == ServiceKind.RMM && deviceKind == DeviceKind.WORKSTATION;
    }
}
