package com.onboarding.events;

public enum CustomerKind {
    BUSINESS, RESIDENTIAL
}
