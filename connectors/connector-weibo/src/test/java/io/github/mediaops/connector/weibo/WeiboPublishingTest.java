package io.github.mediaops.connector.weibo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.mediaops.core.InvalidValueException;
import io.github.mediaops.connector.tck.Fault;
import io.github.mediaops.core.connector.AmbiguousOutcomeException;
import io.github.mediaops.core.connector.Capability;
import io.github.mediaops.core.connector.ContentRejectedException;
import io.github.mediaops.core.connector.UnsupportedCapabilityException;
import io.github.mediaops.core.content.ContentItem;
import io.github.mediaops.core.content.MediaAsset;
import io.github.mediaops.core.publish.PublishStatus;
import io.github.mediaops.core.publish.PublishTicket;
import io.github.mediaops.core.rules.Change;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WeiboPublishingTest extends SimulatedWeibo {
    @TempDir
    Path dir;

    @Test
    void topics_and_mentions_are_removed_and_each_removal_is_reported_with_the_rule() {
        ContentItem item = WeiboTestSupport.post("#秋季新品# 今天上线，@小周也在用 说好用 https://brand.example.cn/new")
                .toBuilder().addHashtag("穿搭").addMention("小周也在用").build();

        SharePreflight p = weibo.preflight(item);

        assertThat(p.status()).isEqualTo("秋季新品 今天上线，小周也在用 说好用 https://brand.example.cn/new");
        assertThat(p.adapted()).isTrue();
        assertThat(p.changes()).extracting(Change::step).contains("hashtags", "mentions");
        assertThat(p.changes()).filteredOn(c -> c.step().equals("hashtags")).map(Change::description)
                .anySatisfy(d -> assertThat(d).contains("#秋季新品#").contains("statuses/share"))
                .anySatisfy(d -> assertThat(d).contains("dropped 穿搭"));
        assertThat(p.changes()).filteredOn(c -> c.step().equals("mentions")).map(Change::description)
                .anySatisfy(d -> assertThat(d).contains("@ removed from 小周也在用").contains("statuses/share"));
    }

    @Test
    void publish_sends_the_adapted_text_and_keeps_the_report_under_the_key() {
        ContentItem item = WeiboTestSupport.post("#秋季新品# 今天上线 https://brand.example.cn/new");

        PublishTicket t = weibo.publishing().publish(WeiboTestSupport.request("k-1", item));

        assertThat(t.status()).isEqualTo(PublishStatus.PUBLISHED);
        assertThat(t.live()).hasValueSatisfying(pub -> assertThat(pub.url()).hasToString("https://m.weibo.cn/status/" + t.ticketId()));
        assertThat(sim.statusTexts(WeiboTestSupport.UID)).last().isEqualTo("秋季新品 今天上线 https://brand.example.cn/new");
        assertThat(weibo.shareReport("k-1")).hasValueSatisfying(r -> {
            assertThat(r.status()).isEqualTo("秋季新品 今天上线 https://brand.example.cn/new");
            assertThat(r.changes()).extracting(Change::step).containsExactly("hashtags");
        });
        assertThat(weibo.shareReport("never-used")).isEmpty();
    }

    @Test
    void the_same_key_never_shares_twice() {
        ContentItem item = WeiboTestSupport.post("新品上线 https://brand.example.cn/new");
        PublishTicket first = weibo.publishing().publish(WeiboTestSupport.request("k-2", item));
        int before = sim.apiRequests();

        PublishTicket again = weibo.publishing().publish(WeiboTestSupport.request("k-2", item));

        assertThat(again).isEqualTo(first);
        assertThat(sim.apiRequests()).isEqualTo(before);
        assertThat(sim.statusTexts(WeiboTestSupport.UID)).filteredOn(s -> s.equals("新品上线 https://brand.example.cn/new")).hasSize(1);
    }

    @Test
    void a_share_whose_answer_is_lost_is_ambiguous_and_never_sent_again() {
        ContentItem item = WeiboTestSupport.post("只发一次 https://brand.example.cn/once");
        sim.failNext(Fault.DROP_AFTER_ACCEPT, 1);
        int before = sim.apiRequests();

        AmbiguousOutcomeException e = catchThrowableOfType(AmbiguousOutcomeException.class,
                () -> weibo.publishing().publish(WeiboTestSupport.request("k-lost", item)));

        assertThat(e.retryable()).isFalse();
        assertThat(sim.apiRequests() - before).as("the share is sent once, not retried").isEqualTo(1);
        assertThat(sim.statusTexts(WeiboTestSupport.UID)).filteredOn(t -> t.equals("只发一次 https://brand.example.cn/once"))
                .as("Weibo applied it").hasSize(1);
    }

    @Test
    void a_text_without_a_safe_domain_link_is_refused_before_anything_is_sent() {
        int before = sim.apiRequests();
        ContentRejectedException e = catchThrowableOfType(ContentRejectedException.class,
                () -> weibo.publishing().publish(WeiboTestSupport.request("k-3",
                        WeiboTestSupport.post("新品上线 https://other.example.com/x"))));

        assertThat(e).isNotNull();
        assertThat(e.violations()).anySatisfy(v -> assertThat(v).contains("LINK_REQUIRED"));
        assertThat(sim.apiRequests()).isEqualTo(before);
    }

    @Test
    void a_safe_link_from_the_items_links_is_moved_into_the_text_and_reported() {
        ContentItem item = WeiboTestSupport.post("新品上线").toBuilder()
                .addLink(java.net.URI.create("https://brand.example.cn/new")).build();

        SharePreflight p = weibo.preflight(item);

        assertThat(p.status()).isEqualTo("新品上线 https://brand.example.cn/new");
        assertThat(p.changes()).anySatisfy(c -> assertThat(c.description()).contains("moved into the text"));
    }

    @Test
    void length_is_weibos_count_two_half_width_characters_count_one() {
        String link = " https://brand.example.cn/x"; // 27 half-width characters: 14 字 rounded up with what precedes
        // 126 汉字 + 27 half-width = 126 + 13.5 -> 140 字 (rounded up): accepted
        String fits = "好".repeat(126) + link;
        assertThat(weibo.preflight(WeiboTestSupport.post(fits)).weiboLength()).isEqualTo(140);
        // one 汉字 more: 141 字, refused; by code points it would be 154 either way
        String over = "好".repeat(127) + link;
        ContentRejectedException e = catchThrowableOfType(ContentRejectedException.class,
                () -> weibo.preflight(WeiboTestSupport.post(over)));
        assertThat(e.violations()).anySatisfy(v -> assertThat(v).contains("141 字").contains("limit 140"));
        // 200 ASCII letters are 100 字: within the limit although 200 code points
        String ascii = "a".repeat(200) + link;
        assertThat(weibo.preflight(WeiboTestSupport.post(ascii)).weiboLength()).isEqualTo(114);
    }

    @Test
    void more_than_one_image_a_video_or_a_bmp_is_refused_with_every_reason() throws IOException {
        MediaAsset a = WeiboTestSupport.image(dir, "a.jpg", "image/jpeg", 100);
        MediaAsset b = WeiboTestSupport.image(dir, "b.bmp", "image/bmp", 100);
        ContentRejectedException e = catchThrowableOfType(ContentRejectedException.class,
                () -> weibo.preflight(WeiboTestSupport.post("新品 https://brand.example.cn/x", a, b)));

        assertThat(e.violations()).anySatisfy(v -> assertThat(v).contains("TOO_MANY_IMAGES"))
                .anySatisfy(v -> assertThat(v).contains("IMAGE_FORMAT_NOT_ACCEPTED").contains("image/bmp"));
    }

    @Test
    void one_image_is_uploaded_as_pic() throws IOException {
        MediaAsset a = WeiboTestSupport.image(dir, "poster.png", "image/png", 2048);

        PublishTicket t = weibo.publishing().publish(WeiboTestSupport.request("k-pic",
                WeiboTestSupport.post("海报来了 https://brand.example.cn/poster", a)));

        assertThat(sim.hasPicture(t.ticketId())).isTrue();
        assertThat(weibo.shareReport("k-pic")).hasValueSatisfying(r -> assertThat(r.picture()).isEqualTo("poster.png"));
    }

    @Test
    void weibos_refusal_of_repeated_content_is_a_rejected_ticket() {
        ContentItem item = WeiboTestSupport.post("同一句话 https://brand.example.cn/same");
        weibo.publishing().publish(WeiboTestSupport.request("k-r1", item));

        PublishTicket second = weibo.publishing().publish(WeiboTestSupport.request("k-r2", item));

        assertThat(second.status()).isEqualTo(PublishStatus.REJECTED);
        assertThat(second.failureReason()).hasValueSatisfying(r -> assertThat(r).contains("20019"));
    }

    @Test
    void publishing_without_the_user_ip_fails_naming_the_option() {
        try (WeiboConnector noIp = WeiboConnector.builder(WeiboTestSupport.config(sim.baseUrl(), sim.appKey(),
                sim.appSecret(), CLOCK, Duration.ofSeconds(5))).redirectUri(sim.redirectUri())
                .safeDomains("brand.example.cn").build()) {
            assertThatThrownBy(() -> noIp.publishing().publish(WeiboTestSupport.request("k-ip",
                    WeiboTestSupport.post("新品 https://brand.example.cn/x"))))
                    .isInstanceOf(InvalidValueException.class).hasMessageContaining("userIp");
        }
    }

    @Test
    void without_safe_domains_publishing_is_withheld_with_the_reason() {
        try (WeiboConnector plain = WeiboConnector.builder(WeiboTestSupport.config(sim.baseUrl(), sim.appKey(),
                sim.appSecret(), CLOCK, Duration.ofSeconds(5))).build()) {
            assertThat(plain.capabilities()).doesNotContain(Capability.PUBLISH);
            assertThatThrownBy(plain::publishing).isInstanceOf(UnsupportedCapabilityException.class)
                    .hasMessageContaining("safe domains");
            assertThatThrownBy(() -> plain.preflight(WeiboTestSupport.post("x")))
                    .isInstanceOf(UnsupportedCapabilityException.class);
        }
    }

    @Test
    void bad_builder_values_are_refused_naming_the_field() {
        WeiboConnector.Builder b = WeiboConnector.builder(WeiboTestSupport.config(sim.baseUrl(), sim.appKey(),
                sim.appSecret(), CLOCK, Duration.ofSeconds(5)));
        assertThatThrownBy(() -> b.safeDomains("https://brand.example.cn")).isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("safeDomains");
        assertThatThrownBy(() -> b.userIp("999.1.1.1")).isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("userIp");
        assertThatThrownBy(() -> b.redirectUri(java.net.URI.create("/callback"))).isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("redirectUri");
    }
}
