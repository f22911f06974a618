package io.github.mediaops.examples.tour;

import io.github.mediaops.connector.support.UserGrant;
import io.github.mediaops.connector.weibo.SharePreflight;
import io.github.mediaops.connector.weibo.WeiboConnector;
import io.github.mediaops.connector.weibo.simulator.WeiboSimulator;
import io.github.mediaops.core.DateRange;
import io.github.mediaops.core.connector.ConnectorConfig;
import io.github.mediaops.core.connector.ContentRejectedException;
import io.github.mediaops.core.connector.Credentials;
import io.github.mediaops.core.connector.PageRequest;
import io.github.mediaops.core.content.ContentItem;
import io.github.mediaops.core.content.ContentKind;
import io.github.mediaops.core.content.ContentVariant;
import io.github.mediaops.core.engagement.Comment;
import io.github.mediaops.core.metrics.AudienceMetric;
import io.github.mediaops.core.metrics.Metric;
import io.github.mediaops.core.platform.AccountRef;
import io.github.mediaops.core.platform.Platform;
import io.github.mediaops.core.publish.PublishRequest;
import io.github.mediaops.core.publish.PublishTicket;
import io.github.mediaops.core.rules.Change;
import java.io.PrintStream;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

/**
 * The Weibo connector against the Weibo simulator on 127.0.0.1: the host hands over the user's authorisation code;
 * the connector shares a post through {@code statuses/share}, reporting what the share form removed (topics,
 * mentions), refuses a post without a safe-domain link before sending it, replies to a fan's comment and reads the
 * post's counts and the follower count.
 */
public final class WeiboTour {
    private static final String UID = "5566778899";

    private WeiboTour() {
    }

    public static void run(PrintStream out) {
        Clock clock = Clock.fixed(Instant.parse("2026-11-28T02:00:00Z"), ZoneOffset.UTC); // 10:00 in Beijing
        try (WeiboSimulator sim = WeiboSimulator.builder().clock(clock).build()) {
            sim.putUser(UID, "品牌官微", 48_600, 120);
            ConnectorConfig config = ConnectorConfig.builder()
                    .credentials(Credentials.builder().identifier("appKey", sim.appKey()).secret("appSecret", sim.appSecret()).build())
                    .baseUrl(sim.baseUrl()).clock(clock).build();
            try (WeiboConnector weibo = WeiboConnector.builder(config).redirectUri(sim.redirectUri())
                    .safeDomains("brand.example.cn").userIp("211.156.0.1").build()) {
                UserGrant grant = weibo.authorize(sim.authorizationCode(UID)); // the code from the host's redirect URI
                AccountRef account = AccountRef.of(Platform.WEIBO, grant.account());
                ContentItem post = item("#冬季新品# 今天开售，@小周也在用 已经下单 https://brand.example.cn/winter", clock);
                PublishTicket ticket = weibo.publishing().publish(PublishRequest.now(account,
                        ContentVariant.unchanged(post, Platform.WEIBO), "plan-2026-12-wb-01"));
                SharePreflight report = weibo.shareReport("plan-2026-12-wb-01").orElseThrow();
                out.println("shared " + ticket.status() + " " + ticket.live().orElseThrow().url() + ": " + report.status()
                        + " (" + report.weiboLength() + " 字)");
                for (Change c : report.changes()) {
                    out.println("  adapted: " + c.description());
                }
                try {
                    weibo.preflight(item("没有链接的一条", clock));
                } catch (ContentRejectedException e) {
                    out.println("refused before sending: " + e.violations().get(0));
                }
                String fan = "1122334455";
                sim.putUser(fan, "小周也在用", 12, 300);
                sim.addComment(ticket.ticketId(), fan, "什么时候到货？", clock.instant().plus(Duration.ofMinutes(5)));
                Comment asked = weibo.comments().comments(account, ticket.ticketId(), PageRequest.first(20)).items().get(0);
                Comment replied = weibo.comments().reply(account, asked, "下周一到货", "reply-wb-01");
                out.println("comment \"" + asked.text() + "\" " + replied.state() + ": " + replied.replies().get(0).text());
                LocalDate today = LocalDate.now(clock.withZone(WeiboConnector.ZONE));
                weibo.contentMetrics().contentMetrics(account, DateRange.day(today)).forEach(m -> out.println(
                        m.postId() + " lifetime: comments " + m.count(Metric.COMMENTS).orElseThrow() + ", reposts "
                                + m.count(Metric.SHARES).orElseThrow() + ", likes " + m.count(Metric.LIKES).orElseThrow()));
                out.println("followers " + weibo.audienceMetrics().audienceMetrics(account, DateRange.day(today)).get(0)
                        .count(AudienceMetric.FOLLOWERS_TOTAL).orElseThrow());
            }
        }
    }

    private static ContentItem item(String body, Clock clock) {
        return ContentItem.builder("wb-tour-" + body.length(), ContentKind.MICROBLOG_POST).body(body).language("zh-CN")
                .created("ops", clock.instant()).build();
    }
}
