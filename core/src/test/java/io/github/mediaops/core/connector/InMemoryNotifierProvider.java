package io.github.mediaops.core.connector;

import io.github.mediaops.core.platform.Platform;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/** A connector found through ServiceLoader from the test class path (see META-INF/services). */
public final class InMemoryNotifierProvider implements ConnectorProvider {
    static final Platform PLATFORM = Platform.of("test-notifier", "Test notifier");
    static final String ID = "test-notifier";
    static final ConnectorDescriptor DESCRIPTOR = ConnectorDescriptor.of(ID, PLATFORM, Capability.NOTIFICATIONS);

    @Override
    public ConnectorDescriptor descriptor() {
        return DESCRIPTOR;
    }

    @Override
    public PlatformConnector create(ConnectorConfig config) {
        String channel = config.credentials().requireIdentifier("channel");
        return new Connector(channel, config);
    }

    static final class Connector implements PlatformConnector, Notifications {
        final String channel;
        final ConnectorConfig config;
        final List<Notification> delivered = new CopyOnWriteArrayList<>();
        private final Map<String, NotificationReceipt> byKey = new ConcurrentHashMap<>();

        Connector(String channel, ConnectorConfig config) {
            this.channel = channel;
            this.config = config;
        }

        @Override
        public String id() {
            return ID;
        }

        @Override
        public Platform platform() {
            return PLATFORM;
        }

        @Override
        public Set<Capability> capabilities() {
            return DESCRIPTOR.capabilities();
        }

        @Override
        public Notifications notifications() {
            return this;
        }

        @Override
        public NotificationReceipt send(Notification n) {
            return byKey.computeIfAbsent(n.idempotencyKey(), k -> {
                delivered.add(n);
                return new NotificationReceipt(channel + "-" + delivered.size(), Instant.now(config.clock()));
            });
        }
    }
}
