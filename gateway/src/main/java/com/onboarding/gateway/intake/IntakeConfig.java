package com.onboarding.gateway.intake;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.util.List;

/** DocuSign Connect keys and the T&amp;C agreements on file. */
@ConfigMapping(prefix = "gateway")
public interface IntakeConfig {

    Connect connect();

    TermsAndConditions termsAndConditions();

    interface Connect {
        /** The Connect HMAC keys; a delivery verifies against any of them (two during a rotation). */
        List<String> hmacKeys();

        /** The largest delivery read (bytes); a longer one is refused with 413 before its signature is checked. */
        @WithDefault("26214400")
        int maxBodyBytes();

        /** Deliveries processed at once; the others wait for a turn, so a flood cannot take every database connection. */
        @WithDefault("8")
        int maxConcurrent();

        /** How long a delivery waits for a turn before it is answered 503 (DocuSign retries). */
        @WithDefault("20s")
        java.time.Duration turnTimeout();
    }

    interface TermsAndConditions {
        /** Account names whose signed general consulting T&amp;C agreement is on file. */
        @WithDefault("-")
        List<String> onFile();

        /** Whether completed T&amp;C envelopes are looked for through DocuSign's envelope search. */
        @WithDefault("true")
        boolean docusignSearch();

        /** How far back the envelope search looks (years). */
        @WithDefault("10")
        int docusignLookbackYears();

        /** The envelope text custom field naming the customer's account; the gateway's own T&amp;C envelopes carry it. */
        @WithDefault("AccountName")
        String accountField();

        /** The Autotask company user-defined field where the MSP records a signed T&amp;C (unset: not consulted). */
        java.util.Optional<String> autotaskUdf();

        /** The values (or picklist labels) of that field that mean "signed T&amp;C on file", compared ignoring case. */
        @WithDefault("Yes")
        List<String> autotaskOnFileValues();
    }
}
