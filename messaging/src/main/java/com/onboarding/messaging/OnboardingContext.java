package com.onboarding.messaging;

import java.util.function.Supplier;
import org.jboss.logging.MDC;

/** Work done for one onboarding: every log line it writes carries the onboarding id ({@code %X{onboardingId}}). */
public final class OnboardingContext {

    private static final String KEY = "onboardingId";

    private OnboardingContext() {
    }

    public static void run(String onboardingId, Runnable work) {
        call(onboardingId, () -> {
            work.run();
            return null;
        });
    }

    public static <T> T call(String onboardingId, Supplier<T> work) {
        MDC.put(KEY, onboardingId);
        try {
            return work.get();
        } finally {
            MDC.remove(KEY);
        }
    }
}
