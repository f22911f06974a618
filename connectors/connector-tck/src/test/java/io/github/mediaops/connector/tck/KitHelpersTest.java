package io.github.mediaops.connector.tck;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.mediaops.core.connector.ConnectorConfig;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class KitHelpersTest {
    @Test
    void a_kit_directory_is_new_empty_and_named_with_its_prefix() throws Exception {
        Path a = KitFiles.tempDirectory("demo-kit");
        Path b = KitFiles.tempDirectory("demo-kit");
        assertThat(a).isDirectory().isNotEqualTo(b);
        assertThat(a.getFileName().toString()).startsWith("demo-kit");
        try (var list = Files.list(a)) {
            assertThat(list).isEmpty();
        }
    }

    @Test
    void a_kit_config_names_the_credentials_as_the_connector_reads_them() {
        Clock clock = Clock.fixed(Instant.parse("2026-11-20T00:00:00Z"), ZoneOffset.UTC);
        ConnectorConfig c = KitConfigs.config(URI.create("http://127.0.0.1:9/"), "clientKey", "key-1", "clientSecret",
                "secret-1", clock, Duration.ofMillis(700));
        assertThat(c.credentials().identifier("clientKey")).contains("key-1");
        assertThat(c.credentials().requireSecret("clientSecret").reveal()).isEqualTo("secret-1");
        assertThat(c.baseUrl()).contains(URI.create("http://127.0.0.1:9/"));
        assertThat(c.readTimeout()).isEqualTo(Duration.ofMillis(700));
        assertThat(c.clock()).isSameAs(clock);
    }

    @Test
    void kit_resilience_retries_three_times_quickly_and_never_rate_limits_a_test() {
        var r = KitResilience.fastRetries();
        assertThat(r.maxAttempts()).isEqualTo(3);
        assertThat(r.initialBackoff()).isEqualTo(Duration.ofMillis(20));
        assertThat(r.maxBackoff()).isEqualTo(Duration.ofMillis(100));
        assertThat(r.maxRetryAfter()).isEqualTo(Duration.ofSeconds(2));
        assertThat(r.limitForPeriod()).isEqualTo(1000);
        assertThat(r.limitRefreshPeriod()).isEqualTo(Duration.ofSeconds(1));
    }

    @Test
    void upload_sessions_keep_owner_parts_and_consumption() {
        long[] ids = {100};
        SimulatedUploads uploads = new SimulatedUploads("ut", () -> ++ids[0]);
        String t1 = uploads.open("alice");
        String t2 = uploads.open("bob");
        assertThat(t1).isEqualTo("ut101");
        assertThat(uploads.tokens()).containsExactly("ut101", "ut102");
        SimulatedUploads.Session s = uploads.live(t1);
        assertThat(s.owner()).isEqualTo("alice");
        assertThat(s.contiguousFrom(1)).isFalse(); // nothing held yet
        assertThat(s.nextInOrder(0)).isZero();
        s.putPart(2, 10);
        s.putPart(1, 20);
        s.delivered(1);
        s.delivered(1);
        assertThat(s.contiguousFrom(1)).isTrue();
        assertThat(s.contiguousFrom(0)).isFalse();
        s.putPart(4, 5);
        assertThat(s.contiguousFrom(1)).isFalse(); // part 3 missing
        assertThat(s.nextInOrder(0)).isEqualTo(5);
        s.putPart(1, 21); // sent again: replaces
        assertThat(s.parts()).containsEntry(1, 21).hasSize(3);
        assertThat(s.deliveries()).containsEntry(1, 2);
        assertThat(uploads.liveFor(t1, "bob")).isNull();
        assertThat(uploads.liveFor(t1, "alice")).isSameAs(s);
        s.complete();
        s.use();
        assertThat(uploads.live(t1)).isNull();
        assertThat(uploads.get(t1)).isSameAs(s);
        assertThat(uploads.live("ut999")).isNull();
        assertThat(uploads.live(t2)).isNotNull();
    }
}
