package com.onboarding.contract.onboarding;

import com.onboarding.contract.config.ContractConfig;

/**
 * One service's recurring ticket as configured when its tickets were first scheduled: kept with the service, so its
 * tickets stay the same after a configuration change.
 */
public record RecurringTicketTemplate(String title, long queueId, Long categoryId, String priority, int everyMonths) {

    public static RecurringTicketTemplate of(ContractConfig.TicketTemplate configured) {
        return new RecurringTicketTemplate(configured.title(), configured.queueId(), configured.categoryId(),
                configured.priority(), configured.everyMonths());
    }
}
