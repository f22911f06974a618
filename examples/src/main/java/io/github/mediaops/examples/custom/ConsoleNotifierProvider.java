package io.github.mediaops.examples.custom;

import io.github.mediaops.core.connector.Capability;
import io.github.mediaops.core.connector.ConnectorConfig;
import io.github.mediaops.core.connector.ConnectorDescriptor;
import io.github.mediaops.core.connector.ConnectorProvider;
import io.github.mediaops.core.connector.Notification;
import io.github.mediaops.core.connector.NotificationReceipt;
import io.github.mediaops.core.connector.Notifications;
import io.github.mediaops.core.connector.PlatformConnector;
import io.github.mediaops.core.platform.Platform;
import java.io.PrintStream;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A complete custom connector in one file: a "platform" that delivers notifications to the console.
 * It shows the three things a connector author writes: a {@link ConnectorProvider} (listed in
 * {@code META-INF/services/io.github.mediaops.core.connector.ConnectorProvider} so that
 * {@code Connectors.discover()} finds it), a {@link PlatformConnector} that lists its capabilities, and
 * the capability interface it implements ({@link Notifications}), idempotent by key.
 */
public final class ConsoleNotifierProvider implements ConnectorProvider {
    /** A custom platform: an open value, not one of the well-known constants. */
    public static final Platform CONSOLE = Platform.of("console", "Console notifier");
    static final String ID = "console";
    /** Who it is, declared once: id, platform and what its connectors may offer. */
    static final ConnectorDescriptor DESCRIPTOR = ConnectorDescriptor.of(ID, CONSOLE, Capability.NOTIFICATIONS);

    @Override
    public ConnectorDescriptor descriptor() {
        return DESCRIPTOR;
    }

    @Override
    public PlatformConnector create(ConnectorConfig config) {
        return new ConsoleNotifier(System.out, config.clock());
    }

    /** Prints each notification once per idempotency key. */
    static final class ConsoleNotifier implements PlatformConnector, Notifications {
        private final PrintStream out;
        private final Clock clock;
        private final Map<String, NotificationReceipt> sent = new ConcurrentHashMap<>();
        private final AtomicInteger counter = new AtomicInteger();

        ConsoleNotifier(PrintStream out, Clock clock) {
            this.out = out;
            this.clock = clock;
        }

        @Override
        public String id() {
            return ID;
        }

        @Override
        public Platform platform() {
            return CONSOLE;
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
            return sent.computeIfAbsent(n.idempotencyKey(), key -> {
                out.printf("    [%s] %s: %s%n", n.destination(), n.title(), n.body());
                return new NotificationReceipt("console-" + counter.incrementAndGet(), Instant.now(clock));
            });
        }
    }
}
