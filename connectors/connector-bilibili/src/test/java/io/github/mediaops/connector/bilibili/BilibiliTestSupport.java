package io.github.mediaops.connector.bilibili;

import io.github.mediaops.connector.tck.KitConfigs;
import io.github.mediaops.connector.bilibili.simulator.BilibiliSimulator;
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
import java.util.Map;

final class BilibiliTestSupport {
    static final String OPEN_ID = "9205eeaa1879a2b3c969ed47874f225c";
    static final AccountRef ACCOUNT = AccountRef.of(Platform.BILIBILI, OPEN_ID);
    static final int TID = 21;

    private BilibiliTestSupport() {
    }

    static ConnectorConfig config(URI baseUrl, String clientId, String secret, Clock clock, Duration readTimeout) {
        return KitConfigs.config(baseUrl, "clientId", clientId, "clientSecret", secret, clock, readTimeout);
    }

    static BilibiliConnector.Builder builder(BilibiliSimulator sim, Clock clock, Duration readTimeout) {
        return BilibiliConnector.builder(config(sim.baseUrl(), sim.clientId(), sim.clientSecret(), clock, readTimeout))
                .resilience(KitResilience.fastRetries()).partition(TID);
    }

    /** A connector on which {@link #OPEN_ID} has authorised the app. */
    static BilibiliConnector authorized(BilibiliSimulator sim, Clock clock) {
        BilibiliConnector c = builder(sim, clock, Duration.ofSeconds(10)).partBytes(4096).build();
        c.authorize(sim.authorizationCode(OPEN_ID));
        return c;
    }

    /** A video file of {@code bytes} bytes (a repeating pattern, so parts differ) and its asset. */
    static MediaAsset video(Path dir, String name, int bytes) throws IOException {
        byte[] data = new byte[bytes];
        for (int i = 0; i < bytes; i++) {
            data[i] = (byte) (i * 31 + i / 7);
        }
        Path file = Files.write(dir.resolve(name), data);
        return new MediaAsset(MediaKind.VIDEO, file.toUri(), "video/mp4", 1920, 1080, Duration.ofSeconds(90), bytes,
                AssetLicense.owned("mediaops"));
    }

    static MediaAsset cover(Path dir) throws IOException {
        Path file = Files.write(dir.resolve("cover.jpg"), new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, 0x00, 0x11});
        return new MediaAsset(MediaKind.IMAGE, file.toUri(), "image/jpeg", 1146, 717, Duration.ZERO, 5,
                AssetLicense.owned("mediaops"));
    }

    static PublishRequest request(String key, String title, MediaAsset video, MediaAsset cover, String... tags) {
        ContentItem.Builder b = ContentItem.builder("master-" + key, ContentKind.LONG_VIDEO).title(title)
                .body("简介：" + title).addMedia(video).created("ops", Instant.parse("2026-11-01T00:00:00Z"));
        if (cover != null) {
            b.cover(cover);
        }
        for (String t : tags) {
            b.addHashtag(t);
        }
        return PublishRequest.now(ACCOUNT, ContentVariant.unchanged(b.build(), Platform.BILIBILI), key);
    }

    /** Two open archives (one with a count left out), follower counts and 30-day increments. */
    static void seed(BilibiliSimulator sim, Clock clock) {
        Instant now = clock.instant();
        sim.addArchive(OPEN_ID, "BV1old000001", "第一期 开箱", now.minus(Duration.ofDays(3)),
                Map.of("view", 198L, "danmaku", 166L, "reply", 11L, "favorite", 36L, "coin", 8L, "share", 79L, "like", 135L));
        sim.addArchive(OPEN_ID, "BV1new000002", "第二期 测评", now.minus(Duration.ofHours(5)),
                Map.of("view", 40L, "reply", 2L, "like", 9L));
        sim.putUserStat(OPEN_ID, 98, 166, 11);
        sim.putIncrements(OPEN_ID, Map.of("inc_click", 981L, "inc_dm", 1866L, "icn_reply", 119L, "inc_fav", 53L,
                "inc_coin", 20L, "inc_share", 7L, "inc_like", 310L, "inc_elec", 2L));
    }
}
