package io.github.mediaops.connector.douyin;

import static io.github.mediaops.connector.douyin.DouyinTestSupport.OPEN_ID;
import static io.github.mediaops.connector.douyin.DouyinTestSupport.SMALL_PARTS;
import static io.github.mediaops.connector.douyin.DouyinTestSupport.publishRequest;
import static io.github.mediaops.connector.douyin.DouyinTestSupport.video;
import static io.github.mediaops.connector.douyin.DouyinTestSupport.videoFile;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.mediaops.connector.douyin.simulator.DouyinSimulator;
import io.github.mediaops.connector.support.upload.UploadInterruptedException;
import io.github.mediaops.connector.support.upload.UploadListener;
import io.github.mediaops.connector.support.upload.UploadProgress;
import io.github.mediaops.connector.tck.Fault;
import io.github.mediaops.connector.tck.KitResilience;
import io.github.mediaops.core.InvalidValueException;
import io.github.mediaops.core.connector.ContentRejectedException;
import io.github.mediaops.core.connector.RateLimitedException;
import io.github.mediaops.core.connector.TransientPlatformException;
import io.github.mediaops.core.connector.UnsupportedCapabilityException;
import io.github.mediaops.core.content.AssetLicense;
import io.github.mediaops.core.content.ContentItem;
import io.github.mediaops.core.content.ContentVariant;
import io.github.mediaops.core.content.MediaAsset;
import io.github.mediaops.core.platform.AccountRef;
import io.github.mediaops.core.platform.Platform;
import io.github.mediaops.core.publish.PublishRequest;
import io.github.mediaops.core.publish.PublishStatus;
import io.github.mediaops.core.publish.PublishTicket;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class DouyinPublishTest {
    /** 2026-11-20 10:00 in Shanghai. */
    private final MovingClock clock = new MovingClock(Instant.parse("2026-11-20T02:00:00Z"));
    private DouyinSimulator sim;
    private DouyinConnector connector;
    private final List<UploadProgress> progress = new ArrayList<>();
    private final UploadListener listener = UploadListener.ofProgress(progress::add);

    @BeforeEach
    void start() {
        sim = DouyinSimulator.builder().clock(clock).minPartBytes(SMALL_PARTS.minPartBytes()).dailyPublishLimit(3).build();
        DouyinTestSupport.seed(sim, clock);
        connector = DouyinConnector.builder(DouyinTestSupport.config(sim.baseUrl(), sim.clientKey(), sim.clientSecret(), clock,
                Duration.ofSeconds(5))).resilience(KitResilience.fastRetries()).uploadParts(SMALL_PARTS).build();
        connector.authorize(sim.authorizationCode(OPEN_ID));
    }

    @AfterEach
    void stop() {
        connector.close();
        sim.close();
    }

    /** 300,000 bytes in 64 KiB parts: 4 parts of 65,536 and a last one of 37,856. */
    private PublishRequest request(String key) {
        return publishRequest(video("v-" + key, videoFile(300_000, 7), "新品开箱").build(), key);
    }

    @Test
    void uploads_in_parts_creates_the_video_and_completes_when_review_passes() {
        Instant created = clock.instant().truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
        PublishTicket t = connector.publish(request("p-1"), listener);

        assertThat(t.status()).isEqualTo(PublishStatus.PENDING);
        assertThat(sim.partsReceived()).containsExactly(1, 2, 3, 4, 5);
        assertThat(progress).extracting(UploadProgress::bytesDone)
                .containsExactly(65_536L, 131_072L, 196_608L, 262_144L, 300_000L);
        assertThat(progress).allMatch(p -> p.totalBytes() == 300_000);
        assertThat(sim.videoIds(OPEN_ID)).hasSize(2).endsWith(t.ticketId());
        assertThat(sim.caption(OPEN_ID, t.ticketId())).isEqualTo("新品开箱\n秋季新品上架 #新品");

        assertThat(connector.publishing().refresh(t).status()).as("in review").isEqualTo(PublishStatus.PENDING);
        sim.completePendingJobs();
        PublishTicket done = connector.publishing().refresh(t);
        assertThat(done.status()).isEqualTo(PublishStatus.PUBLISHED);
        assertThat(done.live()).get().satisfies(p -> {
            assertThat(p.postId()).isEqualTo(t.ticketId());
            assertThat(p.url().toString()).startsWith("https://www.iesdouyin.com/share/video/");
            assertThat(p.publishedAt()).as("create_time of the video").isEqualTo(created);
        });
    }

    @Test
    void the_same_key_returns_the_first_ticket_without_a_call() {
        PublishTicket t = connector.publishing().publish(request("p-2"));
        int calls = sim.apiRequests();

        assertThat(connector.publishing().publish(request("p-2"))).isEqualTo(t);
        assertThat(sim.apiRequests()).isEqualTo(calls);
        assertThat(sim.createVideoCalls()).isEqualTo(1);
    }

    @Test
    void a_publish_repeated_after_a_dropped_part_resumes_without_sending_finished_parts() {
        // part 3 is stored by the platform but its answer is lost, on every attempt the runtime makes (3)
        sim.failPart(3, Fault.DROP_AFTER_ACCEPT, 3);

        UploadInterruptedException e = catchThrowableOfType(UploadInterruptedException.class,
                () -> connector.publish(request("p-3"), listener));
        assertThat(e.getCause()).isInstanceOf(TransientPlatformException.class);
        assertThat(e.state().completedParts()).containsOnlyKeys(1, 2);
        assertThat(sim.createVideoCalls()).isZero();

        progress.clear();
        PublishTicket t = connector.publish(request("p-3"), listener);

        assertThat(sim.partsReceived()).containsExactly(1, 2, 3, 3, 3, 3, 4, 5);
        assertThat(progress).extracting(UploadProgress::bytesDone).containsExactly(196_608L, 262_144L, 300_000L);
        assertThat(progress).allMatch(UploadProgress::resumed);
        assertThat(sim.createVideoCalls()).isEqualTo(1);
        assertThat(sim.videoIds(OPEN_ID)).hasSize(2).endsWith(t.ticketId());
    }

    @Test
    void a_lost_create_answer_does_not_create_a_second_video() {
        sim.failNextCallTo("api/douyin/v1/video/create_video/", Fault.DROP_AFTER_ACCEPT, 1);

        PublishTicket t = connector.publishing().publish(request("p-4"));

        assertThat(sim.createVideoCalls()).isEqualTo(1);
        assertThat(sim.videoIds(OPEN_ID)).hasSize(2).endsWith(t.ticketId());
    }

    @Test
    void a_create_lost_before_the_platform_saw_it_is_sent_once_more() {
        sim.failNextCallTo("api/douyin/v1/video/create_video/", Fault.DROP_BEFORE_ACCEPT, 1);

        PublishTicket t = connector.publishing().publish(request("p-5"));

        assertThat(sim.createVideoCalls()).as("the lost one and the checked resend").isEqualTo(2);
        assertThat(sim.videoIds(OPEN_ID)).hasSize(2).endsWith(t.ticketId());
    }

    @Test
    void a_publish_repeated_after_an_unresolved_create_finds_the_video_instead_of_creating_again() {
        sim.failNextCallTo("api/douyin/v1/video/create_video/", Fault.DROP_AFTER_ACCEPT, 1);
        sim.failNextCallTo("api/douyin/v1/video/video_list/", Fault.SERVER_ERROR, 3); // the check fails too

        assertThatThrownBy(() -> connector.publishing().publish(request("p-6"))).isInstanceOf(TransientPlatformException.class);
        int partsBefore = sim.partsReceived().size();

        PublishTicket t = connector.publishing().publish(request("p-6"));

        assertThat(sim.createVideoCalls()).isEqualTo(1);
        assertThat(sim.partsReceived()).as("the uploaded video is reused").hasSize(partsBefore);
        assertThat(sim.videoIds(OPEN_ID)).hasSize(2).endsWith(t.ticketId());
    }

    @Test
    void a_second_instance_sharing_the_jdbc_stores_resumes_the_upload_and_finds_the_created_video() {
        org.h2.jdbcx.JdbcDataSource db = new org.h2.jdbcx.JdbcDataSource();
        db.setURL("jdbc:h2:mem:douyin-publish-instances;DB_CLOSE_DELAY=-1;LOCK_TIMEOUT=10000");
        io.github.mediaops.connector.support.JdbcTokenStore tokens =
                new io.github.mediaops.connector.support.JdbcTokenStore(db).createTableIfMissing();
        io.github.mediaops.connector.support.JdbcIdempotencyStore records =
                new io.github.mediaops.connector.support.JdbcIdempotencyStore(db).createTableIfMissing();
        DouyinConnector a = instance(tokens, records);
        DouyinConnector b = instance(tokens, records);
        a.authorize(sim.authorizationCode(OPEN_ID));
        sim.failPart(4, Fault.DROP_BEFORE_ACCEPT, 3);

        assertThatThrownBy(() -> a.publishing().publish(request("shared-1"))).isInstanceOf(UploadInterruptedException.class);
        sim.failNextCallTo("api/douyin/v1/video/create_video/", Fault.DROP_AFTER_ACCEPT, 1);
        sim.failNextCallTo("api/douyin/v1/video/video_list/", Fault.SERVER_ERROR, 3);
        assertThatThrownBy(() -> b.publishing().publish(request("shared-1"))).isInstanceOf(TransientPlatformException.class);
        PublishTicket t = a.publishing().publish(request("shared-1"));

        assertThat(sim.partsReceived()).as("parts 1-3 once, part 4 three lost tries and one that arrived, 5 once")
                .containsExactly(1, 2, 3, 4, 4, 4, 4, 5);
        assertThat(sim.createVideoCalls()).isEqualTo(1);
        assertThat(sim.videoIds(OPEN_ID)).hasSize(2).endsWith(t.ticketId());
        assertThat(b.publishing().publish(request("shared-1"))).isEqualTo(t);
        a.close();
        b.close();
    }

    private DouyinConnector instance(io.github.mediaops.connector.support.TokenStore tokens,
                                     io.github.mediaops.connector.support.IdempotencyStore records) {
        return DouyinConnector.builder(DouyinTestSupport.config(sim.baseUrl(), sim.clientKey(), sim.clientSecret(), clock,
                Duration.ofSeconds(5))).resilience(KitResilience.fastRetries()).uploadParts(SMALL_PARTS)
                .tokenStore(tokens).idempotencyStore(records).build();
    }

    @Test
    void a_variant_the_rules_refuse_fails_before_any_byte_is_sent() {
        int calls = sim.apiRequests();
        ContentItem withLink = video("v-link", videoFile(300_000, 8), "新品开箱").addLink(URI.create("https://shop.example.com"))
                .build();
        Path file = videoFile(300_000, 9);
        ContentItem tooLong = ContentItem.builder("v-long", io.github.mediaops.core.content.ContentKind.SHORT_VIDEO)
                .title("新品开箱").addMedia(MediaAsset.video(file.toUri(), "video/mp4", 1080, 1920, Duration.ofMinutes(16),
                        300_000, AssetLicense.owned("brand"))).created("editor", clock.instant()).build();

        assertThatThrownBy(() -> connector.publishing().publish(publishRequest(withLink, "p-7")))
                .isInstanceOfSatisfying(ContentRejectedException.class, e -> assertThat(e.violations())
                        .singleElement().asString().contains("links"));
        assertThatThrownBy(() -> connector.publishing().publish(publishRequest(tooLong, "p-8")))
                .isInstanceOfSatisfying(ContentRejectedException.class, e -> assertThat(e.violations())
                        .singleElement().asString().contains("900"));
        assertThat(sim.apiRequests()).isEqualTo(calls);
    }

    @Test
    void a_cover_that_is_not_a_url_and_a_scheduled_post_are_refused_before_upload() {
        int calls = sim.apiRequests();
        Path file = videoFile(300_000, 10);
        ContentItem localCover = video("v-cover", file, "新品开箱").cover(MediaAsset.image(file.toUri(), "image/jpeg", 1080, 1440,
                10, AssetLicense.owned("brand"))).build();
        PublishRequest scheduled = PublishRequest.at(AccountRef.of(Platform.DOUYIN, OPEN_ID),
                ContentVariant.unchanged(video("v-s", file, "新品开箱").build(), Platform.DOUYIN), clock.instant().plusSeconds(3600),
                "p-10");

        assertThatThrownBy(() -> connector.publishing().publish(publishRequest(localCover, "p-9")))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.field()).isEqualTo("variant.content.cover"));
        assertThatThrownBy(() -> connector.publishing().publish(scheduled)).isInstanceOf(UnsupportedCapabilityException.class);
        assertThat(sim.apiRequests()).isEqualTo(calls);
    }

    @Test
    void a_caption_douyin_refuses_is_content_rejected_with_its_reason() {
        ContentItem item = video("v-word", videoFile(300_000, 11), "违禁词 开箱").build();

        assertThatThrownBy(() -> connector.publishing().publish(publishRequest(item, "p-11")))
                .isInstanceOfSatisfying(ContentRejectedException.class, e -> {
                    assertThat(e.platformCode()).hasValue("2111001");
                    assertThat(e.retryable()).isFalse();
                });
        assertThat(sim.videoIds(OPEN_ID)).hasSize(1);
    }

    @Test
    void the_daily_publish_limit_is_rate_limited_until_beijing_midnight() {
        for (int i = 0; i < 3; i++) {
            connector.publishing().publish(request("day-" + i));
        }
        assertThatThrownBy(() -> connector.publishing().publish(request("day-3")))
                .isInstanceOfSatisfying(RateLimitedException.class, e -> {
                    assertThat(e.platformCode()).hasValue("2114007");
                    assertThat(e.retryAfter()).hasValue(Duration.ofHours(14)); // 10:00 -> 24:00 Beijing
                });
    }

    @Test
    void a_video_refused_by_review_ends_rejected_with_the_reason() {
        PublishTicket t = connector.publishing().publish(request("p-12"));
        sim.reject(t.ticketId());

        PublishTicket done = connector.publishing().refresh(t);

        assertThat(done.status()).isEqualTo(PublishStatus.REJECTED);
        assertThat(done.failureReason()).hasValue("not suitable for public view (video_status 2)");
        assertThat(connector.publishing().refresh(done)).isSameAs(done);
    }

    @Test
    void a_file_under_the_minimum_part_goes_in_one_call() {
        PublishTicket t = connector.publish(publishRequest(video("v-small", videoFile(10_000, 12), "小样").build(), "p-13"),
                listener);

        assertThat(sim.partsReceived()).isEmpty();
        assertThat(progress).singleElement().satisfies(p -> assertThat(p.bytesDone()).isEqualTo(10_000));
        assertThat(sim.videoIds(OPEN_ID)).endsWith(t.ticketId());
    }
}
