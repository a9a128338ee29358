package com.onboarding.contract.autotask;

import java.time.LocalDate;

/**
 * A contract the company already has in Autotask.
 *
 * @param defaultServiceDesk Autotask's {@code isDefaultContract}: the company's Default Service Desk Contract
 */
public record ExistingContract(long id, String name, LocalDate endDate, boolean defaultServiceDesk) {

    public ExistingContract(long id, String name, LocalDate endDate) {
        this(id, name, endDate, false);
    }
}
