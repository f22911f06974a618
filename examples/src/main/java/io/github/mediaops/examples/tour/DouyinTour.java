package io.github.mediaops.examples.tour;

import io.github.mediaops.connector.douyin.DouyinConnector;
import io.github.mediaops.connector.douyin.simulator.DouyinSimulator;
import io.github.mediaops.connector.support.UserGrant;
import io.github.mediaops.connector.support.upload.PartRules;
import io.github.mediaops.connector.support.upload.UploadListener;
import io.github.mediaops.core.content.AssetLicense;
import io.github.mediaops.core.content.ContentItem;
import io.github.mediaops.core.content.ContentKind;
import io.github.mediaops.core.content.ContentVariant;
import io.github.mediaops.core.content.MediaAsset;
import io.github.mediaops.core.publish.PublishRequest;
import io.github.mediaops.core.publish.PublishTicket;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneId;
import java.util.Random;
import io.github.mediaops.core.DateRange;
import io.github.mediaops.core.connector.ConnectorConfig;
import io.github.mediaops.core.connector.Credentials;
import io.github.mediaops.core.connector.WebhookResult;
import io.github.mediaops.core.metrics.AudienceMetric;
import io.github.mediaops.core.metrics.AudienceMetrics;
import io.github.mediaops.core.metrics.ContentMetrics;
import io.github.mediaops.core.metrics.Metric;
import io.github.mediaops.core.platform.AccountRef;
import io.github.mediaops.core.platform.Platform;
import java.io.PrintStream;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

/**
 * The Douyin connector against the Douyin simulator on 127.0.0.1: the host hands over the user's
 * authorisation code, the connector keeps that account's token, publishes a 12 MiB video in 5 MiB parts with a
 * text progress bar, follows it through review, reads per-video daily series and daily fans two days later
 * (Asia/Shanghai, T+1), and verifies a signed webhook push.
 */
public final class DouyinTour {
    private static final String OPEN_ID = "tour-open-id";
    private static final String ITEM = "@tour+video/1==";

    private DouyinTour() {
    }

    /** A bar that redraws after each part: {@code [##########----------]  50% 6.0/12.0 MiB (part 2/3)}. */
    private static UploadListener progressBar(PrintStream out) {
        return UploadListener.ofProgress(p -> {
            int filled = (int) Math.round(p.fraction() * 20);
            out.printf("upload [%s%s] %3.0f%% %.1f/%.1f MiB (part %d/%d)%n", "#".repeat(filled), "-".repeat(20 - filled),
                    p.fraction() * 100, p.bytesDone() / 1048576.0, p.totalBytes() / 1048576.0, p.part().number(),
                    p.part().count());
        });
    }

    private static Path videoFile(int bytes) {
        try {
            Path file = Files.createTempFile("mediaops-tour", ".mp4");
            file.toFile().deleteOnExit();
            byte[] data = new byte[bytes];
            new Random(2026).nextBytes(data);
            return Files.write(file, data);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A clock the tour moves forward (simulator and connector share it). */
    private static final class TourClock extends Clock {
        private volatile Instant now;

        TourClock(Instant now) {
            this.now = now;
        }

        void set(Instant instant) {
            now = instant;
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

    public static void run(PrintStream out) {
        try {
            runTour(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void runTour(PrintStream out) throws IOException {
        TourClock clock = new TourClock(Instant.parse("2026-11-26T02:00:00Z")); // 10:00 in Beijing
        LocalDate today = LocalDate.of(2026, 11, 28); // when the metrics are read
        try (DouyinSimulator sim = DouyinSimulator.builder().clock(clock).build()) {
            sim.addVideo(OPEN_ID, ITEM, today.minusDays(6).atStartOfDay(DouyinConnector.ZONE).toInstant(), "秋季新品开箱 #开箱");
            for (int d = 1; d <= 5; d++) {
                sim.putDaily(OPEN_ID, ITEM, today.minusDays(d), 12_000L / d, 900L / d, 60L / d, d == 1 ? null : 30L / d);
                sim.putFans(OPEN_ID, today.minusDays(d), 150L / d, 48_000L - 10L * d);
            }
            ConnectorConfig config = ConnectorConfig.builder()
                    .credentials(Credentials.builder().identifier("clientKey", sim.clientKey())
                            .secret("clientSecret", sim.clientSecret()).build())
                    .baseUrl(sim.baseUrl()).clock(clock).build();
            PartRules fiveMiBParts = new PartRules(5 * PartRules.MIB, 5 * PartRules.MIB, 128 * PartRules.MIB, 10_000,
                    4096 * PartRules.MIB, 1); // Douyin's smallest parts, so that 12 MiB shows three steps
            try (DouyinConnector douyin = DouyinConnector.builder(config).uploadParts(fiveMiBParts).build()) {
                UserGrant grant = douyin.authorize(sim.authorizationCode(OPEN_ID)); // the code from the host's redirect URI
                out.println("authorised " + grant);
                AccountRef account = AccountRef.of(Platform.DOUYIN, grant.account());

                Path file = videoFile(12 * 1024 * 1024);
                ContentItem video = ContentItem.builder("autumn-unboxing", ContentKind.SHORT_VIDEO).title("秋季新品开箱")
                        .body("三分钟看完本季新品").addHashtag("开箱")
                        .addMedia(MediaAsset.video(file.toUri(), "video/mp4", 1080, 1920, Duration.ofSeconds(45),
                                Files.size(file), AssetLicense.owned("brand")))
                        .created("editor", clock.instant()).build();
                PublishTicket ticket = douyin.publish(PublishRequest.now(account,
                        ContentVariant.unchanged(video, Platform.DOUYIN), "plan-2026-11-26-unboxing"), progressBar(out));
                sim.completePendingJobs(); // the platform's review passes
                out.println("published " + douyin.publishing().refresh(ticket).live().orElseThrow().url());
                for (int d = 1; d <= 2; d++) {
                    sim.putDaily(OPEN_ID, ticket.ticketId(), today.minusDays(d), 3_000L * d, 400L * d, 30L * d, 10L * d);
                }
                clock.set(Instant.parse("2026-11-28T02:00:00Z")); // two days later
                DateRange days = DateRange.of(today.minusDays(3), today); // today is not reported yet (T+1)
                for (ContentMetrics m : douyin.contentMetrics().contentMetrics(account, days)) {
                    out.println(m.day() + " " + m.postId() + ": plays " + m.count(Metric.VIEWS).orElseThrow() + ", likes "
                            + m.count(Metric.LIKES).orElseThrow() + ", shares "
                            + (m.has(Metric.SHARES) ? m.count(Metric.SHARES).getAsLong() : "absent"));
                }
                for (AudienceMetrics a : douyin.audienceMetrics().audienceMetrics(account, days)) {
                    out.println(a.day() + " fans " + a.count(AudienceMetric.FOLLOWERS_TOTAL).orElseThrow() + " (+"
                            + a.count(AudienceMetric.NEW_FOLLOWERS).orElseThrow() + ")");
                }
                Files.deleteIfExists(file);
                WebhookResult push = douyin.webhooks().handle(sim.push("item_comment_reply", "{\"comment_id\":\"c-1\",\"content\":\"好看\"}"));
                out.println("signed push: " + push.events().size() + " event " + push.events().get(0));
            }
        }
    }
}
