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
    }
}
