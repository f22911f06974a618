package io.github.mediaops.connector.wecom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.mediaops.connector.tck.ManualClock;
import io.github.mediaops.connector.wecom.simulator.WeComSimulator;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Welcome messages within their window, and mass messages that stay pending until the member confirms. */
class WeComMessagesTest {
    private final ManualClock clock = new ManualClock(Instant.parse("2026-12-06T04:00:00Z"));
    private final WeComSimulator sim = new WeComSimulator(clock);
    private final WeComConnector wecom = WeComTestSupport.connector(sim.baseUrl(), clock);

    @AfterEach
    void close() {
        wecom.close();
        sim.close();
    }

    private WelcomeCode newContactsWelcomeCode() {
        ContactWay way = wecom.leadCapture().createContactWay(ContactWayRequest.builder("mWelcome0001", "zhangsan").build());
        WeComEvent.ContactAdded added = (WeComEvent.ContactAdded) wecom.callbacks()
                .receive(sim.customerAdds(way.configId(), "wmNew" + clock.instant().getEpochSecond(), "新客户")).events().get(0);
        return added.welcomeCode().orElseThrow();
    }

    @Test
    void a_welcome_message_within_20_seconds_is_sent_once_per_code() {
        WelcomeCode code = newContactsWelcomeCode();
        clock.advance(Duration.ofSeconds(19));
        Instant sent = wecom.messages().sendWelcome(code, "欢迎！回复 1 领取新人礼");
        assertThat(sent).isEqualTo(clock.instant());
        int requests = sim.apiRequests();
        assertThat(wecom.messages().sendWelcome(code, "欢迎！回复 1 领取新人礼")).as("same code, same answer").isEqualTo(sent);
        assertThat(sim.apiRequests()).isEqualTo(requests);
        assertThat(sim.welcomeMessages()).containsExactly("欢迎！回复 1 领取新人礼");
    }

    @Test
    void an_expired_welcome_code_is_refused_typed_without_a_call() {
        WelcomeCode code = newContactsWelcomeCode();
        clock.advance(Duration.ofSeconds(21));
        int requests = sim.apiRequests();
        assertThatThrownBy(() -> wecom.messages().sendWelcome(code, "欢迎")).isInstanceOfSatisfying(WelcomeCodeExpiredException.class,
                e -> {
                    assertThat(e.field()).isEqualTo("welcomeCode");
                    assertThat(e.expiredAt()).isEqualTo(code.expiresAt());
                    assertThat(e.getMessage()).doesNotContain(code.code());
                });
        assertThat(sim.apiRequests()).isEqualTo(requests);
        assertThat(sim.welcomeMessages()).isEmpty();
    }

    @Test
    void a_mass_message_is_pending_until_the_member_confirms() {
        MassMessage msg = MassMessage.toCustomers("zhangsan", List.of("wmSimCustomer0001", "wmSimCustomer0002", "wmSimCustomer0003"),
                "双 11 会员专享：满 300 减 50", "mass-d11-1");
        MassMessage.Task task = wecom.messages().createMassMessage(msg);
        assertThat(task.status()).isEqualTo(MassMessage.Status.PENDING);
        assertThat(task.unreachedExternalUserIds()).as("not zhangsan's customer").containsExactly("wmSimCustomer0003");
        assertThat(wecom.messages().createMassMessage(msg)).as("same key, same task").isEqualTo(task);

        MassMessage.Report before = wecom.messages().massMessageStatus(task.msgId(), "zhangsan");
        assertThat(before.status()).isEqualTo(MassMessage.Status.PENDING);
        assertThat(before.deliveries()).hasSize(2).allSatisfy(d -> {
            assertThat(d.status()).isEqualTo(MassMessage.DeliveryStatus.PENDING);
            assertThat(d.sentAt()).isEmpty();
        });

        clock.advance(Duration.ofMinutes(5));
        sim.memberConfirms(task.msgId());
        MassMessage.Report after = wecom.messages().massMessageStatus(task.msgId(), "zhangsan");
        assertThat(after.status()).isEqualTo(MassMessage.Status.SENT);
        assertThat(after.deliveries()).allSatisfy(d -> assertThat(d.sentAt()).contains(clock.instant()));

        assertThat(wecom.messages().massMessages(MassMessage.Target.SINGLE, clock.instant().minus(Duration.ofHours(1)), clock.instant()))
                .singleElement().satisfies(s -> {
                    assertThat(s.msgId()).isEqualTo(task.msgId());
                    assertThat(s.creator()).isEqualTo("zhangsan");
                    assertThat(s.text()).contains("双 11 会员专享：满 300 减 50");
                });
    }

    @Test
    void a_group_mass_message_needs_a_sender() {
        assertThatThrownBy(() -> new MassMessage(MassMessage.Target.GROUP, List.of(), List.of("wrX"), java.util.Optional.empty(),
                "hi", "k")).isInstanceOf(io.github.mediaops.core.InvalidValueException.class).hasMessageContaining("sender");
        MassMessage.Task t = wecom.messages().createMassMessage(MassMessage.toGroups("lisi", List.of(WeComSimulator.GROUP_CHATS.get(1)),
                "群福利", "mass-group-1"));
        assertThat(wecom.messages().massMessageStatus(t.msgId(), "lisi").deliveries()).singleElement()
                .satisfies(d -> assertThat(d.chatId()).contains(WeComSimulator.GROUP_CHATS.get(1)));
    }
}
