package com.onboarding.gateway;

import com.onboarding.messaging.startup.GuardedMain;
import io.quarkus.runtime.annotations.QuarkusMain;

/** Starts the service after the production start-up guard (see GuardedMain). */
@QuarkusMain
public class Main {

    public static void main(String... args) {
        GuardedMain.run(args);
    }
}
