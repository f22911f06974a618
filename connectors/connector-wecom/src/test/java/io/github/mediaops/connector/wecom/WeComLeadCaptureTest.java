package io.github.mediaops.connector.wecom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.mediaops.connector.tck.Fault;
import io.github.mediaops.connector.wecom.simulator.WeComSimulator;
import io.github.mediaops.core.InvalidValueException;
import io.github.mediaops.core.connector.AmbiguousOutcomeException;
import io.github.mediaops.core.connector.InvalidRequestException;
import io.github.mediaops.core.connector.PermissionDeniedException;
import io.github.mediaops.core.connector.WebhookEvent;
import java.net.URI;
import java.time.Clock;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Contact ways and acquisition links on the simulator, and the state limits. */
class WeComLeadCaptureTest {
    private final WeComSimulator sim = new WeComSimulator();
    private final WeComConnector wecom = WeComTestSupport.connector(sim.baseUrl(), Clock.systemUTC());

    @AfterEach
    void close() {
        wecom.close();
        sim.close();
    }

    @Test
    void creates_reads_updates_and_deletes_a_contact_way_with_its_state() {
        ContactWay way = wecom.leadCapture().createContactWay(ContactWayRequest.builder("mAbCdEf12345", "zhangsan")
                .remark("小红书 0428 笔记").build());
        assertThat(way.configId()).hasSize(32);
        assertThat(way.qrCode()).hasValueSatisfying(u -> assertThat(u).startsWith("https://"));
        assertThat(sim.contactWays().get(way.configId()).get("type").asInt()).as("one member: single").isEqualTo(1);
        assertThat(sim.contactWays().get(way.configId()).get("scene").asInt()).as("QR code").isEqualTo(2);

        ContactWay read = wecom.leadCapture().contactWay(way.configId());
        assertThat(read.state()).isEqualTo("mAbCdEf12345");
        assertThat(read.users()).containsExactly("zhangsan");
        assertThat(read.remark()).contains("小红书 0428 笔记");

        ContactWay updated = wecom.leadCapture().updateContactWay(way.configId(),
                ContactWayRequest.builder("mAbCdEf12345", "zhangsan", "lisi").skipVerify(false).build());
        assertThat(updated.users()).containsExactly("zhangsan", "lisi");
        assertThat(updated.skipVerify()).isFalse();

        wecom.leadCapture().deleteContactWay(way.configId());
        assertThat(sim.contactWays()).doesNotContainKey(way.configId());
        assertThatThrownBy(() -> wecom.leadCapture().contactWay(way.configId())).isInstanceOf(InvalidRequestException.class)
                .satisfies(e -> assertThat(((InvalidRequestException) e).platformCode()).contains("40058"));
    }

    @Test
    void the_same_idempotency_key_creates_one_contact_way() {
        ContactWayRequest r = ContactWayRequest.builder("mAbCdEf12345", "zhangsan").build();
        ContactWay first = wecom.leadCapture().createContactWay(r);
        int requests = sim.apiRequests();
        assertThat(wecom.leadCapture().createContactWay(r)).isEqualTo(first);
        assertThat(sim.apiRequests()).isEqualTo(requests);
        assertThat(sim.contactWays()).hasSize(1);
    }

    @Test
    void a_state_longer_than_30_characters_is_refused_before_any_call() {
        int before = sim.apiRequests();
        String state = "xhs|d11-campaign|note-0428-autumn"; // 33 characters
        assertThatThrownBy(() -> ContactWayRequest.builder(state, "zhangsan").build())
                .isInstanceOfSatisfying(StateTooLongException.class, e -> {
                    assertThat(e.field()).isEqualTo("state");
                    assertThat(e.length()).isEqualTo(33);
                    assertThat(e.limit()).isEqualTo(30);
                    assertThat(e.getMessage()).contains(state.substring(0, 10));
                });
        assertThat(LeadStates.contactWayState("一二三四五六七八九十一二三四五六七八九十一二三四五六七八九十"))
                .as("30 characters, whatever their bytes").hasSize(30);
        assertThatThrownBy(() -> LeadStates.contactWayState("a\nb")).isInstanceOf(InvalidValueException.class);
        assertThat(sim.apiRequests()).isEqualTo(before);
    }

    @Test
    void a_create_whose_answer_is_lost_is_ambiguous_and_not_sent_again() {
        wecom.customers().contactIds("zhangsan"); // token fetched
        int before = sim.apiRequests();
        sim.failNext(Fault.DROP_AFTER_ACCEPT, 1);
        assertThatThrownBy(() -> wecom.leadCapture().createContactWay(ContactWayRequest.builder("mLost0000001", "zhangsan").build()))
                .isInstanceOfSatisfying(AmbiguousOutcomeException.class, e -> assertThat(e.retryable()).isFalse());
        assertThat(sim.apiRequests() - before).as("sent once, never retried").isEqualTo(1);
        assertThat(sim.contactWays()).as("WeCom created it: the host must look before creating again").hasSize(1);
    }

    @Test
    void a_single_contact_way_needs_a_member_the_app_can_see() {
        assertThatThrownBy(() -> wecom.leadCapture().createContactWay(ContactWayRequest.builder("s1", "stranger").build()))
                .isInstanceOf(PermissionDeniedException.class);
    }

    @Test
    void an_acquisition_link_gives_each_post_its_customer_channel_and_the_callback_carries_it_back() {
        AcquisitionLink link = wecom.leadCapture().createLink("双11 获客", List.of("lisi"), "link-d11");
        assertThat(link.url()).startsWith("https://work.weixin.qq.com/ca/");
        assertThat(wecom.leadCapture().createLink("双11 获客", List.of("lisi"), "link-d11")).isEqualTo(link);
        String tracked = link.trackedUrl("mAbCdEf12345");
        assertThat(URI.create(tracked).getQuery()).isEqualTo("customer_channel=mAbCdEf12345");
        assertThatThrownBy(() -> link.trackedUrl("渠".repeat(22))).as("66 UTF-8 bytes").isInstanceOfSatisfying(
                StateTooLongException.class, e -> {
                    assertThat(e.field()).isEqualTo("customerChannel");
                    assertThat(e.length()).isEqualTo(66);
                });
        AcquisitionLink read = wecom.leadCapture().link(link.linkId());
        assertThat(read.linkId()).isEqualTo(link.linkId());
        assertThat(read.users()).containsExactly("lisi");

        var callback = sim.customerAddsThroughLink(link.linkId(), "mAbCdEf12345", "wmFromLink");
        assertThat(wecom.webhooks().handle(callback).events()).singleElement().isInstanceOfSatisfying(WebhookEvent.LeadReceived.class,
                e -> assertThat(e.lead().tracking()).contains("mAbCdEf12345"));
        wecom.leadCapture().deleteLink(link.linkId());
        assertThatThrownBy(() -> wecom.leadCapture().link(link.linkId())).isInstanceOf(InvalidRequestException.class);
    }
}
