package io.github.mediaops.connector.wechat;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.mediaops.connector.tck.Fault;
import io.github.mediaops.connector.wechat.simulator.WeChatSimulator;
import io.github.mediaops.core.InvalidValueException;
import io.github.mediaops.core.connector.WebhookEvent;
import io.github.mediaops.core.connector.WebhookResult;
import io.github.mediaops.core.content.ContentItem;
import io.github.mediaops.core.content.ContentKind;
import io.github.mediaops.core.content.ContentVariant;
import io.github.mediaops.core.platform.Platform;
import io.github.mediaops.core.publish.PublishRequest;
import io.github.mediaops.core.publish.PublishStatus;
import io.github.mediaops.core.publish.PublishTicket;
import org.junit.jupiter.api.Test;

class WeChatPublishTest {

    @Test
    void publish_returns_a_pending_ticket_that_polling_completes() {
        try (WeChatSimulator sim = WeChatTestSupport.simulator().pollsToFinish(2).build();
             WeChatConnector c = WeChatTestSupport.connector(sim)) {
            PublishTicket t = c.publishing().publish(WeChatTestSupport.publishRequest(sim, "post-1", "双十一预告"));
            assertThat(t.status()).isEqualTo(PublishStatus.PENDING);
            assertThat(t.ticketId()).isEqualTo(sim.publishIds().get(0));
            PublishTicket polled = c.publishing().refresh(t);
            assertThat(polled.status()).isEqualTo(PublishStatus.PENDING);
            PublishTicket done = c.publishing().refresh(polled);
            assertThat(done.status()).isEqualTo(PublishStatus.PUBLISHED);
            assertThat(done.live().orElseThrow().postId()).as("msg_data_id of the submit, first article")
                    .isEqualTo(sim.msgDataId(t.ticketId()).orElseThrow() + "_1");
            assertThat(done.live().orElseThrow().url().toString()).startsWith("https://mp.weixin.qq.com/s?");
            assertThat(sim.requests("cgi-bin/material/add_material")).isEqualTo(1);
        }
    }

    @Test
    void publish_is_not_duplicated_when_the_connection_drops_after_the_server_accepted_it() {
        try (WeChatSimulator sim = WeChatTestSupport.simulator().build();
             WeChatConnector c = WeChatTestSupport.connector(sim)) {
            PublishRequest request = WeChatTestSupport.publishRequest(sim, "post-drop", "掉线也不重复");
            c.audienceMetrics().audienceMetrics(c.account(), WeChatTestSupport.lastDays(1)); // token and connection ready
            // upload, draft/add succeed; freepublish/submit is applied, then the connection drops
            PublishTicket first = publishWithDropOnSubmit(sim, c, request);
            assertThat(sim.publishJobs()).isEqualTo(1);
            assertThat(sim.requests("cgi-bin/freepublish/submit")).isEqualTo(1);
            assertThat(first.status()).isEqualTo(PublishStatus.PENDING);

            PublishTicket again = c.publishing().publish(request);
            assertThat(again.ticketId()).isEqualTo(first.ticketId());
            assertThat(sim.publishJobs()).as("no second post").isEqualTo(1);

            sim.completePendingJobs();
            PublishTicket done = c.publishing().refresh(first);
            assertThat(done.status()).isEqualTo(PublishStatus.PUBLISHED);
            assertThat(done.live().orElseThrow().postId()).as("no msg_data_id was received: mid and idx of the article URL")
                    .isEqualTo(sim.msgDataId(sim.publishIds().get(0)).orElseThrow() + "_1");
            assertThat(sim.requests("cgi-bin/freepublish/submit")).isEqualTo(1);
        }
    }

    private static PublishTicket publishWithDropOnSubmit(WeChatSimulator sim, WeChatConnector c, PublishRequest request) {
        // add_material and draft/add are the next two API calls (passed through: SLOW with no delay), submit the third
        sim.slowness(java.time.Duration.ZERO);
        sim.failNext(Fault.SLOW, 2);
        sim.failNext(Fault.DROP_AFTER_ACCEPT, 1);
        return c.publishing().publish(request);
    }

