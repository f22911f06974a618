package io.github.mediaops.core.connector;

import io.github.mediaops.core.InvalidValueException;
import io.github.mediaops.core.validate.Checks;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The configuration of one connector instance: credentials, an optional base URL (to point at a
 * simulator, a proxy or a private gateway), timeouts, the platform's reporting zone, a clock, and
 * free-form options a connector documents in its README, and typed attachments: shared components a
 * connector runtime may use when the config reaches it through a {@link ConnectorProvider} (connector-support
 * reads a token store, an idempotency store, resilience settings and a call listener from them, so a host
 * such as the Spring Boot starter can hand them to any provider's connectors). Immutable; derive with
 * {@link #toBuilder()}.
 *
 * <p>{@link #toString()} masks every secret.
 */
public final class ConnectorConfig {
    private final Credentials credentials;
    private final URI baseUrl;
    private final Duration connectTimeout;
    private final Duration readTimeout;
    private final ZoneId zone;
    private final Clock clock;
    private final String userAgent;
    private final Map<String, String> options;
    private final Map<Class<?>, Object> attachments;

    private ConnectorConfig(Builder b) {
        this.credentials = Checks.notNull(b.credentials, "credentials");
        this.baseUrl = b.baseUrl;
        this.connectTimeout = positive(b.connectTimeout, "connectTimeout");
        this.readTimeout = positive(b.readTimeout, "readTimeout");
        this.zone = b.zone;
        this.clock = Checks.notNull(b.clock, "clock");
        this.userAgent = Checks.notBlank(b.userAgent, "userAgent");
        this.options = Collections.unmodifiableMap(new LinkedHashMap<>(b.options));
        this.attachments = Collections.unmodifiableMap(new LinkedHashMap<>(b.attachments));
    }

    private static Duration positive(Duration d, String field) {
        Checks.notNull(d, field);
        if (d.isNegative() || d.isZero()) {
            throw new InvalidValueException(field, field + " must be > 0 (was " + d + ")");
        }
        return d;
    }

    public static Builder builder() {
        return new Builder();
    }

    public Builder toBuilder() {
        Builder b = new Builder();
        b.credentials = credentials;
        b.baseUrl = baseUrl;
        b.connectTimeout = connectTimeout;
        b.readTimeout = readTimeout;
        b.zone = zone;
        b.clock = clock;
        b.userAgent = userAgent;
        b.options.putAll(options);
        b.attachments.putAll(attachments);
        return b;
    }

    public Credentials credentials() {
        return credentials;
    }

    /** The base URL to use instead of the platform's public one, when set. */
    public Optional<URI> baseUrl() {
        return Optional.ofNullable(baseUrl);
    }

    public Duration connectTimeout() {
        return connectTimeout;
    }

    public Duration readTimeout() {
        return readTimeout;
    }

    /** The reporting zone to assume, when set; otherwise the connector uses the platform's documented zone. */
    public Optional<ZoneId> zone() {
        return Optional.ofNullable(zone);
    }

    public Clock clock() {
        return clock;
    }

    public String userAgent() {
        return userAgent;
    }

    public Map<String, String> options() {
        return options;
    }

    public Optional<String> option(String name) {
        return Optional.ofNullable(options.get(name));
    }

    /**
     * The component attached under {@code type}, when there is one (e.g. connector-support's
     * {@code TokenStore}); a connector that knows the type uses it as its default.
     */
    public <T> Optional<T> attachment(Class<T> type) {
        Checks.notNull(type, "type");
        return Optional.ofNullable(type.cast(attachments.get(type)));
    }

    /** Shows identifiers, the base URL, timeouts, options and the types of the attachments; masks every secret. */
    @Override
    public String toString() {
        return "ConnectorConfig{credentials=" + credentials + ", baseUrl=" + baseUrl + ", connectTimeout="
                + connectTimeout + ", readTimeout=" + readTimeout + ", zone=" + zone + ", userAgent=" + userAgent
                + ", options=" + options + (attachments.isEmpty() ? "" : ", attachments="
                + attachments.keySet().stream().map(Class::getSimpleName).toList()) + "}";
    }

    /** Builds a {@link ConnectorConfig}; defaults: no credentials, 5 s connect, 30 s read, system UTC clock. */
    public static final class Builder {
        private Credentials credentials = Credentials.none();
        private URI baseUrl;
        private Duration connectTimeout = Duration.ofSeconds(5);
        private Duration readTimeout = Duration.ofSeconds(30);
        private ZoneId zone;
        private Clock clock = Clock.systemUTC();
        private String userAgent = "mediaops/0.1";
        private final Map<String, String> options = new LinkedHashMap<>();
        private final Map<Class<?>, Object> attachments = new LinkedHashMap<>();

        private Builder() {
        }

        public Builder credentials(Credentials credentials) {
            this.credentials = credentials;
            return this;
        }

        /** Overrides the platform's base URL, e.g. {@code http://127.0.0.1:8089/} for a simulator. */
        public Builder baseUrl(URI baseUrl) {
            Checks.notNull(baseUrl, "baseUrl");
            if (!"http".equals(baseUrl.getScheme()) && !"https".equals(baseUrl.getScheme())) {
                throw new InvalidValueException("baseUrl", "baseUrl must be http or https (was " + baseUrl + ")");
            }
            this.baseUrl = baseUrl;
            return this;
        }

        public Builder baseUrl(String baseUrl) {
            Checks.notBlank(baseUrl, "baseUrl");
            try {
                return baseUrl(URI.create(baseUrl));
            } catch (IllegalArgumentException e) {
                throw new InvalidValueException("baseUrl", "baseUrl is not a URI (was " + Checks.show(baseUrl) + ")");
            }
        }

        public Builder connectTimeout(Duration timeout) {
            this.connectTimeout = timeout;
            return this;
        }

        public Builder readTimeout(Duration timeout) {
            this.readTimeout = timeout;
            return this;
        }

        public Builder zone(ZoneId zone) {
            this.zone = Checks.notNull(zone, "zone");
            return this;
        }

        public Builder clock(Clock clock) {
            this.clock = clock;
            return this;
        }

        public Builder userAgent(String userAgent) {
            this.userAgent = userAgent;
            return this;
        }

        public Builder option(String name, String value) {
            options.put(Checks.notBlank(name, "option name"), Checks.notNull(value, "option " + name));
            return this;
        }

        /**
         * Attaches a shared component under its type (replacing one attached before), for connectors that
         * know the type: connector-support's {@code HttpConnector} takes its {@code TokenStore},
         * {@code IdempotencyStore}, {@code ResilienceSettings} and {@code CallListener} defaults from here.
         */
        public <T> Builder attach(Class<T> type, T component) {
            Checks.notNull(type, "type");
            attachments.put(type, type.cast(Checks.notNull(component, "attachment " + type.getSimpleName())));
            return this;
        }

        public ConnectorConfig build() {
            return new ConnectorConfig(this);
        }
    }
}
