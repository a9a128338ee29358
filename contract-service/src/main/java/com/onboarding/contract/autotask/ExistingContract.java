package com.onboarding.contract.autotask;

import java.time.LocalDate;

/** A contract the company already has in Autotask. */
public record ExistingContract(long id, String name, LocalDate endDate) {
}