    @Test
    void submit_lost_before_the_server_applied_it_is_sent_once_more_after_checking_the_draft() {
        try (WeChatSimulator sim = WeChatTestSupport.simulator().build();
             WeChatConnector c = WeChatTestSupport.connector(sim)) {
            c.audienceMetrics().audienceMetrics(c.account(), WeChatTestSupport.lastDays(1)); // token and connection ready
            sim.slowness(java.time.Duration.ZERO);
            sim.failNext(Fault.SLOW, 2);                  // add_material, draft/add pass through
            sim.failNext(Fault.DROP_BEFORE_ACCEPT, 1);    // submit lost before the server applied it
            PublishTicket t = c.publishing().publish(WeChatTestSupport.publishRequest(sim, "post-lost", "丢失后重提"));
            assertThat(t.status()).isEqualTo(PublishStatus.PENDING);
            assertThat(sim.publishIds()).hasSize(1);
            assertThat(t.ticketId()).as("a real publish_id, not a draft placeholder").isEqualTo(sim.publishIds().get(0));
            assertThat(sim.requests("cgi-bin/draft/get")).as("the draft was checked once").isEqualTo(1);
            assertThat(sim.requests("cgi-bin/freepublish/submit")).as("lost submit, then one more").isEqualTo(2);
            assertThat(sim.publishJobs()).isEqualTo(1);
        }
    }

    @Test
    void submit_refused_with_503_fails_transient_and_is_not_retried() {
        try (WeChatSimulator sim = WeChatTestSupport.simulator().build();
             WeChatConnector c = WeChatTestSupport.connector(sim)) {
            c.audienceMetrics().audienceMetrics(c.account(), WeChatTestSupport.lastDays(1));
            sim.slowness(java.time.Duration.ZERO);
            sim.failNext(Fault.SLOW, 2);           // add_material, draft/add
            sim.failNext(Fault.SERVER_ERROR, 1);   // submit refused with 503: not applied, not ambiguous
            assertThatThrownBy(() -> c.publishing().publish(WeChatTestSupport.publishRequest(sim, "post-503", "五百零三")))
                    .isInstanceOf(io.github.mediaops.core.connector.TransientPlatformException.class);
            assertThat(sim.publishJobs()).as("a create is not retried by the runtime").isZero();
            assertThat(sim.requests("cgi-bin/freepublish/submit")).isEqualTo(1);
            assertThat(sim.requests("cgi-bin/draft/get")).as("a 503 is not ambiguous: no draft check").isZero();
        }
    }

    @Test
    void same_idempotency_key_returns_the_first_ticket_without_a_second_post() {
        try (WeChatSimulator sim = WeChatTestSupport.simulator().build();
             WeChatConnector c = WeChatTestSupport.connector(sim)) {
            PublishRequest r = WeChatTestSupport.publishRequest(sim, "post-same", "同一篇");
            PublishTicket a = c.publishing().publish(r);
            PublishTicket b = c.publishing().publish(r);
            assertThat(b).isEqualTo(a);
            assertThat(sim.publishJobs()).isEqualTo(1);
        }
    }

    @Test
    void audit_refusal_ends_as_rejected_with_the_reason() {
        try (WeChatSimulator sim = WeChatTestSupport.simulator().build();
             WeChatConnector c = WeChatTestSupport.connector(sim)) {
            PublishTicket t = c.publishing().publish(WeChatTestSupport.publishRequest(sim, "post-rej", "违规标题[reject]"));
            sim.completePendingJobs();
            PublishTicket done = c.publishing().refresh(t);
            assertThat(done.status()).isEqualTo(PublishStatus.REJECTED);
            assertThat(done.failureReason()).hasValueSatisfying(r -> assertThat(r).contains("publish_status 4"));
        }
    }

