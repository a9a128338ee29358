package com.onboarding.events;

import java.math.BigDecimal;

/**
 * One service line of the signed agreement.
 *
 * @param kind         RMM or backup: which setup ({@code SetupCompleted}) puts the line on the contract
 * @param name         the agreement's name of the service or bundle, e.g. "Tier 2 RMM"; mapped to an Autotask service by configuration
 * @param deviceKind   for RMM: workstation or server; null for backup
 * @param monthlyPrice the signed monthly price of one unit (one device), exact
 * @param quantity     how many units (devices) are signed, at least 1; absent in events of older producers, read as 1
 */
public record SignedService(ServiceKind kind, String name, DeviceKind deviceKind, BigDecimal monthlyPrice, int quantity) {

    public SignedService {
        quantity = quantity <= 0 ? 1 : quantity;
    }

    /** A line of one unit (the single-line agreements of the first envelope layout). */
    public SignedService(ServiceKind kind, String name, DeviceKind deviceKind, BigDecimal monthlyPrice) {
        this(kind, name, deviceKind, monthlyPrice, 1);
    }

    public boolean isWorkstationRmm() {
        return kind == ServiceKind.RMM && deviceKind == DeviceKind.WORKSTATION;
    }

    /** The line's monthly amount: unit price × quantity. */
    public BigDecimal monthlyTotal() {
        return monthlyPrice == null ? null : monthlyPrice.multiply(BigDecimal.valueOf(quantity));
    }
}
