package io.github.mediaops.connector.tiktok;

import io.github.mediaops.connector.tck.KitConfigs;
import io.github.mediaops.connector.tck.KitResilience;
import io.github.mediaops.connector.tiktok.simulator.TikTokSimulator;
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
import java.util.List;
import java.util.Map;

final class TikTokTestSupport {
    static final String OPEN_ID = "723f24d7-e717-40f8-a2b6-cb8464cd23b4";
    static final AccountRef ACCOUNT = AccountRef.of(Platform.TIKTOK, OPEN_ID);

    private TikTokTestSupport() {
    }

    static ConnectorConfig config(URI baseUrl, String key, String secret, Clock clock, Duration readTimeout) {
        return KitConfigs.config(baseUrl, "clientKey", key, "clientSecret", secret, clock, readTimeout);
    }

    static TikTokConnector.Builder builder(TikTokSimulator sim, Clock clock, Duration readTimeout) {
        return TikTokConnector.builder(config(sim.baseUrl(), sim.clientKey(), sim.clientSecret(), clock, readTimeout))
                .redirectUri(sim.redirectUri()).resilience(KitResilience.fastRetries());
    }

    /** A connector with {@link #OPEN_ID}'s authorisation already exchanged. */
    static TikTokConnector authorized(TikTokSimulator sim, TikTokConnector.Builder b) {
        TikTokConnector c = b.build();
        c.authorize(sim.authorizationCode(OPEN_ID));
        return c;
    }

    /** A video file of {@code bytes} bytes (a repeating pattern, so chunks differ) and its asset. */
    static MediaAsset video(Path dir, String name, int bytes, Duration duration) throws IOException {
        byte[] data = new byte[bytes];
        for (int i = 0; i < bytes; i++) {
            data[i] = (byte) (i * 31 + i / 7);
        }
        Path file = Files.write(dir.resolve(name), data);
        return new MediaAsset(MediaKind.VIDEO, file.toUri(), "video/mp4", 1080, 1920, duration, bytes,
                AssetLicense.owned("mediaops"));
    }

    static PublishRequest request(String key, String caption, MediaAsset video, String... tags) {
        ContentItem.Builder b = ContentItem.builder("master-" + key, ContentKind.SHORT_VIDEO).body(caption).addMedia(video)
                .created("ops", Instant.parse("2026-11-01T00:00:00Z"));
        for (String t : tags) {
            b.addHashtag(t);
        }
        return PublishRequest.now(ACCOUNT, ContentVariant.unchanged(b.build(), Platform.TIKTOK), key);
    }

    /** A creator who offers three privacy levels, two videos (one with a count left out) and a follower count. */
    static void seed(TikTokSimulator sim, Clock clock) {
        Instant now = clock.instant();
        sim.putCreator(OPEN_ID, "brand.global", "Brand Global",
                List.of("PUBLIC_TO_EVERYONE", "MUTUAL_FOLLOW_FRIENDS", "SELF_ONLY"), 300, 15_234L, 312L, 98_000L);
        sim.addVideo(OPEN_ID, "7058060640279383343", "Launch day #fyp", now.minus(Duration.ofDays(3)),
                Map.of("view_count", 54_320L, "like_count", 1_245L, "comment_count", 87L, "share_count", 312L));
        sim.addVideo(OPEN_ID, "7080217258529737986", "Behind the scenes", now.minus(Duration.ofHours(5)),
                Map.of("view_count", 3_250L, "like_count", 66L, "share_count", 5L));
    }
}
