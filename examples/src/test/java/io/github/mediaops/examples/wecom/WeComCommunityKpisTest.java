package io.github.mediaops.examples.wecom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.github.mediaops.analytics.membership.community.CommunityDay;
import io.github.mediaops.analytics.membership.community.CommunityKpis;
import io.github.mediaops.analytics.membership.community.GroupDay;
import io.github.mediaops.connector.tck.ManualClock;
import io.github.mediaops.connector.wecom.GroupStats;
import io.github.mediaops.connector.wecom.WeComConnector;
import io.github.mediaops.connector.wecom.simulator.WeComSimulator;
import io.github.mediaops.core.DateRange;
import io.github.mediaops.core.connector.ConnectorConfig;
import io.github.mediaops.core.connector.Credentials;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** WeCom's daily customer-group statistics as the membership engine's community KPI inputs ({@code GroupDay}). */
class WeComCommunityKpisTest {

    @Test
    void daily_group_statistics_feed_the_community_kpis() {
        ManualClock clock = new ManualClock(Instant.parse("2026-12-06T04:00:00Z"));
        LocalDate d1 = LocalDate.of(2026, 12, 4);
        LocalDate d2 = LocalDate.of(2026, 12, 5);
        try (WeComSimulator sim = new WeComSimulator(clock);
             WeComConnector wecom = WeComConnector.builder(ConnectorConfig.builder()
                     .credentials(Credentials.builder().identifier("corpId", WeComSimulator.CORP_ID)
                             .secret("corpSecret", WeComSimulator.CORP_SECRET).build())
                     .baseUrl(sim.baseUrl()).clock(clock).build()).build()) {
            sim.groupActivity("zhangsan", d1, 1, 2, 10);
            sim.groupActivity("zhangsan", d2, 0, 1, 3);
            List<GroupDay> days = new ArrayList<>();
            for (String owner : WeComSimulator.MEMBERS) {
                for (GroupStats.Day d : wecom.customers().groupStatsByDay(DateRange.of(d1, d2), List.of(owner))) {
                    days.add(GroupDay.builder("owner:" + owner, d.day()).members(d.stats().members()).joined(d.stats().newMembers())
                            .activeMembers(d.stats().activeMembers()).messages(d.stats().messages()).build());
                }
            }
            List<CommunityDay> kpis = CommunityKpis.daily(days);
            assertThat(kpis).extracting(CommunityDay::day).containsExactly(d1, d2);
            CommunityDay first = kpis.get(0);
            assertThat(first.members()).as("3 in zhangsan's group, 2 in lisi's").isEqualTo(5);
            assertThat(first.joined()).isEqualTo(1);
            assertThat(first.activeMembers()).isEqualTo(2);
            assertThat(first.messages()).isEqualTo(10);
            assertThat(first.messagesPerMember()).hasValueCloseTo(2.0, within(1e-12));
            assertThat(kpis.get(1).activeRate()).hasValueCloseTo(0.2, within(1e-12));
        }
    }
}
