package io.github.mediaops.connector.wechat;

import io.github.mediaops.connector.support.InMemoryTokenStore;
import io.github.mediaops.connector.support.TokenStore;
import io.github.mediaops.connector.tck.KitResilience;
import io.github.mediaops.connector.wechat.simulator.WeChatSimulator;
import io.github.mediaops.core.DateRange;
import io.github.mediaops.core.connector.ConnectorConfig;
import io.github.mediaops.core.connector.Credentials;
import io.github.mediaops.core.content.AssetLicense;
import io.github.mediaops.core.content.ContentItem;
import io.github.mediaops.core.content.ContentKind;
import io.github.mediaops.core.content.ContentVariant;
import io.github.mediaops.core.content.MediaAsset;
import io.github.mediaops.core.platform.AccountRef;
import io.github.mediaops.core.platform.Platform;
import io.github.mediaops.core.publish.PublishRequest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

/** Shared set-up for the WeChat tests: one fixed clock, the simulator's test app, fast retries. */
final class WeChatTestSupport {
    /** 2026-11-20 12:00 Beijing time: datacube data is final up to 2026-11-19. */
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-20T04:00:00Z"), ZoneOffset.UTC);
    static final LocalDate LAST_DAY = LocalDate.of(2026, 11, 19);
    static final String PUSH_TOKEN = "sim-push-token";
    static final String AES_KEY = "abcdefghijklmnopqrstuvwxyz0123456789ABCDEFG";

    private WeChatTestSupport() {
    }

    static WeChatSimulator.Builder simulator() {
        return WeChatSimulator.builder().clock(CLOCK).push(PUSH_TOKEN, AES_KEY);
    }

    static ConnectorConfig config(WeChatSimulator sim, Duration readTimeout) {
        return ConnectorConfig.builder()
                .credentials(Credentials.builder().identifier("appId", sim.appId()).secret("appSecret", sim.appSecret())
                        .secret("token", PUSH_TOKEN).secret("encodingAesKey", AES_KEY).build())
                .baseUrl(sim.baseUrl())
                .readTimeout(readTimeout)
                .clock(CLOCK)
                .option("originalId", sim.originalId())
                .build();
    }

    static WeChatConnector connector(WeChatSimulator sim, Duration readTimeout, TokenStore store) {
        return WeChatConnector.builder(config(sim, readTimeout)).tokenStore(store).resilience(KitResilience.fastRetries()).build();
    }

    static WeChatConnector connector(WeChatSimulator sim) {
        return connector(sim, Duration.ofSeconds(5), new InMemoryTokenStore());
    }

    static AccountRef account(WeChatSimulator sim) {
        return AccountRef.of(Platform.WECHAT_OFFICIAL_ACCOUNT, sim.originalId());
    }

    static DateRange lastDays(int n) {
        return DateRange.of(LAST_DAY.minusDays(n - 1L), LAST_DAY);
    }

    static Path coverFile() {
        try {
            Path p = Files.createTempFile("cover", ".jpg");
            Files.write(p, new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 1, 2, 3, 4});
            p.toFile().deleteOnExit();
            return p;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static PublishRequest publishRequest(WeChatSimulator sim, String key, String title) {
        MediaAsset cover = MediaAsset.image(coverFile().toUri(), "image/jpeg", 900, 383, 8, AssetLicense.owned("brand"));
        ContentItem item = ContentItem.builder("item-" + key, ContentKind.ARTICLE).title(title).body("<p>正文</p>")
                .summary("摘要").cover(cover).created("editor", CLOCK.instant()).build();
        return PublishRequest.now(account(sim), ContentVariant.unchanged(item, Platform.WECHAT_OFFICIAL_ACCOUNT), key);
    }
}
