package com.onboarding.documentation.rules;

/**
 * An Autotask configuration item as the rules see it. {@code rmmDeviceUid} is set on the items the RMM agent
 * created; {@code contractId} is null when the item carries no contract.
 */
public record ConfigurationItem(long id, String title, Long productId, String rmmDeviceUid, Long contractId) {

    public boolean fromRmmAgent() {
        return rmmDeviceUid != null && !rmmDeviceUid.isBlank();
    }
}
