package io.github.mediaops.connector.douyin;

import io.github.mediaops.connector.tck.KitConfigs;
import io.github.mediaops.connector.douyin.simulator.DouyinSimulator;
import io.github.mediaops.connector.tck.KitResilience;
import io.github.mediaops.core.connector.ConnectorConfig;
import io.github.mediaops.connector.support.upload.PartRules;
import io.github.mediaops.core.content.AssetLicense;
import io.github.mediaops.core.content.ContentItem;
import io.github.mediaops.core.content.ContentKind;
import io.github.mediaops.core.content.ContentVariant;
import io.github.mediaops.core.content.MediaAsset;
import io.github.mediaops.core.platform.AccountRef;
import io.github.mediaops.core.platform.Platform;
import io.github.mediaops.core.publish.PublishRequest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;

final class DouyinTestSupport {
    static final String OPEN_ID = "_000aBcD-open-id";
    static final String ITEM = "@8hxdhauTCMppanGnM4ltGM780mDqPP+KPpR0qQOmLVAXb/T060zdRmYqig357zEBq6CZRp4NVe6qLIJW/V/x1w==";
    static final String COMMENT = "@9VwW0qOBUN9mJyD3bNxvGc791G3uO/mLOZ10oQOjJ1EUafn460zdRmYqig357zEBidswyrkjAGx3+uVUd0cE4Q==";
    /** Small parts for tests: 64 KiB minimum, 64 KiB preferred (the simulator is started with the same minimum). */
    static final PartRules SMALL_PARTS = new PartRules(64 * 1024, 64 * 1024, 1024 * 1024, 10_000, 4096 * PartRules.MIB, 1);

    private DouyinTestSupport() {
    }

    static ConnectorConfig config(URI baseUrl, String key, String secret, Clock clock, Duration readTimeout) {
        return KitConfigs.config(baseUrl, "clientKey", key, "clientSecret", secret, clock, readTimeout);
    }

    static DouyinConnector connector(DouyinSimulator sim, Clock clock, Duration readTimeout) {
        return DouyinConnector.builder(config(sim.baseUrl(), sim.clientKey(), sim.clientSecret(), clock, readTimeout))
                .resilience(KitResilience.fastRetries()).build();
    }

    /** One video created 10 days before {@code today} with 30 days of series (plays 1000+d, likes 100+d, comments 10+d, shares d) and fans. */
    static void seed(DouyinSimulator sim, Clock clock) {
        LocalDate today = LocalDate.now(clock.withZone(DouyinSimulator.SHANGHAI));
        Instant created = today.minusDays(10).atStartOfDay(DouyinSimulator.SHANGHAI).toInstant();
        sim.addVideo(OPEN_ID, ITEM, created, "测试视频 #测试话题 @抖音小助手");
        for (int d = 1; d <= 30; d++) {
            LocalDate day = today.minusDays(d);
            sim.putDaily(OPEN_ID, ITEM, day, 1000L + d, 100L + d, 10L + d, (long) d);
            sim.putFans(OPEN_ID, day, 5L + d, 10_000L - d);
        }
        sim.enterprise(OPEN_ID);
        sim.addComment(ITEM, COMMENT, "43eae150-12eb-4035-8d40-3f9a2bfcdf4e", "xiaoming", "评论", created.plusSeconds(3600));
    }

    /** A file of {@code bytes} seeded random bytes, deleted on exit. */
    static Path videoFile(int bytes, long seed) {
        try {
            Path p = Files.createTempFile("douyin-video", ".mp4");
            p.toFile().deleteOnExit();
            byte[] data = new byte[bytes];
            new Random(seed).nextBytes(data);
            return Files.write(p, data);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A Douyin video variant of {@code file}: title, body, one topic, 30 s of 1080x1920 mp4. */
    static ContentItem.Builder video(String id, Path file, String title) {
        try {
            MediaAsset video = MediaAsset.video(file.toUri(), "video/mp4", 1080, 1920, Duration.ofSeconds(30), Files.size(file),
                    AssetLicense.owned("brand"));
            return ContentItem.builder(id, ContentKind.SHORT_VIDEO).title(title).body("秋季新品上架").addHashtag("新品")
                    .addMedia(video).created("editor", Instant.parse("2026-11-20T02:00:00Z"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static PublishRequest publishRequest(ContentItem item, String key) {
        return PublishRequest.now(AccountRef.of(Platform.DOUYIN, OPEN_ID), ContentVariant.unchanged(item, Platform.DOUYIN), key);
    }
}
