package com.onboarding.contract.rules;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Procedure I: "MAKE SURE PRICE FOR SERVICE(S) MATCHES SIGNED AGREEMENT. DO NOT ASSUME DEFAULT IS CORRECT", and the
 * service starts the first date we actually provide it, not the contract start. What Autotask shows after the
 * service is added is compared with the agreement; any difference is a message for a person, never accepted.
 */
public final class SignedPriceCheck {

    private SignedPriceCheck() {
    }

    public static Optional<String> mismatch(String service, BigDecimal signedPrice, LocalDate actualStart,
            BigDecimal autotaskPrice, LocalDate autotaskStart, long contractId) {
        return mismatch(service, signedPrice, 1, actualStart, autotaskPrice, 1, autotaskStart, contractId);
    }

    /** As above for a service line of several units (devices): the unit price and the number of units both match. */
    public static Optional<String> mismatch(String service, BigDecimal signedPrice, int signedQuantity, LocalDate actualStart,
            BigDecimal autotaskPrice, Integer autotaskQuantity, LocalDate autotaskStart, long contractId) {
        List<String> problems = new ArrayList<>();
        if (autotaskQuantity == null || autotaskQuantity != signedQuantity) {
            problems.add("Autotask shows " + (autotaskQuantity == null ? "no" : autotaskQuantity) + " units but the signed"
                    + " agreement says " + signedQuantity);
        }
        if (autotaskPrice == null || autotaskPrice.compareTo(signedPrice) != 0) {
            problems.add("Autotask shows the price " + (autotaskPrice == null ? "(none)" : money(autotaskPrice))
                    + " but the signed agreement says " + money(signedPrice));
        }
        if (autotaskStart != null && !autotaskStart.equals(actualStart)) {
            problems.add("Autotask starts it on " + autotaskStart + " but the service began on " + actualStart);
        }
        if (problems.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of("'" + service + "' on contract " + contractId + ": " + String.join("; ", problems)
                + ". Correct it in Autotask, then retry this step.");
    }

    /** Money as people write it: two decimals. */
    public static String money(BigDecimal amount) {
        return amount.setScale(2, java.math.RoundingMode.HALF_UP).toPlainString();
    }
}
