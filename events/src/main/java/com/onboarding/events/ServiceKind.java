package com.onboarding.events;

public enum ServiceKind {
    RMM, BACKUP
}
