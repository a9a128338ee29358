package com.onboarding.gateway.outages;

import static org.assertj.core.api.Assertions.assertThat;

import com.onboarding.events.EventType;
import com.onboarding.events.steps.Step;
import org.junit.jupiter.api.Test;

class DeadLetteredStepTest {

    @Test
    void a_dead_lettered_event_names_the_step_its_consumer_would_run() {
        assertThat(DeadLetteredStep.of("contract-service", EventType.CONTRACT_SIGNED, null)).contains(Step.CONTRACT_RECURRING);
        assertThat(DeadLetteredStep.of("documentation-service", EventType.CONTRACT_CREATED, null)).contains(Step.DOCS_MSA_LIST);
        assertThat(DeadLetteredStep.of("reporting-service", EventType.CONTRACT_CREATED, null)).contains(Step.REPORTS_FOLDER);
        assertThat(DeadLetteredStep.of("contract-service", EventType.SETUP_COMPLETED, null)).contains(Step.CONTRACT_SERVICES);
        assertThat(DeadLetteredStep.of("documentation-service", EventType.SETUP_COMPLETED, null)).contains(Step.DOCS_CONFIGURATION_ITEMS);
        assertThat(DeadLetteredStep.of("documentation-service", EventType.GO_LIVE_REACHED, null)).contains(Step.DOCS_HELP_DESK_UDF);
        assertThat(DeadLetteredStep.of("contract-service", EventType.GO_LIVE_DATE_SET, null)).contains(Step.CONTRACT_GO_LIVE);
        assertThat(DeadLetteredStep.of("reporting-service", EventType.STEP_RETRY_REQUESTED, "reports.recipients"))
                .contains(Step.REPORTS_RECIPIENTS);
    }

    @Test
    void an_unreadable_event_names_the_services_first_step_and_another_services_step_is_never_named() {
        assertThat(DeadLetteredStep.of("backup-setup-service", null, null)).contains(Step.BACKUP_TICKET);
        assertThat(DeadLetteredStep.of("reporting-service", EventType.STEP_RETRY_REQUESTED, "contract.services")).isEmpty();
        assertThat(DeadLetteredStep.of("web-page-test", EventType.GO_LIVE_DATE_SET, null)).isEmpty();
        assertThat(DeadLetteredStep.of("contract-service", EventType.STEP_CHANGED, null)).isEmpty();
    }
}
