package com.onboarding.gateway.staff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class BoardQueryTest {

    @Test
    void without_filters_it_pages_newest_first_with_ties_broken_by_id() {
        BoardQuery query = new BoardQuery(null, null, null, null, false, false, null, null, false, 0, 0);
        assertThat(query.hql()).isEqualTo("order by createdAt desc, id desc");
        assertThat(query.size()).isEqualTo(BoardQuery.DEFAULT_SIZE);
    }

    @Test
    void every_filter_becomes_a_condition_with_its_own_parameter() {
        BoardQuery query = new BoardQuery("Diner", "needs_attention", "backup", LocalDate.of(2026, 12, 1), true, true,
                "joe@", "customer", true, 2, 10_000);
        assertThat(query.where().clause()).isEqualTo("lower(accountName) like ?1 and status = ?2 and lower(services) like ?3 "
                + "and createdAt >= ?4 and waitingForPerson = true and needsAttention = true "
                + "and (lower(accountName) like ?5 or lower(id) like ?5 or emails like ?5)");
        assertThat(query.where().parameters()).startsWith("%diner%", "NEEDS_ATTENTION", "%backup%").endsWith("%joe@%");
        assertThat(query.orderBy()).isEqualTo("lower(accountName) asc, id asc");
        assertThat(query.size()).isEqualTo(BoardQuery.MAX_SIZE);
    }

    @Test
    void search_text_is_matched_literally() {
        BoardQuery query = new BoardQuery(null, null, null, null, false, false, "100%_x", null, false, 0, 10);
        assertThat(query.where().parameters()).containsExactly("%100\\%\\_x%");
    }

    @Test
    void an_unknown_sort_is_refused() {
        assertThatThrownBy(() -> new BoardQuery(null, null, null, null, false, false, null, "drop table", false, 0, 10))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
