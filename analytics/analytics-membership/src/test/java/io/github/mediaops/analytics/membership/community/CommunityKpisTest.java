package io.github.mediaops.analytics.membership.community;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.github.mediaops.core.InvalidValueException;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Daily community KPIs; the sums and ratios in the comments are done by hand. */
class CommunityKpisTest {
    private static final LocalDate D1 = LocalDate.of(2026, 11, 2);
    private static final LocalDate D2 = LocalDate.of(2026, 11, 3);

    @Test
    void sums_groups_per_day_and_divides_by_members_and_active_members() {
        List<CommunityDay> days = CommunityKpis.daily(List.of(
                GroupDay.builder("g2", D2).members(0).build(),
                GroupDay.builder("g1", D1).members(200).joined(12).left(3).activeMembers(40).messages(260).build(),
                GroupDay.builder("g2", D1).members(50).joined(5).activeMembers(10).messages(30).build()));
        assertThat(days).extracting(CommunityDay::day).containsExactly(D1, D2);
        CommunityDay d = days.get(0);
        // members 200 + 50 = 250, joined 12 + 5 = 17, left 3, net 14, active 40 + 10 = 50, messages 260 + 30 = 290
        assertThat(d.groups()).isEqualTo(2);
        assertThat(d.members()).isEqualTo(250);
        assertThat(d.joined()).isEqualTo(17);
        assertThat(d.netGrowth()).isEqualTo(14);
        assertThat(d.activeMembers()).isEqualTo(50);
        assertThat(d.messages()).isEqualTo(290);
        assertThat(d.activeRate().getAsDouble()).isCloseTo(0.2, within(1e-12));               // 50 / 250
        assertThat(d.messagesPerMember().getAsDouble()).isCloseTo(1.16, within(1e-12));       // 290 / 250
        assertThat(d.messagesPerActiveMember().getAsDouble()).isCloseTo(5.8, within(1e-12));  // 290 / 50
        CommunityDay empty = days.get(1);
        assertThat(empty.activeRate()).isEmpty();
        assertThat(empty.messagesPerMember()).isEmpty();
        assertThat(empty.messagesPerActiveMember()).isEmpty();
    }

    @Test
    void rejects_impossible_statistics_naming_the_field() {
        assertThatThrownBy(() -> GroupDay.builder("g1", D1).members(10).activeMembers(11).messages(20).build())
                .isInstanceOf(InvalidValueException.class)
                .extracting(e -> ((InvalidValueException) e).field()).isEqualTo("activeMembers");
        assertThatThrownBy(() -> GroupDay.builder("g1", D1).members(10).activeMembers(5).messages(4).build())
                .isInstanceOf(InvalidValueException.class)
                .extracting(e -> ((InvalidValueException) e).field()).isEqualTo("messages");
        assertThatThrownBy(() -> GroupDay.builder("g1", D1).members(-1).build())
                .isInstanceOf(InvalidValueException.class).hasMessageContaining("members");
        GroupDay g = GroupDay.builder("g1", D1).members(10).build();
        assertThatThrownBy(() -> CommunityKpis.daily(List.of(g, g)))
                .isInstanceOf(InvalidValueException.class).hasMessageContaining("g1").hasMessageContaining("2026-11-02");
    }
}
