package io.github.mediaops.examples.tour;

import io.github.mediaops.connector.kuaishou.KuaishouConnector;
import io.github.mediaops.connector.kuaishou.simulator.KuaishouSimulator;
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

/**
 * The Kuaishou connector against the Kuaishou simulator on 127.0.0.1: the host hands over the user's
 * authorisation code; the connector publishes a short video (start upload, fragments with a progress line,
 * publish; the same idempotency key again returns the same ticket), then reads each video's lifetime counts and
 * the follower count.
 */
public final class KuaishouTour {
    private static final String OPEN_ID = "tour-ks-open-id";

    private KuaishouTour() {
    }

    public static void run(PrintStream out) {
        Clock clock = Clock.fixed(Instant.parse("2026-11-28T02:00:00Z"), ZoneOffset.UTC); // 10:00 in Beijing
        try (KuaishouSimulator sim = KuaishouSimulator.builder().clock(clock).build()) {
            sim.addVideo(OPEN_ID, "3xtour1", clock.instant().minus(Duration.ofDays(2)), "上周的探店 #探店", 8_600L, 420L, null);
            sim.putFans(OPEN_ID, 23_100L);
            ConnectorConfig config = ConnectorConfig.builder()
                    .credentials(Credentials.builder().identifier("appId", sim.appId()).secret("appSecret", sim.appSecret()).build())
                    .baseUrl(sim.baseUrl()).clock(clock).build();
            UploadListener bar = new UploadListener() {
                @Override
                public void onProgress(UploadProgress p) {
                    out.printf("upload %3.0f%% (fragment %d of %d)%n", 100 * p.fraction(), p.part().number() + 1, p.part().count());
                }
            };
            try (KuaishouConnector kuaishou = KuaishouConnector.builder(config).fragmentBytes(64 * 1024).uploadListener(bar).build()) {
                UserGrant grant = kuaishou.authorize(sim.authorizationCode(OPEN_ID)); // the code from the host's redirect URI
                AccountRef account = AccountRef.of(Platform.KUAISHOU, grant.account());
                PublishRequest request = PublishRequest.now(account, ContentVariant.unchanged(item(clock), Platform.KUAISHOU),
                        "plan-2026-12-ks-01");
                PublishTicket ticket = kuaishou.publishing().publish(request);
                out.println("published: " + ticket.status() + " " + ticket.ticketId() + "; again with the same key: "
                        + kuaishou.publishing().publish(request).ticketId());
                sim.completePendingJobs(); // Kuaishou finishes processing the video
                out.println("after processing: " + kuaishou.publishing().refresh(ticket).status());
                LocalDate today = LocalDate.now(clock.withZone(KuaishouConnector.ZONE));
                for (ContentMetrics m : kuaishou.contentMetrics().contentMetrics(account, DateRange.day(today))) {
                    out.println(m.postId() + " lifetime: plays " + m.count(Metric.VIEWS).orElseThrow() + ", comments "
                            + (m.has(Metric.COMMENTS) ? m.count(Metric.COMMENTS).getAsLong() : "absent"));
                }
                out.println("followers " + kuaishou.audienceMetrics().audienceMetrics(account, DateRange.day(today)).get(0)
                        .count(AudienceMetric.FOLLOWERS_TOTAL).orElseThrow());
            }
        }
    }

    private static ContentItem item(Clock clock) {
        try {
            Path video = Files.createTempFile("kuaishou-tour", ".mp4");
            video.toFile().deleteOnExit();
            Files.write(video, new byte[200 * 1024]); // stands in for a 200 KB clip
            MediaAsset clip = new MediaAsset(MediaKind.VIDEO, video.toUri(), "video/mp4", 1080, 1920, Duration.ofSeconds(28),
                    200 * 1024, AssetLicense.owned("mediaops"));
            return ContentItem.builder("ks-tour-1", ContentKind.SHORT_VIDEO).body("冬季新品开箱").addHashtag("开箱")
                    .addMedia(clip).created("ops", clock.instant()).build();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
