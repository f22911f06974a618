package io.github.mediaops.connector.weibo;

import io.github.mediaops.connector.tck.KitConfigs;
import io.github.mediaops.connector.tck.KitResilience;
import io.github.mediaops.connector.weibo.simulator.WeiboSimulator;
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

final class WeiboTestSupport {
    static final String UID = "5566778899";
    static final String FAN = "1122334455";
    static final AccountRef ACCOUNT = AccountRef.of(Platform.WEIBO, UID);
    static final String USER_IP = "211.156.0.1";

    private WeiboTestSupport() {
    }

    static ConnectorConfig config(URI baseUrl, String appKey, String secret, Clock clock, Duration readTimeout) {
        return KitConfigs.config(baseUrl, "appKey", appKey, "appSecret", secret, clock, readTimeout);
    }

    /** A connector on the simulator with the app's redirect URI, safe domain and a user IP. */
    static WeiboConnector.Builder builder(WeiboSimulator sim, Clock clock, Duration readTimeout) {
        return WeiboConnector.builder(config(sim.baseUrl(), sim.appKey(), sim.appSecret(), clock, readTimeout))
                .resilience(KitResilience.fastRetries()).redirectUri(sim.redirectUri()).safeDomains("brand.example.cn").userIp(USER_IP);
    }

    /** A connector whose account {@link #UID} has authorised the app. */
    static WeiboConnector authorized(WeiboSimulator sim, Clock clock) {
        WeiboConnector c = builder(sim, clock, Duration.ofSeconds(5)).build();
        c.authorize(sim.authorizationCode(UID));
        return c;
    }

    /** The account with 10,240 followers, two statuses and two comments by a fan on the newer one. */
    static String seed(WeiboSimulator sim, Clock clock) {
        Instant now = clock.instant();
        sim.putUser(UID, "品牌官微", 10_240, 88);
        sim.putUser(FAN, "小周也在用", 12, 300);
        sim.addStatus(UID, "上周的活动回顾 https://brand.example.cn/a/1", now.minus(Duration.ofDays(3)), 5, 40);
        String post = sim.addStatus(UID, "秋季新品上线 https://brand.example.cn/a/2", now.minus(Duration.ofHours(5)), 12, 230);
        sim.addComment(post, FAN, "什么时候到货？", now.minus(Duration.ofHours(4)));
        sim.addComment(post, FAN, "已下单", now.minus(Duration.ofHours(3)));
        return post;
    }

    static ContentItem post(String body, MediaAsset... media) {
        ContentItem.Builder b = ContentItem.builder("master-1", ContentKind.MICROBLOG_POST).body(body).language("zh-CN")
                .created("ops", Instant.parse("2026-11-01T00:00:00Z"));
        for (MediaAsset m : media) {
            b.addMedia(m);
        }
        return b.build();
    }

    static PublishRequest request(String key, ContentItem item) {
        return PublishRequest.now(ACCOUNT, ContentVariant.unchanged(item, Platform.WEIBO), key);
    }

    static MediaAsset image(Path dir, String name, String mime, int bytes) throws IOException {
        byte[] data = new byte[bytes];
        data[0] = (byte) 0xFF;
        Path file = Files.write(dir.resolve(name), data);
        return new MediaAsset(MediaKind.IMAGE, file.toUri(), mime, 1080, 1080, Duration.ZERO, bytes,
                AssetLicense.owned("mediaops"));
    }
}
