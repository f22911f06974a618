package io.github.mediaops.connector.wecom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.mediaops.connector.tck.ManualClock;
import io.github.mediaops.connector.wecom.simulator.WeComSimulator;
import io.github.mediaops.core.DateRange;
import io.github.mediaops.core.InvalidValueException;
import io.github.mediaops.core.connector.NotFoundException;
import io.github.mediaops.core.connector.Page;
import io.github.mediaops.core.connector.PageRequest;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Customers, groups and group statistics on the simulator. */
class WeComCustomersTest {
    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private final ManualClock clock = new ManualClock(Instant.parse("2026-12-06T04:00:00Z")); // noon in Beijing
    private final WeComSimulator sim = new WeComSimulator(clock);
    private final WeComConnector wecom = WeComTestSupport.connector(sim.baseUrl(), clock);
    private final LocalDate today = LocalDate.of(2026, 12, 6);

    @AfterEach
    void close() {
        wecom.close();
        sim.close();
    }

    @Test
    void lists_reads_and_pages_customers() {
        assertThat(wecom.customers().contactIds("zhangsan")).containsExactly("wmSimCustomer0001", "wmSimCustomer0002");
        ExternalContact c = wecom.customers().contact("wmSimCustomer0003");
        assertThat(c.name()).contains("赵六");
        assertThat(c.kind()).isEqualTo(ExternalContact.Kind.WECOM);
        assertThat(c.follows()).singleElement().satisfies(f -> assertThat(f.userId()).isEqualTo("lisi"));
        assertThatThrownBy(() -> wecom.customers().contact("wmNobody")).isInstanceOf(NotFoundException.class);

        List<String> seen = new ArrayList<>();
        PageRequest page = PageRequest.first(2);
        int pages = 0;
        while (page != null) {
            Page<ExternalContact> p = wecom.customers().contactsOf(List.of("zhangsan", "lisi"), page);
            p.items().forEach(x -> seen.add(x.externalUserId() + "@" + x.follows().get(0).userId()));
            page = p.next(2).orElse(null);
            pages++;
        }
        assertThat(pages).isEqualTo(2);
        assertThat(seen).containsExactly("wmSimCustomer0001@zhangsan", "wmSimCustomer0002@zhangsan", "wmSimCustomer0003@lisi");
        assertThatThrownBy(() -> wecom.customers().contactsOf(List.of(), PageRequest.first(10)))
                .isInstanceOf(InvalidValueException.class).hasMessageContaining("userIds");
    }

    @Test
    void reads_groups_and_their_members() {
        Page<GroupChat.Ref> groups = wecom.customers().groupChats(List.of("zhangsan"), PageRequest.first(100));
        assertThat(groups.items()).extracting(GroupChat.Ref::chatId).containsExactly(WeComSimulator.GROUP_CHATS.get(0));
        GroupChat g = wecom.customers().groupChat(WeComSimulator.GROUP_CHATS.get(0));
        assertThat(g.owner()).isEqualTo("zhangsan");
        assertThat(g.members()).filteredOn(GroupChat.Member::customer).extracting(GroupChat.Member::userId)
                .containsExactly("wmSimCustomer0001", "wmSimCustomer0002");
    }

    @Test
    void daily_group_statistics_are_split_into_30_day_windows() {
        LocalDate first = today.minusDays(45);
        sim.groupActivity("zhangsan", first, 3, 2, 17);
        sim.groupActivity("zhangsan", today.minusDays(1), 1, 1, 4);
        int before = sim.apiRequests();
        List<GroupStats.Day> days = wecom.customers().groupStatsByDay(DateRange.of(first, today.minusDays(1)), List.of("zhangsan"));
        assertThat(sim.apiRequests() - before).as("45 days in windows of 30 and 15").isEqualTo(2);
        assertThat(days).hasSize(45);
        assertThat(days.get(0).day()).isEqualTo(first);
        assertThat(days.get(0).stats().newMembers()).isEqualTo(3);
        assertThat(days.get(0).stats().activeMembers()).isEqualTo(2);
        assertThat(days.get(0).stats().messages()).isEqualTo(17);
        assertThat(days.get(0).stats().members()).isEqualTo(3);
        assertThat(days.get(44).day()).isEqualTo(today.minusDays(1));
        assertThat(days.get(44).stats().messages()).isEqualTo(4);
    }

    @Test
    void owner_statistics_sum_over_the_window() {
        sim.groupActivity("zhangsan", today.minusDays(3), 2, 2, 9);
        sim.groupActivity("zhangsan", today.minusDays(2), 1, 1, 1);
        List<GroupStats.Owner> owners = wecom.customers().groupStatsByOwner(DateRange.of(today.minusDays(7), today.minusDays(1)),
                List.of("zhangsan", "lisi"));
        assertThat(owners).extracting(GroupStats.Owner::owner).containsExactly("zhangsan", "lisi");
        assertThat(owners.get(0).stats().messages()).isEqualTo(10);
        assertThat(owners.get(0).stats().newMembers()).isEqualTo(3);
        assertThat(owners.get(1).stats().chats()).isEqualTo(1);
    }

    @Test
    void windows_wecom_would_refuse_are_refused_before_any_call() {
        int before = sim.apiRequests();
        assertThatThrownBy(() -> wecom.customers().groupStatsByDay(DateRange.of(today.minusDays(2), today), List.of("zhangsan")))
                .isInstanceOf(InvalidValueException.class).hasMessageContaining("yesterday");
        assertThatThrownBy(() -> wecom.customers().groupStatsByDay(DateRange.of(today.minusDays(181), today.minusDays(1)),
                List.of("zhangsan"))).isInstanceOf(InvalidValueException.class).hasMessageContaining("180");
        assertThatThrownBy(() -> wecom.customers().groupStatsByOwner(DateRange.of(today.minusDays(31), today.minusDays(1)),
                List.of("zhangsan"))).isInstanceOf(InvalidValueException.class).hasMessageContaining("30");
        assertThat(sim.apiRequests()).isEqualTo(before);
        assertThat(today.atStartOfDay(SHANGHAI).toInstant()).isBefore(clock.instant());
    }
}
