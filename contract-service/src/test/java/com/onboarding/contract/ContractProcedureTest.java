package com.onboarding.contract;

import static org.assertj.core.api.Assertions.assertThat;

import com.onboarding.events.steps.Section;
import com.onboarding.events.steps.Step;
import com.onboarding.messaging.engine.StepWork;
import org.junit.jupiter.api.Test;

/** ContractProcedure reads like the procedure: every contract step of the catalogue, in its order, each with its work. */
class ContractProcedureTest {

    @Test
    void the_section_names_every_contract_step_of_the_catalogue_in_order() {
        assertThat(ContractProcedure.SECTION).extracting(ContractProcedure.Line::step)
                .containsExactlyElementsOf(Step.ownedBy(Section.CONTRACT.owner()));
    }

    @Test
    void each_step_has_a_distinct_step_work_and_its_rules_are_plain_classes_of_rules() {
        assertThat(ContractProcedure.SECTION).extracting(ContractProcedure.Line::work).doesNotHaveDuplicates()
                .allSatisfy(work -> assertThat(StepWork.class).isAssignableFrom(work));
        assertThat(ContractProcedure.SECTION).flatExtracting(ContractProcedure.Line::rules)
                .allSatisfy(rule -> assertThat(rule.getPackageName()).isEqualTo("com.onboarding.contract.rules"));
    }
}
