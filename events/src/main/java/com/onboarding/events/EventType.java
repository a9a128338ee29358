package com.onboarding.events;

import java.util.Arrays;
import java.util.Optional;

/** Every event of the suite: its CloudEvent type, its topic, its data class and the schema versions consumers accept. */
public enum EventType {
    CONTRACT_SIGNED("ContractSigned", Topics.CONTRACT_SIGNED, ContractSigned.class),
    CONTRACT_CREATED("ContractCreated", Topics.CONTRACT_CREATED, ContractCreated.class),
    SETUP_COMPLETED("SetupCompleted", Topics.SETUP_COMPLETED, SetupCompleted.class),
    GO_LIVE_REACHED("GoLiveReached", Topics.GO_LIVE_REACHED, GoLiveReached.class),
    STEP_CHANGED("StepChanged", Topics.STEP_CHANGED, StepChanged.class),
    STEP_RETRY_REQUESTED("StepRetryRequested", Topics.STEP_RETRY_REQUESTED, StepRetryRequested.class),
    STEP_CONFIRMED("StepConfirmed", Topics.STEP_CONFIRMED, StepConfirmed.class),
    STEP_SKIPPED("StepSkipped", Topics.STEP_SKIPPED, StepSkipped.class),
    GO_LIVE_DATE_SET("GoLiveDateSet", Topics.GO_LIVE_DATE_SET, GoLiveDateSet.class);

    /** Prefix of the CloudEvent {@code type} attribute. */
    public static final String TYPE_PREFIX = "com.onboarding.";

    private final String simpleName;
    private final String topic;
    private final Class<? extends OnboardingEvent> dataClass;

    EventType(String simpleName, String topic, Class<? extends OnboardingEvent> dataClass) {
        this.simpleName = simpleName;
        this.topic = topic;
        this.dataClass = dataClass;
    }

    public String simpleName() {
        return simpleName;
    }

    /** The CloudEvent type, e.g. {@code com.onboarding.ContractSigned}. */
    public String cloudEventType() {
        return TYPE_PREFIX + simpleName;
    }

    public String topic() {
        return topic;
    }

    public Class<? extends OnboardingEvent> dataClass() {
        return dataClass;
    }

    /** Path of the JSON Schema of this event's data inside the events jar. */
    public String schemaResource() {
        return "schemas/" + simpleName + ".schema.json";
    }

    public static EventType of(OnboardingEvent event) {
        return Arrays.stream(values())
                .filter(type -> type.dataClass.equals(event.getClass()))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("Not an event of the suite: " + event.getClass()));
    }

    public static Optional<EventType> ofCloudEventType(String cloudEventType) {
        return Arrays.stream(values()).filter(type -> type.cloudEventType().equals(cloudEventType)).findFirst();
    }
}
