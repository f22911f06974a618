package io.github.mediaops.core.connector;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.mediaops.core.InvalidValueException;
import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConnectorsTest {
    private static final ConnectorConfig CONFIG = ConnectorConfig.builder()
            .credentials(Credentials.builder().identifier("channel", "ops-alerts").build())
            .clock(Clock.fixed(Instant.parse("2026-11-28T01:00:00Z"), ZoneOffset.UTC))
            .build();

    @Test
    void discovers_a_provider_from_the_class_path_and_calls_it_through_the_spi() {
        Connectors connectors = Connectors.discover();
        assertThat(connectors.ids()).contains("test-notifier");

        PlatformConnector connector = connectors.create("test-notifier", CONFIG);
        assertThat(connector.capabilities()).containsExactly(Capability.NOTIFICATIONS);
        NotificationReceipt receipt = connector.notifications()
                .send(new Notification("ops-alerts", "负面舆情升高", "近 1 小时负面占比 18%", "alert-42"));
        NotificationReceipt again = connector.notifications()
                .send(new Notification("ops-alerts", "负面舆情升高", "近 1 小时负面占比 18%", "alert-42"));

        assertThat(receipt.id()).isEqualTo("ops-alerts-1");
        assertThat(receipt.sentAt()).isEqualTo(Instant.parse("2026-11-28T01:00:00Z"));
        assertThat(again).as("same idempotency key delivers once").isEqualTo(receipt);
        assertThat(((InMemoryNotifierProvider.Connector) connector).delivered).hasSize(1);
    }

    @Test
    void capabilities_a_connector_lacks_throw_the_typed_error() {
        PlatformConnector connector = Connectors.discover().create("test-notifier", CONFIG);
        assertThatThrownBy(connector::publishing)
                .isInstanceOf(UnsupportedCapabilityException.class)
                .hasMessageContaining("publishing()").hasMessageContaining("Test notifier")
                .satisfies(e -> {
                    UnsupportedCapabilityException u = (UnsupportedCapabilityException) e;
                    assertThat(u.capability()).isEqualTo(Capability.PUBLISH);
                    assertThat(u.retryable()).isFalse();
                    assertThat(u.platform().id()).isEqualTo("test-notifier");
                });
        for (var accessor : new Runnable[] {connector::contentMetrics, connector::audienceMetrics, connector::comments,
                connector::messaging, connector::webhooks, connector::adReports}) {
            assertThatThrownBy(accessor::run).isInstanceOf(UnsupportedCapabilityException.class);
        }
    }

    @Test
    void duplicate_ids_found_by_discovery_fail_clearly(@TempDir Path dir) throws IOException {
        Path services = dir.resolve("META-INF/services");
        Files.createDirectories(services);
        Files.writeString(services.resolve(ConnectorProvider.class.getName()),
                DuplicateAProvider.class.getName() + "\n" + DuplicateBProvider.class.getName() + "\n",
                StandardCharsets.UTF_8);
        try (URLClassLoader loader = new URLClassLoader(new URL[] {dir.toUri().toURL()}, getClass().getClassLoader())) {
            assertThatThrownBy(() -> Connectors.discover(loader))
                    .isInstanceOf(ConnectorRegistryException.class)
                    .hasMessageContaining("duplicate connector id \"dup\"")
                    .hasMessageContaining(DuplicateAProvider.class.getName())
                    .hasMessageContaining(DuplicateBProvider.class.getName());
        }
    }

    @Test
    void duplicate_ids_registered_explicitly_fail_clearly() {
        assertThatThrownBy(() -> Connectors.of(new DuplicateAProvider(), new DuplicateBProvider()))
                .isInstanceOf(ConnectorRegistryException.class).hasMessageContaining("\"dup\"");
        Connectors one = Connectors.of(new DuplicateAProvider());
        assertThatThrownBy(() -> one.with(new DuplicateBProvider())).isInstanceOf(ConnectorRegistryException.class);
    }

    @Test
    void no_provider_at_all_fails_clearly() throws IOException {
        try (URLClassLoader empty = new URLClassLoader(new URL[0], null)) {
            assertThatThrownBy(() -> Connectors.discover(empty))
                    .isInstanceOf(ConnectorRegistryException.class)
                    .hasMessageContaining("no ConnectorProvider found")
                    .hasMessageContaining("META-INF/services/io.github.mediaops.core.connector.ConnectorProvider");
        }
    }

    @Test
    void unknown_ids_name_the_known_ones() {
        Connectors connectors = Connectors.of(new InMemoryNotifierProvider());
        assertThat(connectors.find("wechat-oa")).isEmpty();
        assertThatThrownBy(() -> connectors.create("wechat-oa", CONFIG))
                .isInstanceOf(ConnectorRegistryException.class)
                .hasMessageContaining("\"wechat-oa\"").hasMessageContaining("[test-notifier]");
    }

    @Test
    void a_provider_that_cannot_load_fails_clearly(@TempDir Path dir) throws IOException {
        Path services = dir.resolve("META-INF/services");
        Files.createDirectories(services);
        Files.writeString(services.resolve(ConnectorProvider.class.getName()), "com.example.Missing\n");
        try (URLClassLoader loader = new URLClassLoader(new URL[] {dir.toUri().toURL()}, null)) {
            assertThatThrownBy(() -> Connectors.discover(loader))
                    .isInstanceOf(ConnectorRegistryException.class)
                    .hasMessageContaining("could not be loaded").hasMessageContaining("com.example.Missing");
        }
    }

    @Test
    void missing_credentials_are_named_without_values() {
        ConnectorConfig noChannel = ConnectorConfig.builder()
                .credentials(Credentials.builder().secret("token", "s3cr3t-value").build()).build();
        assertThatThrownBy(() -> Connectors.of(new InMemoryNotifierProvider()).create("test-notifier", noChannel))
                .isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("\"channel\"").hasMessageContaining("token")
                .hasMessageNotContaining("s3cr3t-value");
    }
}
