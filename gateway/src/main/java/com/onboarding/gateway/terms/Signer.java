package com.onboarding.gateway.terms;

/** The customer's person who signs, as named on the agreement's envelope. */
public record Signer(String name, String email) {

    public boolean known() {
        return name != null && !name.isBlank() && email != null && email.contains("@");
    }

    @Override
    public String toString() {
        return name + " <" + email + ">";
    }
}
