package io.github.mediaops.connector.bilibili;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.mediaops.connector.bilibili.simulator.BilibiliSimulator;
import io.github.mediaops.connector.support.upload.UploadListener;
import io.github.mediaops.connector.support.upload.UploadProgress;
import io.github.mediaops.connector.support.upload.UploadState;
import io.github.mediaops.connector.tck.Fault;
import io.github.mediaops.core.InvalidValueException;
import io.github.mediaops.core.connector.ConnectorException;
import io.github.mediaops.core.connector.RateLimitedException;
import io.github.mediaops.core.connector.UnsupportedCapabilityException;
import io.github.mediaops.core.content.AssetLicense;
import io.github.mediaops.core.content.MediaAsset;
import io.github.mediaops.core.content.MediaKind;
import io.github.mediaops.core.publish.PublishRequest;
import io.github.mediaops.core.publish.PublishStatus;
import io.github.mediaops.core.publish.PublishTicket;
import io.github.mediaops.core.rules.Confidence;
import io.github.mediaops.core.rules.RuleBook;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import io.github.mediaops.connector.tck.ManualClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BilibiliPublishingTest {
    private static final Instant T0 = Instant.parse("2026-12-06T02:00:00Z");
    private final ManualClock clock = new ManualClock(T0);
    private final List<UploadProgress> progress = new CopyOnWriteArrayList<>();
    private final List<UploadState> checkpoints = new CopyOnWriteArrayList<>();
    private BilibiliSimulator sim;
    private BilibiliConnector bili;
    private int baseline;
    @TempDir
    Path dir;

    @BeforeEach
    void start() {
        sim = BilibiliSimulator.builder().clock(clock).build();
        bili = BilibiliTestSupport.builder(sim, clock, Duration.ofSeconds(5)).partBytes(4096)
                .uploadListener(new UploadListener() {
                    @Override
                    public void onProgress(UploadProgress p) {
                        progress.add(p);
                    }

                    @Override
                    public void onCheckpoint(UploadState s) {
                        checkpoints.add(s);
                    }
                }).build();
        bili.authorize(sim.authorizationCode(BilibiliTestSupport.OPEN_ID));
        baseline = sim.apiRequests(); // authorize read the account's openid
    }

    /** The requests after authorize's account/info. */
    private List<String> log() {
        List<String> all = sim.requestLog();
        return all.subList(1, all.size());
    }

    @AfterEach
    void stop() {
        bili.close();
        sim.close();
    }

    private PublishRequest request(String key, String title) throws IOException {
        return BilibiliTestSupport.request(key, title, BilibiliTestSupport.video(dir, key + ".mp4", 10_000),
                BilibiliTestSupport.cover(dir), "探店", "周末");
    }

    @Test
    void submits_through_init_numbered_parts_merge_cover_and_add_by_utoken_with_progress() throws IOException {
        PublishTicket t = bili.publishing().publish(request("p1", "周末探店 第三站"));
        assertThat(t.status()).isEqualTo(PublishStatus.PENDING);
        assertThat(t.ticketId()).startsWith("BV1");
        assertThat(sim.requestLog().get(0)).isEqualTo("arcopen/fn/user/account/info");
        assertThat(log()).containsExactly("arcopen/fn/archive/video/init", "video/v2/part/upload?1",
                "video/v2/part/upload?2", "video/v2/part/upload?3", "arcopen/fn/archive/video/complete",
                "arcopen/fn/archive/cover/upload", "arcopen/fn/archive/add-by-utoken");
        assertThat(sim.submitted(BilibiliTestSupport.OPEN_ID, t.ticketId()))
                .containsEntry("title", "周末探店 第三站").containsEntry("tag", "探店,周末")
                .containsEntry("tid", BilibiliTestSupport.TID).containsEntry("desc", "简介：周末探店 第三站");
        assertThat(progress).extracting(UploadProgress::bytesDone).containsExactly(4096L, 8192L, 10_000L);
        assertThat(progress).extracting(UploadProgress::partsDone).containsExactly(1, 2, 3);
        assertThat(progress.get(2).fraction()).isEqualTo(1.0);
        assertThat(checkpoints).as("one when the session opened, one per part").hasSize(4);
        assertThat(checkpoints.get(0).allPartsDone()).isFalse();
        assertThat(checkpoints.get(3).allPartsDone()).isTrue();
    }

    @Test
    void refresh_follows_the_review_until_open_or_returned() throws IOException {
        PublishTicket t = bili.publishing().publish(request("p2", "第一期"));
        assertThat(bili.publishing().refresh(t).status()).isEqualTo(PublishStatus.PENDING);
        sim.completePendingJobs();
        PublishTicket done = bili.publishing().refresh(t);
        assertThat(done.status()).isEqualTo(PublishStatus.PUBLISHED);
        assertThat(done.live()).hasValueSatisfying(p -> {
            assertThat(p.postId()).isEqualTo(t.ticketId());
            assertThat(p.url()).isEqualTo(URI.create("https://www.bilibili.com/video/" + t.ticketId()));
        });

        PublishTicket other = bili.publishing().publish(request("p3", "第二期"));
        sim.rejectPending("封面含二维码");
        PublishTicket returned = bili.publishing().refresh(other);
        assertThat(returned.status()).isEqualTo(PublishStatus.REJECTED);
        assertThat(returned.reason()).isEqualTo("封面含二维码");
    }

    @Test
    void a_dropped_part_resumes_with_the_same_session_without_resending_finished_parts() throws IOException {
        sim.dropPart(2, 3); // three attempts, all lost: the call gives up
        PublishRequest r = request("p4", "断点续传");
        Throwable e = catchThrowable(() -> bili.publishing().publish(r));
        assertThat(e).isInstanceOf(ConnectorException.class);
        assertThat(((ConnectorException) e).retryable()).isTrue();
        String session = sim.uploadTokens().get(0);
        assertThat(sim.partDeliveries(session)).containsEntry(1, 1).containsEntry(2, 3).doesNotContainKey(3);

        PublishTicket t = bili.publishing().publish(r);
        assertThat(t.status()).isEqualTo(PublishStatus.PENDING);
        assertThat(sim.uploadTokens()).as("the same upload session").containsExactly(session);
        assertThat(sim.partDeliveries(session)).as("part 1 is not sent again")
                .containsEntry(1, 1).containsEntry(2, 4).containsEntry(3, 1);
        assertThat(progress).last().satisfies(p -> {
            assertThat(p.resumed()).isTrue();
            assertThat(p.fraction()).isEqualTo(1.0);
        });
        assertThat(sim.requestLog()).filteredOn(s -> s.startsWith("arcopen/fn/archive/add-by-utoken")).hasSize(1);
    }

    @Test
    void one_dropped_part_is_retried_by_the_runtime_within_the_call() throws IOException {
        sim.dropPart(3, 1);
        PublishTicket t = bili.publishing().publish(request("p5", "一次丢包"));
        assertThat(t.status()).isEqualTo(PublishStatus.PENDING);
        assertThat(sim.partDeliveries(sim.uploadTokens().get(0))).containsEntry(1, 1).containsEntry(2, 1).containsEntry(3, 2);
    }

    @Test
    void the_same_key_never_submits_twice() throws IOException {
        PublishRequest r = request("p6", "只投一次");
        PublishTicket first = bili.publishing().publish(r);
        int before = sim.apiRequests();
        assertThat(bili.publishing().publish(r)).isEqualTo(first);
        assertThat(sim.apiRequests()).isEqualTo(before);
        assertThat(sim.titles(BilibiliTestSupport.OPEN_ID)).containsExactly("只投一次");
    }

    @Test
    void a_submission_whose_answer_was_lost_is_found_by_title_and_never_sent_again() throws IOException {
        sim.failAfter(6, Fault.DROP_AFTER_ACCEPT); // init, 3 parts, complete, cover, then the submission
        PublishTicket t = bili.publishing().publish(request("p7", "丢了回执"));
        assertThat(t.status()).isEqualTo(PublishStatus.PENDING);
        assertThat(t.ticketId()).startsWith("BV1");
        assertThat(sim.titles(BilibiliTestSupport.OPEN_ID)).containsExactly("丢了回执");
        assertThat(sim.requestLog()).filteredOn(s -> s.equals("arcopen/fn/archive/add-by-utoken")).hasSize(1);
    }

    @Test
    void a_submission_lost_before_bilibili_took_it_stays_unconfirmed_then_fails_and_is_never_resent() throws IOException {
        sim.failAfter(6, Fault.DROP_BEFORE_ACCEPT);
        PublishRequest r = request("p8", "没送到");
        PublishTicket t = bili.publishing().publish(r);
        assertThat(t.status()).isEqualTo(PublishStatus.PENDING);
        assertThat(t.ticketId()).isEqualTo("unconfirmed:p8");
        assertThat(bili.publishing().publish(r)).isEqualTo(t);
        clock.advance(BilibiliPublishing.UNCONFIRMED_GRACE);
        PublishTicket failed = bili.publishing().refresh(t);
        assertThat(failed.status()).isEqualTo(PublishStatus.FAILED);
        assertThat(sim.titles(BilibiliTestSupport.OPEN_ID)).isEmpty();
        assertThat(sim.requestLog()).filteredOn(s -> s.equals("arcopen/fn/archive/add-by-utoken")).hasSize(1);
    }

    @Test
    void a_review_refusal_becomes_a_rejected_ticket() throws IOException {
        sim.refuseTitlesWith("违禁");
        PublishTicket t = bili.publishing().publish(request("p9", "违禁词标题"));
        assertThat(t.status()).isEqualTo(PublishStatus.REJECTED);
        assertThat(t.reason()).contains("敏感信息");
    }

    @Test
    void the_daily_submission_limit_is_a_rate_limit_until_midnight_in_shanghai_and_is_not_retried() throws IOException {
        try (BilibiliSimulator tight = BilibiliSimulator.builder().clock(clock).dailySubmissions(0).build();
             BilibiliConnector c = BilibiliTestSupport.builder(tight, clock, Duration.ofSeconds(5)).partBytes(4096).build()) {
            c.authorize(tight.authorizationCode(BilibiliTestSupport.OPEN_ID));
            RateLimitedException e = catchThrowableOfType(RateLimitedException.class,
                    () -> c.publishing().publish(request("p10", "超额")));
            assertThat(e).isNotNull();
            assertThat(e.details().platformCode()).hasValue("123029");
            // 02:00Z is 10:00 in Shanghai: 14 hours to midnight
            assertThat(e.retryAfter()).hasValue(Duration.ofHours(14));
            assertThat(tight.requestLog()).filteredOn(s -> s.equals("arcopen/fn/archive/add-by-utoken")).hasSize(1);
        }
    }

    @Test
    void limits_are_enforced_before_anything_is_sent() throws IOException {
        BilibiliConnector bili = BilibiliTestSupport.builder(sim, clock, Duration.ofSeconds(5))
                .rules(RuleBook.bundled(), Confidence.OFFICIAL).build(); // Bilibili's own limits, not core's unverified ones
        bili.seed(this.bili.grant(BilibiliTestSupport.OPEN_ID).orElseThrow());
        assertThat(catchThrowable(() -> this.bili.publishing().publish(BilibiliTestSupport.request("l0", "标".repeat(81),
                BilibiliTestSupport.video(dir, "v0.mp4", 10_000), BilibiliTestSupport.cover(dir)))))
                .as("core's rules (80 characters, unverified) refuse first by default")
                .isInstanceOf(io.github.mediaops.core.connector.ContentRejectedException.class);
        MediaAsset video = BilibiliTestSupport.video(dir, "v.mp4", 10_000);
        MediaAsset cover = BilibiliTestSupport.cover(dir);
        String title81 = "标".repeat(81);
        assertThat(catchThrowableOfType(InvalidValueException.class, () -> bili.publishing().publish(
                BilibiliTestSupport.request("l1", title81, video, cover)))).isNotNull();
        MediaAsset gif = new MediaAsset(MediaKind.IMAGE, cover.uri(), "image/gif", 1146, 717, Duration.ZERO, 5,
                AssetLicense.owned("mediaops"));
        InvalidValueException badCover = catchThrowableOfType(InvalidValueException.class, () -> bili.publishing().publish(
                BilibiliTestSupport.request("l2", "封面", video, gif)));
        assertThat(badCover.field()).isEqualTo("cover.mimeType");
        MediaAsset small = new MediaAsset(MediaKind.IMAGE, cover.uri(), "image/jpeg", 800, 500, Duration.ZERO, 5,
                AssetLicense.owned("mediaops"));
        assertThat(catchThrowableOfType(InvalidValueException.class, () -> bili.publishing().publish(
                BilibiliTestSupport.request("l3", "封面", video, small))).field()).isEqualTo("cover");
        MediaAsset wrongSize = new MediaAsset(MediaKind.VIDEO, video.uri(), "video/mp4", 1920, 1080, Duration.ofSeconds(90),
                9_999, AssetLicense.owned("mediaops"));
        assertThat(catchThrowableOfType(InvalidValueException.class, () -> bili.publishing().publish(
                BilibiliTestSupport.request("l4", "大小", wrongSize, cover))).field()).isEqualTo("media.bytes");
        PublishRequest now = BilibiliTestSupport.request("l5", "定时", video, cover);
        PublishRequest later = PublishRequest.at(now.account(), now.variant(), T0.plus(Duration.ofDays(1)), "l5");
        assertThat(catchThrowable(() -> bili.publishing().publish(later))).isInstanceOf(UnsupportedCapabilityException.class);
        try (BilibiliConnector noPartition = BilibiliConnector.builder(BilibiliTestSupport.config(sim.baseUrl(),
                sim.clientId(), sim.clientSecret(), clock, Duration.ofSeconds(5))).build()) {
            assertThat(catchThrowableOfType(InvalidValueException.class, () -> noPartition.publishing().publish(
                    BilibiliTestSupport.request("l6", "分区", video, cover))).field()).isEqualTo("partition");
        }
        assertThat(sim.apiRequests()).as("nothing was sent").isEqualTo(baseline);
    }

    @Test
    void core_rules_refuse_before_upload_unless_only_official_rules_are_enforced() throws IOException {
        MediaAsset video = BilibiliTestSupport.video(dir, "v.mp4", 10_000);
        PublishRequest noCover = BilibiliTestSupport.request("r1", "无封面", video, null);
        // core's bilibili rules require a cover (unverified); the connector's own check names the field either way
        Throwable e = catchThrowable(() -> bili.publishing().publish(noCover));
        assertThat(e).isInstanceOfAny(io.github.mediaops.core.connector.ContentRejectedException.class,
                InvalidValueException.class);
        try (BilibiliConnector lenient = BilibiliTestSupport.builder(sim, clock, Duration.ofSeconds(5))
                .rules(RuleBook.bundled(), Confidence.OFFICIAL).build()) {
            lenient.seed(bili.grant(BilibiliTestSupport.OPEN_ID).orElseThrow());
            InvalidValueException missing = catchThrowableOfType(InvalidValueException.class,
                    () -> lenient.publishing().publish(noCover));
            assertThat(missing.field()).isEqualTo("cover");
        }
        assertThat(sim.apiRequests()).isEqualTo(baseline);
    }

    @Test
    void a_video_over_four_gigabytes_is_refused_by_the_part_rules() {
        var rules = BilibiliTestSupport.builder(sim, clock, Duration.ofSeconds(5)).partRules();
        assertThat(rules.firstPartNumber()).isEqualTo(1);
        assertThat(rules.partBytes(BilibiliConnector.MAX_VIDEO_BYTES)).isEqualTo(BilibiliConnector.PART_BYTES);
        InvalidValueException e = catchThrowableOfType(InvalidValueException.class,
                () -> rules.partBytes(BilibiliConnector.MAX_VIDEO_BYTES + 1));
        assertThat(e.field()).isEqualTo("totalBytes");
    }
}
