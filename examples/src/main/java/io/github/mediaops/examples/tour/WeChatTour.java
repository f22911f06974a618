package io.github.mediaops.examples.tour;

import io.github.mediaops.connector.wechat.simulator.WeChatSimulator;
import io.github.mediaops.connector.wechat.WeChatAccountReads;
import io.github.mediaops.connector.wechat.WeChatConnector;
import io.github.mediaops.core.DateRange;
import io.github.mediaops.core.connector.ConnectorConfig;
import io.github.mediaops.core.connector.Credentials;
import io.github.mediaops.core.connector.WebhookEvent;
import io.github.mediaops.core.connector.WebhookResult;
import io.github.mediaops.core.content.AssetLicense;
import io.github.mediaops.core.content.ContentItem;
import io.github.mediaops.core.content.ContentKind;
import io.github.mediaops.core.content.ContentVariant;
import io.github.mediaops.core.content.MediaAsset;
import io.github.mediaops.core.metrics.AudienceMetric;
import io.github.mediaops.core.metrics.AudienceMetrics;
import io.github.mediaops.core.metrics.ContentMetrics;
import io.github.mediaops.core.metrics.Coverage;
import io.github.mediaops.core.metrics.Metric;
import io.github.mediaops.core.platform.Platform;
import io.github.mediaops.core.publish.PublishRequest;
import io.github.mediaops.core.publish.PublishTicket;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

/**
 * The WeChat Official Account connector end to end against the WeChat simulator on 127.0.0.1: no
 * credentials, no network. Publishes an article and follows its ticket, reads datacube metrics, and
 * handles a signed (AES safe mode) PUBLISHJOBFINISH push, including WeChat's retry of it.
 */
public final class WeChatTour {
    private WeChatTour() {
    }

    public static void run(PrintStream out) {
        Clock clock = Clock.fixed(Instant.parse("2026-11-28T02:00:00Z"), ZoneOffset.UTC); // 10:00 in Beijing
        try (WeChatSimulator sim = WeChatSimulator.builder().clock(clock).pollsToFinish(2).build()) {
            ConnectorConfig config = ConnectorConfig.builder()
                    .credentials(Credentials.builder().identifier("appId", sim.appId())
                            .secret("appSecret", sim.appSecret())
                            .secret("token", sim.pushToken())
                            .secret("encodingAesKey", sim.encodingAesKey()).build())
                    .baseUrl(sim.baseUrl())
                    .clock(clock)
                    .option("originalId", sim.originalId())
                    .build();
            try (WeChatConnector wechat = WeChatConnector.builder(config).build()) {
                out.println("connector: " + wechat + " (capabilities " + wechat.capabilities().size() + ")");

                PublishTicket ticket = wechat.publishing().publish(article(wechat, clock, "tour-autumn-launch", "秋季新品发布"));
                out.println("published draft, ticket " + ticket.ticketId() + " is " + ticket.status());
                while (!ticket.status().terminal()) {
                    ticket = wechat.publishing().refresh(ticket);
                    out.println("  polled freepublish/get: " + ticket.status());
                }
                out.println("  live at " + ticket.live().orElseThrow().url() + " as post " + ticket.live().orElseThrow().postId());

                DateRange days = DateRange.of(LocalDate.of(2026, 11, 25), LocalDate.of(2026, 11, 30));
                List<ContentMetrics> metrics = wechat.contentMetrics().contentMetrics(wechat.account(), days);
                long dayViews = metrics.stream().filter(m -> m.coverage() == Coverage.DAY)
                        .mapToLong(m -> m.count(Metric.VIEWS).orElse(0)).sum();
                LocalDate lastDay = metrics.stream().map(ContentMetrics::day).max(LocalDate::compareTo).orElseThrow();
                out.println("datacube " + days + ": " + metrics.size() + " snapshots up to " + lastDay
                        + " (T+1: later days are not final yet), " + dayViews + " reads in daily snapshots");
                ContentMetrics one = metrics.get(0);
                out.println("  " + one.postId() + " on " + one.day() + ": views " + one.count(Metric.VIEWS).orElseThrow()
                        + ", likes " + (one.has(Metric.LIKES) ? "reported" : "absent (WeChat does not report them)"));
                for (AudienceMetrics a : wechat.audienceMetrics().audienceMetrics(wechat.account(),
                        DateRange.of(LocalDate.of(2026, 11, 25), LocalDate.of(2026, 11, 27)))) {
                    out.println("  followers " + a.day() + ": +" + a.count(AudienceMetric.NEW_FOLLOWERS).orElseThrow()
                            + " -" + a.count(AudienceMetric.LOST_FOLLOWERS).orElseThrow() + " = "
                            + a.count(AudienceMetric.FOLLOWERS_TOTAL).orElseThrow() + " total, by source "
                            + a.newFollowersBySource());
                }
                LocalDate readDay = LocalDate.of(2026, 11, 27);
                WeChatAccountReads reads = wechat.datacube().accountReads(DateRange.of(readDay, readDay)).get(0);
                java.util.Map<String, Long> bySource = new java.util.TreeMap<>();
                reads.readsBySource().forEach((source, n) -> bySource.put(source, n.count()));
                out.println("  account reads " + reads.day() + ": " + reads.reads().orElseThrow() + " reads by "
                        + reads.readers().orElseThrow() + " readers (WeChat's all-sources row), by source " + bySource);

                PublishTicket second = wechat.publishing().publish(article(wechat, clock, "tour-member-day", "会员日"));
                var push = sim.pushes().publishJobFinished(second.ticketId(), 0, "ART_tour", "https://mp.weixin.qq.com/s/ART_tour", true);
                WebhookResult first = wechat.webhooks().handle(push);
                WebhookEvent.PublishCompleted done = (WebhookEvent.PublishCompleted) first.events().get(0);
                out.println("push PUBLISHJOBFINISH (AES safe mode, signature verified): ticket " + done.ticket().ticketId()
                        + " -> " + done.ticket().status() + ", answer \"" + first.response().body() + "\"");
                out.println("  WeChat's retry of the same push: " + wechat.webhooks().handle(push).events().size()
                        + " new events (de-duplicated)");
            }
        }
    }

    private static PublishRequest article(WeChatConnector wechat, Clock clock, String key, String title) {
        MediaAsset cover = MediaAsset.image(coverFile().toUri(), "image/jpeg", 900, 383, 4, AssetLicense.owned("brand"));
        ContentItem item = ContentItem.builder(key, ContentKind.ARTICLE).title(title).body("<p>" + title + "</p>")
                .summary(title).cover(cover).created("editor", clock.instant()).build();
        return PublishRequest.now(wechat.account(), ContentVariant.unchanged(item, Platform.WECHAT_OFFICIAL_ACCOUNT), key);
    }

    private static Path coverFile() {
        try {
            Path p = Files.createTempFile("mediaops-cover", ".jpg");
            Files.write(p, new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xD9});
            p.toFile().deleteOnExit();
            return p;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
