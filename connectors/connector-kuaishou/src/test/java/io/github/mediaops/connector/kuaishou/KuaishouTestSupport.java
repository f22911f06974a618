package io.github.mediaops.connector.kuaishou;

import io.github.mediaops.connector.tck.KitConfigs;
import io.github.mediaops.connector.kuaishou.simulator.KuaishouSimulator;
import io.github.mediaops.connector.tck.KitResilience;
import io.github.mediaops.core.connector.ConnectorConfig;
import io.github.mediaops.core.content.AssetLicense;
import io.github.mediaops.core.content.ContentItem;
import io.github.mediaops.core.content.ContentKind;
import io.github.mediaops.core.content.ContentVariant;
import io.github.mediaops.core.content.MediaAsset;
import io.github.mediaops.core.content.MediaKind;
import io.github.mediaops.core.platform.AccountRef;
import io.github.mediaops.core.platform.Platform;
import io.github.mediaops.core.publish.PublishRequest;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

final class KuaishouTestSupport {
    static final String OPEN_ID = "f2a7c0de1b5e4c7a9e0d3b6a8c1f4e2d";

    private KuaishouTestSupport() {
    }

    static ConnectorConfig config(URI baseUrl, String appId, String secret, Clock clock, Duration readTimeout) {
        return KitConfigs.config(baseUrl, "appId", appId, "appSecret", secret, clock, readTimeout);
    }

    static KuaishouConnector.Builder builder(KuaishouSimulator sim, Clock clock, Duration readTimeout) {
        return KuaishouConnector.builder(config(sim.baseUrl(), sim.appId(), sim.appSecret(), clock, readTimeout))
                .resilience(KitResilience.fastRetries());
    }

    static KuaishouConnector connector(KuaishouSimulator sim, Clock clock, Duration readTimeout) {
        return builder(sim, clock, readTimeout).build();
    }

    /** A video file of {@code bytes} bytes (a repeating pattern, so fragments differ) and its asset. */
    static MediaAsset video(Path dir, String name, int bytes) throws IOException {
        byte[] data = new byte[bytes];
        for (int i = 0; i < bytes; i++) {
            data[i] = (byte) (i * 31 + i / 7);
        }
        Path file = Files.write(dir.resolve(name), data);
        return new MediaAsset(MediaKind.VIDEO, file.toUri(), "video/mp4", 1080, 1920, Duration.ofSeconds(30), bytes,
                AssetLicense.owned("mediaops"));
    }

    static MediaAsset cover(Path dir) throws IOException {
        Path file = Files.write(dir.resolve("cover.jpg"), new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, 0x00, 0x11});
        return new MediaAsset(MediaKind.IMAGE, file.toUri(), "image/jpeg", 1080, 1440, Duration.ZERO, 5,
                AssetLicense.owned("mediaops"));
    }

    static PublishRequest request(String key, String caption, MediaAsset video, MediaAsset cover, String... tags) {
        ContentItem.Builder b = ContentItem.builder("master-" + key, ContentKind.SHORT_VIDEO).body(caption).addMedia(video)
                .created("ops", Instant.parse("2026-11-01T00:00:00Z"));
        if (cover != null) {
            b.cover(cover);
        }
        for (String t : tags) {
            b.addHashtag(t);
        }
        return PublishRequest.now(AccountRef.of(Platform.KUAISHOU, OPEN_ID),
                ContentVariant.unchanged(b.build(), Platform.KUAISHOU), key);
    }

    /** Two live videos (one with a count left out) and a follower count. */
    static void seed(KuaishouSimulator sim, Clock clock) {
        Instant now = clock.instant();
        sim.addVideo(OPEN_ID, "3xold", now.minus(Duration.ofDays(3)), "第一条 #快手", 1200L, 80L, 9L);
        sim.addVideo(OPEN_ID, "3xnew", now.minus(Duration.ofHours(5)), "第二条", 300L, null, 0L);
        sim.putFans(OPEN_ID, 10_240L);
    }

    /** A clock the test moves forward, shared by the simulator and the connector. */
    static final class MovingClock extends Clock {
        private volatile Instant now;

        MovingClock(Instant now) {
            this.now = now;
        }

        void advance(Duration d) {
            now = now.plus(d);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return Clock.fixed(now, zone);
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
