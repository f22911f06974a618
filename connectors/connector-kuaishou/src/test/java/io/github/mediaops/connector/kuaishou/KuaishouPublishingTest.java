package io.github.mediaops.connector.kuaishou;

import static io.github.mediaops.connector.kuaishou.KuaishouTestSupport.OPEN_ID;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.mediaops.connector.support.upload.PublishInputs;
import io.github.mediaops.connector.kuaishou.simulator.KuaishouSimulator;
import io.github.mediaops.connector.support.upload.UploadListener;
import io.github.mediaops.connector.support.upload.UploadProgress;
import io.github.mediaops.connector.support.JdbcIdempotencyStore;
import io.github.mediaops.connector.support.JdbcTokenStore;
import io.github.mediaops.connector.tck.Fault;
import io.github.mediaops.core.InvalidValueException;
import io.github.mediaops.core.connector.ContentRejectedException;
import io.github.mediaops.core.connector.RateLimitedException;
import io.github.mediaops.core.connector.TransientPlatformException;
import io.github.mediaops.core.connector.UnsupportedCapabilityException;
import io.github.mediaops.core.content.AssetLicense;
import io.github.mediaops.core.content.ContentVariant;
import io.github.mediaops.core.content.MediaAsset;
import io.github.mediaops.core.content.MediaKind;
import io.github.mediaops.core.publish.PublishRequest;
import io.github.mediaops.core.publish.PublishStatus;
import io.github.mediaops.core.publish.PublishTicket;
import io.github.mediaops.core.rules.Confidence;
import io.github.mediaops.core.rules.RuleBook;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class KuaishouPublishingTest {
    private final KuaishouTestSupport.MovingClock clock = new KuaishouTestSupport.MovingClock(Instant.parse("2026-11-20T04:00:00Z"));
    private final KuaishouSimulator sim = KuaishouSimulator.builder().clock(clock).dailyPublishes(3).build();
    private final List<UploadProgress> progress = new ArrayList<>();
    private final KuaishouConnector connector = KuaishouTestSupport.builder(sim, clock, Duration.ofSeconds(2))
            .fragmentBytes(4096).uploadListener(new UploadListener() {
                @Override
                public void onProgress(UploadProgress p) {
                    progress.add(p);
                }
            }).build();

    @TempDir
    Path dir;

    KuaishouPublishingTest() {
        connector.authorize(sim.authorizationCode(OPEN_ID));
    }

    @AfterEach
    void stop() {
        connector.close();
        sim.close();
    }

    private List<String> gatewayAndPublishCalls(int from) {
        List<String> log = sim.requestLog();
        return log.subList(from, log.size()).stream().filter(p -> !p.equals("openapi/photo/list")).toList();
    }

    @Test
    void a_large_video_goes_in_ordered_fragments_from_0_then_complete_then_publish_and_is_live_after_processing()
            throws Exception {
        PublishRequest r = KuaishouTestSupport.request("p-large", "新品开箱", KuaishouTestSupport.video(dir, "v.mp4", 10_000),
                KuaishouTestSupport.cover(dir), "开箱");
        PublishTicket t = connector.publishing().publish(r);
        assertThat(sim.requestLog()).containsExactly("openapi/photo/start_upload", "api/upload/fragment?0",
                "api/upload/fragment?1", "api/upload/fragment?2", "api/upload/complete", "openapi/photo/publish");
        assertThat(progress).extracting(UploadProgress::bytesDone).containsExactly(4096L, 8192L, 10_000L);
        assertThat(t.status()).isEqualTo(PublishStatus.PENDING);
        assertThat(sim.captions(OPEN_ID)).containsExactly("新品开箱 #开箱");
        assertThat(connector.publishing().refresh(t).status()).as("Kuaishou still processing").isEqualTo(PublishStatus.PENDING);
        sim.completePendingJobs();
        PublishTicket live = connector.publishing().refresh(t);
        assertThat(live.status()).isEqualTo(PublishStatus.PUBLISHED);
        assertThat(live.live().orElseThrow().postId()).isEqualTo(t.ticketId());
        assertThat(live.live().orElseThrow().url().toString()).endsWith(t.ticketId());
    }

    @Test
    void a_small_video_goes_in_one_request() throws Exception {
        PublishRequest r = KuaishouTestSupport.request("p-small", "小视频", KuaishouTestSupport.video(dir, "s.mp4", 3000), null);
        connector.publishing().publish(r);
        assertThat(sim.requestLog()).containsExactly("openapi/photo/start_upload", "api/upload", "openapi/photo/publish");
        assertThat(progress).extracting(UploadProgress::bytesDone).containsExactly(3000L);
    }

    @Test
    void an_upload_interrupted_at_a_fragment_resumes_without_resending_finished_fragments_and_publishes_once()
            throws Exception {
        PublishRequest r = KuaishouTestSupport.request("p-resume", "断点续传", KuaishouTestSupport.video(dir, "r.mp4", 10_000), null);
        sim.failAfter(2, Fault.SERVER_ERROR); // start_upload, fragment 0, then fragment 1 fails on every attempt
        sim.failNext(Fault.SERVER_ERROR, 2);
        TransientPlatformException e = catchThrowableOfType(TransientPlatformException.class,
                () -> connector.publishing().publish(r));
        assertThat(e).isNotNull();
        assertThat(sim.captions(OPEN_ID)).isEmpty();
        int from = sim.requestLog().size();
        PublishTicket t = connector.publishing().publish(r);
        assertThat(gatewayAndPublishCalls(from)).containsExactly("api/upload/resume", "api/upload/fragment?1",
                "api/upload/fragment?2", "api/upload/complete", "openapi/photo/publish");
        assertThat(sim.requestLog()).filteredOn("openapi/photo/start_upload"::equals).hasSize(1);
        assertThat(sim.captions(OPEN_ID)).containsExactly("断点续传");
        assertThat(connector.publishing().publish(r)).isEqualTo(t);
    }

    @Test
    void another_instance_sharing_the_jdbc_stores_resumes_the_interrupted_upload_and_publishes_once() throws Exception {
        JdbcDataSource ds = new JdbcDataSource();
        ds.setURL("jdbc:h2:mem:kuaishou-publish;DB_CLOSE_DELAY=-1;LOCK_TIMEOUT=10000");
        JdbcTokenStore tokens = new JdbcTokenStore(ds).createTableIfMissing();
        JdbcIdempotencyStore records = new JdbcIdempotencyStore(ds).createTableIfMissing();
        PublishRequest r = KuaishouTestSupport.request("p-cluster", "集群续传", KuaishouTestSupport.video(dir, "k.mp4", 10_000), null);
        try (KuaishouConnector a = KuaishouTestSupport.builder(sim, clock, Duration.ofSeconds(2)).fragmentBytes(4096)
                .tokenStore(tokens).idempotencyStore(records).build();
             KuaishouConnector b = KuaishouTestSupport.builder(sim, clock, Duration.ofSeconds(2)).fragmentBytes(4096)
                     .tokenStore(tokens).idempotencyStore(records).build()) {
            a.authorize(sim.authorizationCode(OPEN_ID));
            int from = sim.requestLog().size();
            sim.failAfter(3, Fault.SERVER_ERROR); // start_upload, fragments 0 and 1, then fragment 2 keeps failing
            sim.failNext(Fault.SERVER_ERROR, 2);
            assertThatThrownBy(() -> a.publishing().publish(r)).isInstanceOf(TransientPlatformException.class);
            int resumedAt = sim.requestLog().size();
            PublishTicket t = b.publishing().publish(r);
            assertThat(gatewayAndPublishCalls(resumedAt)).containsExactly("api/upload/resume", "api/upload/fragment?2",
                    "api/upload/complete", "openapi/photo/publish");
            assertThat(gatewayAndPublishCalls(from)).filteredOn("openapi/photo/start_upload"::equals).hasSize(1);
            assertThat(a.publishing().publish(r)).as("the first instance now sees the ticket").isEqualTo(t);
            assertThat(sim.captions(OPEN_ID)).containsExactly("集群续传");
        }
    }

    @Test
    void a_publish_whose_answer_was_lost_is_found_in_the_video_list_and_never_sent_again() throws Exception {
        PublishRequest r = KuaishouTestSupport.request("p-drop", "掉线重试", KuaishouTestSupport.video(dir, "d.mp4", 3000), null);
        sim.failAfter(2, Fault.DROP_AFTER_ACCEPT); // start_upload, upload, then the publish is applied but unanswered
        PublishTicket t = connector.publishing().publish(r);
        assertThat(sim.captions(OPEN_ID)).containsExactly("掉线重试");
        assertThat(t.ticketId()).as("the video found in the list").startsWith("3x");
        int publishes = (int) sim.requestLog().stream().filter("openapi/photo/publish"::equals).count();
        assertThat(connector.publishing().publish(r).ticketId()).isEqualTo(t.ticketId());
        assertThat(sim.requestLog().stream().filter("openapi/photo/publish"::equals).count()).isEqualTo(publishes);
        sim.completePendingJobs();
        assertThat(connector.publishing().refresh(t).status()).isEqualTo(PublishStatus.PUBLISHED);
    }

    @Test
    void a_publish_lost_before_kuaishou_took_it_stays_unconfirmed_is_not_resent_and_fails_after_the_grace_period()
            throws Exception {
        PublishRequest r = KuaishouTestSupport.request("p-lost", "没送到", KuaishouTestSupport.video(dir, "l.mp4", 3000), null);
        sim.failAfter(2, Fault.DROP_BEFORE_ACCEPT);
        PublishTicket t = connector.publishing().publish(r);
        assertThat(t.status()).isEqualTo(PublishStatus.PENDING);
        assertThat(t.ticketId()).startsWith(KuaishouPublishing.UNCONFIRMED);
        assertThat(connector.publishing().publish(r)).as("same key, same ticket").isEqualTo(t);
        assertThat(connector.publishing().refresh(t).status()).isEqualTo(PublishStatus.PENDING);
        assertThat(sim.requestLog().stream().filter("openapi/photo/publish"::equals).count()).isEqualTo(1);
        clock.advance(KuaishouPublishing.UNCONFIRMED_GRACE.plusMinutes(1));
        PublishTicket failed = connector.publishing().refresh(t);
        assertThat(failed.status()).isEqualTo(PublishStatus.FAILED);
        assertThat(failed.failureReason().orElseThrow()).contains("lost");
        assertThat(sim.captions(OPEN_ID)).isEmpty();
    }

    @Test
    void a_variant_that_breaks_kuaishous_rules_fails_before_anything_is_uploaded() throws Exception {
        MediaAsset video = KuaishouTestSupport.video(dir, "x.mp4", 3000);
        int before = sim.apiRequests();
        ContentRejectedException e = catchThrowableOfType(ContentRejectedException.class, () -> connector.publishing()
                .publish(KuaishouTestSupport.request("p-long", "长".repeat(501), video, null)));
        assertThat(e).isNotNull();
        assertThat(e.violations()).singleElement().asString().contains("body").contains("500");
        assertThat(sim.apiRequests()).isEqualTo(before);

        try (KuaishouConnector officialOnly = KuaishouTestSupport.builder(sim, clock, Duration.ofSeconds(2))
                .rules(RuleBook.bundled(), Confidence.OFFICIAL).build()) {
            officialOnly.authorize(sim.authorizationCode(OPEN_ID));
            assertThat(officialOnly.publishing().publish(KuaishouTestSupport.request("p-long", "长".repeat(501), video, null))
                    .status()).as("the 500-character limit is unverified: enforced only on request").isEqualTo(PublishStatus.PENDING);
        }
    }

    @Test
    void a_publish_kuaishou_refuses_is_a_rejected_ticket_with_kuaishous_reason_kept_for_the_key() throws Exception {
        sim.refuseCaptionsWith("最便宜");
        PublishRequest r = KuaishouTestSupport.request("p-refused", "全网最便宜", KuaishouTestSupport.video(dir, "f.mp4", 3000), null);
        PublishTicket t = connector.publishing().publish(r);
        assertThat(t.status()).isEqualTo(PublishStatus.REJECTED);
        assertThat(t.failureReason().orElseThrow()).contains("120003").contains("最便宜");
        assertThat(connector.publishing().publish(r)).as("the same key gets the same verdict, nothing is sent").isEqualTo(t);
        assertThat(sim.requestLog().stream().filter("openapi/photo/publish"::equals).count()).isEqualTo(1);
        assertThat(connector.publishing().refresh(t)).isEqualTo(t);
        assertThat(sim.captions(OPEN_ID)).isEmpty();
    }

    @Test
    void the_daily_publish_quota_is_a_typed_rate_limit_and_that_key_may_publish_later() throws Exception {
        MediaAsset video = KuaishouTestSupport.video(dir, "q.mp4", 3000);
        for (int i = 0; i < 3; i++) {
            connector.publishing().publish(KuaishouTestSupport.request("p-q" + i, "第" + i + "条", video, null));
        }
        PublishRequest fourth = KuaishouTestSupport.request("p-q3", "第3条", video, null);
        RateLimitedException e = catchThrowableOfType(RateLimitedException.class, () -> connector.publishing().publish(fourth));
        assertThat(e).isNotNull();
        assertThat(e.platformCode()).hasValue("100200410");
        clock.advance(Duration.ofDays(1));
        assertThat(connector.publishing().publish(fourth).status()).isEqualTo(PublishStatus.PENDING);
        assertThat(sim.captions(OPEN_ID)).hasSize(4).doesNotHaveDuplicates();
    }

    @Test
    void bad_input_is_refused_naming_the_field() throws Exception {
        MediaAsset video = KuaishouTestSupport.video(dir, "b.mp4", 3000);
        MediaAsset lying = new MediaAsset(MediaKind.VIDEO, video.uri(), "video/mp4", 1080, 1920, Duration.ofSeconds(30), 999,
                AssetLicense.owned("mediaops"));
        assertThatThrownBy(() -> connector.publishing().publish(KuaishouTestSupport.request("p-b1", "x", lying, null)))
                .isInstanceOf(InvalidValueException.class).hasMessageContaining("999");
        MediaAsset remote = new MediaAsset(MediaKind.VIDEO, URI.create("https://cdn.invalid/v.mp4"), "video/mp4", 1080, 1920,
                Duration.ofSeconds(30), 3000, AssetLicense.owned("mediaops"));
        assertThatThrownBy(() -> connector.publishing().publish(KuaishouTestSupport.request("p-b2", "x", remote, null)))
                .isInstanceOf(InvalidValueException.class).hasMessageContaining("file:");
        PublishRequest r = KuaishouTestSupport.request("p-b3", "x", video, null);
        PublishRequest scheduled = PublishRequest.at(r.account(), r.variant(), clock.instant().plusSeconds(3600), "p-b3");
        assertThatThrownBy(() -> connector.publishing().publish(scheduled)).isInstanceOf(UnsupportedCapabilityException.class);
        assertThat(sim.captions(OPEN_ID)).isEmpty();
    }

    /** The caption is the body, then the hashtags it lacks. */
    @Test
    void hashtags_missing_from_the_body_are_appended_once() throws Exception {
        ContentVariant v = KuaishouTestSupport.request("p-c", "周末 #探店 去哪", KuaishouTestSupport.video(dir, "c.mp4", 10),
                null, "探店", "美食").variant();
        assertThat(PublishInputs.caption(v.content())).isEqualTo("周末 #探店 去哪 #美食");
    }
}
