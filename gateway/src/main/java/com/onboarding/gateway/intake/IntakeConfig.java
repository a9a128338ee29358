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
    }

    interface TermsAndConditions {
        /** Account names whose signed general consulting T&amp;C agreement is on file. */
        @WithDefault("-")
        List<String> onFile();
    }
}
