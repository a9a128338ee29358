package com.onboarding.events;

/** What an RMM service manages. Only workstation RMM gets the leave-PCs-on reminder. */
public enum DeviceKind {
    WORKSTATION, SERVER
}
