package com.onboarding.gateway;

/** StaffApiTest's signed onboarding for tests in other packages. */
public final class StaffApiTestAccess {

    private StaffApiTestAccess() {
    }

    public static String signedOnboarding() {
        return StaffApiTest.signedOnboarding();
    }
}
