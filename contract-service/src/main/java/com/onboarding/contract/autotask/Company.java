package com.onboarding.contract.autotask;

/** An Autotask company, with its name exactly as Autotask spells it. */
public record Company(long id, String name) {
}
