package com.onboarding.events.steps;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class StepTest {

    @Test
    void everyIdIsUniqueAndFoundAgain() {
        assertThat(Arrays.stream(Step.values()).map(Step::id).distinct()).hasSize(Step.values().length);
        for (Step step : Step.values()) {
            assertThat(Step.byId(step.id())).contains(step);
        }
    }

    @Test
    void idsStartWithTheirSectionsPrefixAndRunInTheProceduresOrder() {
        assertThat(Step.CONTRACT_RECURRING.id()).isEqualTo("contract.recurring");
        assertThat(Step.CONTRACT_RECURRING.owner()).isEqualTo("contract-service");
        assertThat(Step.REPORTS_FOLDER.order()).isLessThan(Step.REPORTS_AUTOTASK.order());
        assertThat(Step.ownedBy("reporting-service")).containsExactly(Step.REPORTS_FOLDER, Step.REPORTS_AUTOTASK,
                Step.REPORTS_DATTO_RMM, Step.REPORTS_RECIPIENTS);
        assertThat(Step.isIn("backup.done", Section.BACKUP_SETUP)).isTrue();
        assertThat(Step.isIn("backup.none", Section.BACKUP_SETUP)).isFalse();
    }

    @Test
    void stepsThatWaitForAPersonAreMarked() {
        assertThat(Step.REPORTS_AUTOTASK.kind()).isEqualTo(StepKind.WAITS_FOR_PERSON);
        assertThat(Step.CONTRACT_GO_LIVE.kind()).isEqualTo(StepKind.TIMER);
    }
}
