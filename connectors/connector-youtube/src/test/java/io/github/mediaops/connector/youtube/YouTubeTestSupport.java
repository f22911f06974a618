package io.github.mediaops.connector.youtube;

import io.github.mediaops.connector.tck.KitConfigs;
import io.github.mediaops.connector.tck.KitResilience;
import io.github.mediaops.connector.youtube.simulator.YouTubeSimulator;
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
import java.time.LocalDate;
import java.util.Map;

final class YouTubeTestSupport {
    static final String CHANNEL = "UC_x5XG1OV2P6uZZ5FSM9Ttw";
    static final AccountRef ACCOUNT = AccountRef.of(Platform.YOUTUBE, CHANNEL);
    static final URI REDIRECT = URI.create("https://ops.example.com/oauth/youtube");
    static final String VIDEO_A = "D-lhorsDlUQ";
    static final String VIDEO_B = "ovdbrdCIP7U";

    private YouTubeTestSupport() {
    }

    static ConnectorConfig config(URI baseUrl, String clientId, String secret, Clock clock, Duration readTimeout) {
        return KitConfigs.config(baseUrl, "clientId", clientId, "clientSecret", secret, clock, readTimeout);
    }

    static YouTubeConnector.Builder builder(YouTubeSimulator sim, Clock clock, Duration readTimeout) {
        return YouTubeConnector.builder(config(sim.baseUrl(), sim.clientId(), sim.clientSecret(), clock, readTimeout))
                .resilience(KitResilience.fastRetries()).redirectUri(REDIRECT);
    }

    /** A connector on which {@link #CHANNEL} has authorised the app. */
    static YouTubeConnector authorized(YouTubeSimulator sim, Clock clock) {
        YouTubeConnector c = builder(sim, clock, Duration.ofSeconds(10)).chunkBytes(ResumableUpload.CHUNK_GRANULE).build();
        c.authorize(sim.authorizationCode(CHANNEL));
        return c;
    }

    /** Two videos with statistics and Analytics days, channel days, and two comment threads on video A. */
    static void seed(YouTubeSimulator sim, Clock clock) {
        Instant now = clock.instant();
        LocalDate today = LocalDate.ofInstant(now, YouTubeConnector.ZONE);
        sim.addChannel(CHANNEL, "Google Developers", 2_260_000, false);
        sim.addVideo(CHANNEL, VIDEO_A, "What are Actions on Google", now.minus(Duration.ofDays(9)),
                Map.of("viewCount", 458_565L, "likeCount", 3_481L, "favoriteCount", 0L, "commentCount", 3_021L));
        sim.addVideo(CHANNEL, VIDEO_B, "Assistant on Air", now.minus(Duration.ofDays(2)), Map.of("viewCount", 778L));
        for (int d = 1; d <= 6; d++) {
            sim.putVideoDay(VIDEO_A, today.minusDays(d), Map.of("views", 1000 + d, "likes", 10 + d, "comments", d,
                    "shares", 2, "subscribersGained", 1, "estimatedMinutesWatched", 300 + d, "averageViewDuration", 95));
            sim.putChannelDay(CHANNEL, today.minusDays(d), 20 + d, d);
        }
        sim.putVideoDay(VIDEO_B, today.minusDays(1), Map.of("views", 778, "likes", 8));
        sim.addComment(VIDEO_A, "UgyZ1jqkHKYvi1-ruOZ4AaABAg", "UCzj-CjKYmGlZ7vTL-vOe57A", "himani agarwal", "Google.com",
                0, now.minus(Duration.ofDays(1)));
        sim.addComment(VIDEO_A, "Ugy4OzAuz5uJuFt3FH54AaABAg", "UCGBUkig1Ala-Z2gF73WSTdw", "el bojo loco", "great talk",
                3, now.minus(Duration.ofHours(3)));
    }

    /** A video file of {@code bytes} bytes (a pattern that differs per position) and its asset. */
    static MediaAsset video(Path dir, String name, int bytes) throws IOException {
        byte[] data = new byte[bytes];
        for (int i = 0; i < bytes; i++) {
            data[i] = (byte) (i * 31 + i / 7);
        }
        Path file = Files.write(dir.resolve(name), data);
        return new MediaAsset(MediaKind.VIDEO, file.toUri(), "video/mp4", 1920, 1080, Duration.ofSeconds(90), bytes,
                AssetLicense.owned("mediaops"));
    }

    static PublishRequest request(String key, String title, MediaAsset video, String... tags) {
        ContentItem.Builder b = ContentItem.builder("master-" + key, ContentKind.LONG_VIDEO).title(title)
                .body("About: " + title).addMedia(video).created("ops", Instant.parse("2026-11-01T00:00:00Z"));
        for (String t : tags) {
            b.addHashtag(t);
        }
        return PublishRequest.now(ACCOUNT, ContentVariant.unchanged(b.build(), Platform.YOUTUBE), key);
    }
}
