package com.onboarding.clients.autotask;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class FilterTest {

    @Test
    void or_and_and_group_items_as_autotask_defines_them() {
        assertThat(Filter.or(Filter.and(Filter.eq("contractType", 7), Filter.eq("status", 1)),
                Filter.op("contains", "description", "[onboarding x]")).toString())
                .isEqualTo("{\"op\":\"or\",\"items\":[{\"op\":\"and\",\"items\":[{\"op\":\"eq\",\"field\":\"contractType\",\"value\":7},"
                        + "{\"op\":\"eq\",\"field\":\"status\",\"value\":1}]},"
                        + "{\"op\":\"contains\",\"field\":\"description\",\"value\":\"[onboarding x]\"}]}");
    }

    @Test
    void in_looks_up_several_values_in_one_query() {
        assertThat(Filter.in("serviceID", List.of(3L, 4L)).toString())
                .isEqualTo("{\"op\":\"in\",\"field\":\"serviceID\",\"value\":[3,4]}");
    }
}
