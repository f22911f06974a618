package io.github.mediaops.connector.tiktok;

import static io.github.mediaops.connector.tiktok.TikTokTestSupport.ACCOUNT;
import static io.github.mediaops.connector.tiktok.TikTokTestSupport.OPEN_ID;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.mediaops.connector.support.upload.PartRules;
import io.github.mediaops.connector.tck.Fault;
import io.github.mediaops.connector.tck.ManualClock;
import io.github.mediaops.connector.tiktok.simulator.TikTokSimulator;
import io.github.mediaops.core.InvalidValueException;
import io.github.mediaops.core.connector.ConnectorException;
import io.github.mediaops.core.connector.RateLimitedException;
import io.github.mediaops.core.publish.PublishRequest;
import io.github.mediaops.core.publish.PublishStatus;
import io.github.mediaops.core.publish.PublishTicket;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TikTokPublishingTest {
    private static final long CHUNK = 5 * PartRules.MIB;
    private final ManualClock clock = new ManualClock(Instant.parse("2026-11-20T04:00:00Z"));
    private final TikTokSimulator sim = TikTokSimulator.builder().clock(clock).build();
    @TempDir
    Path dir;
    private TikTokConnector tiktok;

    @BeforeEach
    void start() {
        TikTokTestSupport.seed(sim, clock);
        tiktok = TikTokTestSupport.authorized(sim, TikTokTestSupport.builder(sim, clock, Duration.ofSeconds(5)).chunkBytes(CHUNK));
    }

    @AfterEach
    void stop() {
        tiktok.close();
        sim.close();
    }

    private PublishRequest video(String key, int bytes) throws IOException {
        return TikTokTestSupport.request(key, "Launch day in Lisbon", TikTokTestSupport.video(dir, key + ".mp4", bytes,
                Duration.ofSeconds(45)), "fyp", "travel");
    }

    @Test
    void a_direct_post_uploads_floor_size_over_chunk_chunks_the_last_taking_the_trailing_bytes() throws IOException {
        int size = 11_000_123; // floor(11,000,123 / 5,242,880) = 2 chunks; the second carries 5,757,243 bytes
        PublishTicket t = tiktok.publish(video("k-direct", size), TikTokPostSettings.directPost(PrivacyLevel.PUBLIC_TO_EVERYONE));
        assertThat(t.status()).isEqualTo(PublishStatus.PENDING);
        assertThat(t.ticketId()).startsWith("v_pub_file~v2-1.");
        assertThat(sim.requestLog()).filteredOn(r -> r.startsWith("PUT")).containsExactly(
                "PUT /video/ bytes 0-5242879/11000123", "PUT /video/ bytes 5242880-11000122/11000123");
        assertThat(sim.title(t.ticketId())).isEqualTo("Launch day in Lisbon #fyp #travel");
        assertThat(tiktok.publishing().refresh(t).status()).as("processing until TikTok is done").isEqualTo(PublishStatus.PENDING);

        sim.completePendingJobs();
        PublishTicket done = tiktok.publishing().refresh(t);
        assertThat(done.status()).isEqualTo(PublishStatus.PUBLISHED);
        String postId = done.live().orElseThrow().postId();
        assertThat(done.live().orElseThrow().url()).isEqualTo(URI.create("https://www.tiktok.com/@brand.global/video/" + postId));
        assertThat(tiktok.publishing().publish(video("k-direct", size)).ticketId()).as("same key, same ticket")
                .isEqualTo(t.ticketId());
        assertThat(sim.publishIds()).hasSize(1);
    }

    @Test
    void a_privacy_level_the_creator_does_not_offer_is_refused_before_anything_is_uploaded() throws IOException {
        sim.putCreator(OPEN_ID, "private.one", "Private One", List.of("FOLLOWER_OF_CREATOR", "SELF_ONLY"), 600, 10L, 1L, 1L);
        PrivacyLevelNotOfferedException e = catchThrowableOfType(PrivacyLevelNotOfferedException.class,
                () -> tiktok.publish(video("k-privacy", 4_000), TikTokPostSettings.directPost(PrivacyLevel.PUBLIC_TO_EVERYONE)));
        assertThat(e.requested()).isEqualTo(PrivacyLevel.PUBLIC_TO_EVERYONE);
        assertThat(e.offered()).isEqualTo(Set.of(PrivacyLevel.FOLLOWER_OF_CREATOR, PrivacyLevel.SELF_ONLY));
        assertThat(e.retryable()).isFalse();
        assertThat(e).hasMessageContaining("PUBLIC_TO_EVERYONE");
        assertThat(sim.publishIds()).isEmpty();
        assertThat(sim.requestLog()).containsExactly("POST /v2/post/publish/creator_info/query/");
        assertThat(tiktok.creatorInfo(ACCOUNT).privacyLevels()).containsExactlyInAnyOrder(PrivacyLevel.FOLLOWER_OF_CREATOR,
                PrivacyLevel.SELF_ONLY);
    }

    @Test
    void a_video_longer_than_the_creator_may_post_is_refused_before_the_init() throws IOException {
        PublishRequest tooLong = TikTokTestSupport.request("k-long", "Long cut",
                TikTokTestSupport.video(dir, "long.mp4", 4_000, Duration.ofSeconds(301)));
        InvalidValueException e = catchThrowableOfType(InvalidValueException.class, () -> tiktok.publishing().publish(tooLong));
        assertThat(e.field()).isEqualTo("media.duration");
        assertThat(e).hasMessageContaining("301").hasMessageContaining("300");
        assertThat(sim.publishIds()).isEmpty();
    }

    @Test
    void a_self_only_post_is_published_without_a_public_id_and_points_at_the_profile() throws IOException {
        PublishTicket t = tiktok.publishing().publish(video("k-self", 4_000)); // builder default: SELF_ONLY direct post
        assertThat(sim.requestLog()).filteredOn(r -> r.startsWith("PUT"))
                .as("a video under 5 MB goes whole").containsExactly("PUT /video/ bytes 0-3999/4000");
        sim.completePendingJobs();
        PublishTicket done = tiktok.publishing().refresh(t);
        assertThat(done.status()).isEqualTo(PublishStatus.PUBLISHED);
        assertThat(done.live().orElseThrow().postId()).isEqualTo(t.ticketId());
        assertThat(done.live().orElseThrow().url()).isEqualTo(URI.create("https://www.tiktok.com/@brand.global"));
    }

    @Test
    void an_inbox_upload_stays_pending_until_the_creator_posts_it_in_the_app() throws IOException {
        PublishTicket t = tiktok.publish(video("k-inbox", 6_000), TikTokPostSettings.inbox());
        assertThat(t.ticketId()).startsWith("v_inbox_file~v2.");
        assertThat(sim.requestLog()).contains("POST /v2/post/publish/inbox/video/init/")
                .doesNotContain("POST /v2/post/publish/video/init/");
        sim.completePendingJobs();
        assertThat(sim.status(t.ticketId())).isEqualTo("SEND_TO_USER_INBOX");
        assertThat(tiktok.publishing().refresh(t).status()).isEqualTo(PublishStatus.PENDING);
        sim.postFromInbox(t.ticketId());
        assertThat(tiktok.publishing().refresh(t).status()).isEqualTo(PublishStatus.PUBLISHED);
    }

    @Test
    void a_failed_post_carries_tiktoks_fail_reason() throws IOException {
        PublishTicket t = tiktok.publishing().publish(video("k-fail", 4_000));
        sim.failPending("duration_check_failed");
        PublishTicket failed = tiktok.publishing().refresh(t);
        assertThat(failed.status()).isEqualTo(PublishStatus.FAILED);
        assertThat(failed.failureReason()).contains("TikTok: duration_check_failed");
        assertThat(tiktok.publishing().refresh(failed)).isSameAs(failed);
    }

    @Test
    void an_interrupted_upload_resumes_with_the_same_publish_without_resending_accepted_chunks() throws IOException {
        int size = 16_000_000; // 3 chunks: 5,242,880 + 5,242,880 + 5,514,240
        PublishRequest r = video("k-resume", size);
        // creator_info, init and chunk 1 pass; chunk 2 is lost on every attempt the runtime makes
        sim.failAfter(3, Fault.DROP_BEFORE_ACCEPT);
        sim.failNext(Fault.DROP_BEFORE_ACCEPT, 2);
        Throwable first = catchThrowable(() -> tiktok.publishing().publish(r));
        assertThat(first).isInstanceOf(ConnectorException.class);
        String publishId = sim.publishIds().get(0);
        assertThat(sim.deliveries(publishId, 0)).isEqualTo(1);
        assertThat(sim.deliveries(publishId, CHUNK)).isZero();

        PublishTicket t = tiktok.publishing().publish(r);
        assertThat(t.ticketId()).isEqualTo(publishId);
        assertThat(sim.publishIds()).as("no second init").hasSize(1);
        assertThat(sim.deliveries(publishId, 0)).as("the accepted chunk is not sent again").isEqualTo(1);
        assertThat(sim.deliveries(publishId, CHUNK)).isEqualTo(1);
        assertThat(sim.deliveries(publishId, 2 * CHUNK)).isEqualTo(1);
        sim.completePendingJobs();
        assertThat(tiktok.publishing().refresh(t).status()).isEqualTo(PublishStatus.PUBLISHED);
    }

    @Test
    void a_rate_limited_init_is_handed_back_not_retried_and_the_same_key_can_try_again() throws IOException {
        PublishRequest r = video("k-limit", 4_000);
        sim.failAfter(1, Fault.RATE_LIMITED); // creator_info passes, the init is refused with 429
        int before = sim.apiRequests();
        RateLimitedException e = catchThrowableOfType(RateLimitedException.class, () -> tiktok.publishing().publish(r));
        assertThat(e.details().platformCode()).contains("rate_limit_exceeded");
        assertThat(e.details().httpStatus()).hasValue(429);
        assertThat(sim.apiRequests() - before).as("a creating call is never retried by the runtime").isEqualTo(2);
        assertThat(sim.publishIds()).isEmpty();
        assertThat(tiktok.publishing().publish(r).status()).isEqualTo(PublishStatus.PENDING);
        assertThat(sim.publishIds()).hasSize(1);
    }

    @Test
    void chunk_sizes_outside_tiktoks_limits_are_refused_when_building() {
        InvalidValueException e = catchThrowableOfType(InvalidValueException.class,
                () -> TikTokTestSupport.builder(sim, clock, Duration.ofSeconds(5)).chunkBytes(65 * PartRules.MIB));
        assertThat(e.field()).isEqualTo("chunkBytes");
    }
}