    @Test
    void publishjobfinish_push_completes_the_ticket() {
        try (WeChatSimulator sim = WeChatTestSupport.simulator().build();
             WeChatConnector c = WeChatTestSupport.connector(sim)) {
            PublishTicket t = c.publishing().publish(WeChatTestSupport.publishRequest(sim, "post-push", "推送完成"));
            WebhookResult r = c.webhooks().handle(sim.pushes().publishJobFinished(t.ticketId(), 0, "ART_pushed",
                    "https://mp.weixin.qq.com/s/ART_pushed", true));
            assertThat(r.events()).singleElement().isInstanceOfSatisfying(WebhookEvent.PublishCompleted.class, e -> {
                assertThat(e.ticket().ticketId()).isEqualTo(t.ticketId());
                assertThat(e.ticket().idempotencyKey()).isEqualTo("post-push");
                assertThat(e.ticket().status()).isEqualTo(PublishStatus.PUBLISHED);
                assertThat(e.ticket().live().orElseThrow().url().toString()).isEqualTo("https://mp.weixin.qq.com/s/ART_pushed");
            });
            assertThat(c.publishing().publish(WeChatTestSupport.publishRequest(sim, "post-push", "推送完成")).status())
                    .isEqualTo(PublishStatus.PUBLISHED);
        }
    }

    @Test
    void rejects_an_article_without_cover_before_calling_wechat() {
        try (WeChatSimulator sim = WeChatTestSupport.simulator().build();
             WeChatConnector c = WeChatTestSupport.connector(sim)) {
            ContentItem item = ContentItem.builder("no-cover", ContentKind.ARTICLE).title("无封面").created("e",
                    WeChatTestSupport.CLOCK.instant()).build();
            PublishRequest r = PublishRequest.now(c.account(), ContentVariant.unchanged(item, Platform.WECHAT_OFFICIAL_ACCOUNT), "k1");
            assertThatThrownBy(() -> c.publishing().publish(r)).isInstanceOf(InvalidValueException.class)
                    .hasMessageContaining("cover");
            assertThat(sim.apiRequests()).isZero();
        }
    }

    @Test
    void in_article_images_are_uploaded_and_the_cover_becomes_permanent_material() {
        try (WeChatSimulator sim = WeChatTestSupport.simulator().build();
             WeChatConnector c = WeChatTestSupport.connector(sim)) {
            PublishRequest base = WeChatTestSupport.publishRequest(sim, "post-img", "带图文章");
            ContentItem withImage = base.variant().content().toBuilder().addMedia(io.github.mediaops.core.content.MediaAsset.image(
                    WeChatTestSupport.coverFile().toUri(), "image/jpeg", 640, 480, 8,
                    io.github.mediaops.core.content.AssetLicense.owned("brand"))).build();
            PublishRequest r = PublishRequest.now(base.account(), new ContentVariant(base.variant().masterId(),
                    Platform.WECHAT_OFFICIAL_ACCOUNT, withImage, java.util.List.of()), "post-img");
            assertThat(c.publishing().publish(r).status()).isEqualTo(PublishStatus.PENDING);
            assertThat(sim.requests("cgi-bin/media/uploadimg")).isEqualTo(1);
            assertThat(sim.requests("cgi-bin/material/add_material")).isEqualTo(1);
        }
    }

    @Test
    void scheduled_publishing_is_refused_rather_than_published_at_once() {
        try (WeChatSimulator sim = WeChatTestSupport.simulator().build();
             WeChatConnector c = WeChatTestSupport.connector(sim)) {
            PublishRequest now = WeChatTestSupport.publishRequest(sim, "post-later", "定时");
            PublishRequest later = PublishRequest.at(now.account(), now.variant(),
                    WeChatTestSupport.CLOCK.instant().plusSeconds(3600), "post-later");
            assertThatThrownBy(() -> c.publishing().publish(later))
                    .isInstanceOf(io.github.mediaops.core.connector.UnsupportedCapabilityException.class)
                    .hasMessageContaining("scheduled");
            assertThat(sim.apiRequests()).isZero();
        }
    }
}
