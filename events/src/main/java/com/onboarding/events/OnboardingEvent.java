package com.onboarding.events;

/**
 * Data of one onboarding event. Every event belongs to one onboarding (the DocuSign envelope id), which is
 * also its Kafka key, and carries the version of its schema. The event id and time travel as CloudEvent
 * attributes ({@code ce_id}, {@code ce_time}).
 */
public interface OnboardingEvent {

    int schemaVersion();

    String onboardingId();
}
