package com.example.consumer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.mediaops.core.DateRange;
import io.github.mediaops.core.connector.ConnectorConfig;
import io.github.mediaops.core.connector.Connectors;
import io.github.mediaops.core.connector.Credentials;
import io.github.mediaops.core.connector.PlatformConnector;
import io.github.mediaops.core.metrics.ContentMetrics;
import io.github.mediaops.core.platform.AccountRef;
import io.github.mediaops.core.platform.Platform;
import java.io.IOException;
import java.net.URL;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Collections;
import java.util.List;
import ${wechat.simulator.package}.WeChatSimulator;
import org.junit.jupiter.api.Test;

/**
 * Runs in a host project that imports only mediaops-bom: the classes it runs on come from exactly one jar
 * each, at the versions mediaops is tested with, and a WeChat call through the connector works.
 */
class BomConsumerTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-20T04:00:00Z"), ZoneOffset.UTC);

    @Test
    void runs_on_exactly_the_tested_okhttp_okio_and_kotlin() throws IOException {
        String okhttpJar = onlySource("okhttp3/OkHttpClient.class");
        String okioJar = onlySource("okio/Buffer.class");
        String kotlinJar = onlySource("kotlin/KotlinVersion.class");
        System.out.printf("consumer resolved: OkHttp %s (%s), okio %s, kotlin-stdlib %s (%s)%n",
                okhttp3.OkHttp.VERSION, okhttpJar, okioJar, kotlin.KotlinVersion.CURRENT, kotlinJar);

        assertEquals(System.getProperty("expected.okhttp.version"), okhttp3.OkHttp.VERSION);
        assertTrue(okhttpJar.endsWith("/okhttp-jvm-" + System.getProperty("expected.okhttp.version") + ".jar"), okhttpJar);
        assertTrue(okioJar.endsWith("/okio-jvm-" + System.getProperty("expected.okio.version") + ".jar"), okioJar);
        assertEquals(System.getProperty("expected.kotlin.version"), kotlin.KotlinVersion.CURRENT.toString());
        assertTrue(kotlinJar.endsWith("/kotlin-stdlib-" + System.getProperty("expected.kotlin.version") + ".jar"), kotlinJar);
    }

    @Test
    void reads_wechat_content_metrics_through_the_discovered_connector() {
        try (WeChatSimulator simulator = WeChatSimulator.builder().clock(CLOCK).build()) {
            ConnectorConfig config = ConnectorConfig.builder()
                    .credentials(Credentials.builder().identifier("appId", simulator.appId())
                            .secret("appSecret", simulator.appSecret()).build())
                    .baseUrl(simulator.baseUrl()).clock(CLOCK).option("originalId", simulator.originalId()).build();
            try (PlatformConnector wechat = Connectors.discover().create("wechat-oa", config)) {
                AccountRef account = AccountRef.of(Platform.WECHAT_OFFICIAL_ACCOUNT, simulator.originalId());
                List<ContentMetrics> day = wechat.contentMetrics().contentMetrics(account,
                        DateRange.day(LocalDate.of(2026, 11, 19)));

                assertFalse(day.isEmpty(), "the simulator has posts on 2026-11-19");
                assertTrue(simulator.tokenRequests() >= 1, "a token was fetched over HTTP");
                assertTrue(simulator.apiRequests() >= 1, "datacube was called over HTTP");
            }
        }
    }

    /** The one class-path entry that holds {@code resource}; fails if there are none or several. */
    private static String onlySource(String resource) throws IOException {
        List<URL> sources = Collections.list(BomConsumerTest.class.getClassLoader().getResources(resource));
        assertEquals(1, sources.size(), resource + " comes from " + sources);
        String url = sources.get(0).toString();
        return url.substring(0, url.indexOf("!/")).replace('\\', '/');
    }
}
