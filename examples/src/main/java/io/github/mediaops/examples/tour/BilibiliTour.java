package io.github.mediaops.examples.tour;

import io.github.mediaops.connector.bilibili.BilibiliConnector;
import io.github.mediaops.connector.bilibili.BilibiliIncrements;
import io.github.mediaops.connector.bilibili.simulator.BilibiliSimulator;
import io.github.mediaops.connector.support.UserGrant;
import io.github.mediaops.connector.support.upload.UploadListener;
import io.github.mediaops.connector.support.upload.UploadProgress;
import io.github.mediaops.core.DateRange;
import io.github.mediaops.core.connector.ConnectorConfig;
import io.github.mediaops.core.connector.Credentials;
import io.github.mediaops.core.content.AssetLicense;
import io.github.mediaops.core.content.ContentItem;
import io.github.mediaops.core.content.ContentKind;
import io.github.mediaops.core.content.ContentVariant;
import io.github.mediaops.core.content.MediaAsset;
import io.github.mediaops.core.content.MediaKind;
import io.github.mediaops.core.metrics.AudienceMetric;
import io.github.mediaops.core.metrics.ContentMetrics;
import io.github.mediaops.core.metrics.Metric;
import io.github.mediaops.core.platform.AccountRef;
import io.github.mediaops.core.platform.Platform;
import io.github.mediaops.core.publish.PublishRequest;
import io.github.mediaops.core.publish.PublishTicket;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;

/**
 * The Bilibili connector against the Bilibili simulator on 127.0.0.1: the host hands over the user's
 * authorisation code; the connector submits a video archive (init, parts with a progress line, merge, cover,
 * add-by-utoken; the same key again returns the same ticket), follows the review, then reads lifetime counts,
 * followers and the 30-day increments (Bilibili's misspelt {@code icn_reply} read as comments).
 */
public final class BilibiliTour {
    private static final String OPEN_ID = "tour-bili-openid";

    private BilibiliTour() {
    }

    public static void run(PrintStream out) {
        Clock clock = Clock.fixed(Instant.parse("2026-11-28T02:00:00Z"), ZoneOffset.UTC); // 10:00 in Beijing
        try (BilibiliSimulator sim = BilibiliSimulator.builder().clock(clock).build()) {
            sim.putUserStat(OPEN_ID, 98, 5_230, 12);
            sim.putIncrements(OPEN_ID, Map.of("inc_click", 981L, "inc_dm", 1866L, "icn_reply", 119L, "inc_coin", 20L));
            ConnectorConfig config = ConnectorConfig.builder()
                    .credentials(Credentials.builder().identifier("clientId", sim.clientId())
                            .secret("clientSecret", sim.clientSecret()).build())
                    .baseUrl(sim.baseUrl()).clock(clock).build();
            UploadListener bar = new UploadListener() {
                @Override
                public void onProgress(UploadProgress p) {
                    out.printf("upload %3.0f%% (part %d of %d)%n", 100 * p.fraction(), p.part().number(), p.part().count());
                }
            };
            try (BilibiliConnector bili = BilibiliConnector.builder(config).partition(21).partBytes(64 * 1024)
                    .uploadListener(bar).build()) {
                UserGrant grant = bili.authorize(sim.authorizationCode(OPEN_ID)); // the code from the host's redirect URI
                AccountRef account = AccountRef.of(Platform.BILIBILI, grant.account());
                PublishRequest request = PublishRequest.now(account, ContentVariant.unchanged(item(clock), Platform.BILIBILI),
                        "plan-2026-12-bili-01");
                PublishTicket ticket = bili.publishing().publish(request);
                out.println("submitted: " + ticket.status() + " " + ticket.ticketId() + "; again with the same key: "
                        + bili.publishing().publish(request).ticketId());
                sim.completePendingJobs(); // Bilibili's review opens the archive
                out.println("after review: " + bili.publishing().refresh(ticket).status());
                DateRange today = DateRange.day(LocalDate.now(clock.withZone(BilibiliConnector.ZONE)));
                for (ContentMetrics m : bili.contentMetrics().contentMetrics(account, today)) {
                    out.println(m.postId() + " lifetime: views " + m.count(Metric.VIEWS).orElseThrow());
                }
                out.println("followers " + bili.audienceMetrics().audienceMetrics(account, today).get(0)
                        .count(AudienceMetric.FOLLOWERS_TOTAL).orElseThrow());
                BilibiliIncrements inc = bili.increments(account);
                out.println("last " + inc.windowDays() + " days: views +" + inc.count(Metric.VIEWS).orElseThrow()
                        + ", comments +" + inc.count(Metric.COMMENTS).orElseThrow() + " (icn_reply), coins +"
                        + inc.unmapped().get("inc_coin"));
            }
        }
    }

    private static ContentItem item(Clock clock) {
        try {
            Path video = Files.createTempFile("bilibili-tour", ".mp4");
            video.toFile().deleteOnExit();
            Files.write(video, new byte[200 * 1024]); // stands in for a 200 KB clip
            Path cover = Files.createTempFile("bilibili-tour", ".jpg");
            cover.toFile().deleteOnExit();
            Files.write(cover, new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xD9});
            MediaAsset clip = new MediaAsset(MediaKind.VIDEO, video.toUri(), "video/mp4", 1920, 1080, Duration.ofMinutes(4),
                    200 * 1024, AssetLicense.owned("mediaops"));
            MediaAsset still = new MediaAsset(MediaKind.IMAGE, cover.toUri(), "image/jpeg", 1146, 717, Duration.ZERO, 4,
                    AssetLicense.owned("mediaops"));
            return ContentItem.builder("bili-tour-1", ContentKind.LONG_VIDEO).title("冬季新品开箱：三款对比")
                    .body("三款冬季新品的上手对比。").addHashtag("开箱").addHashtag("测评").addMedia(clip).cover(still)
                    .created("ops", clock.instant()).build();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
