package io.github.mediaops.connector.support;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.PropertyNamingStrategy;
import io.github.mediaops.core.InvalidValueException;
import io.github.mediaops.core.connector.AdReports;
import io.github.mediaops.core.connector.AudienceMetricsReader;
import io.github.mediaops.core.connector.Capability;
import io.github.mediaops.core.connector.Comments;
import io.github.mediaops.core.connector.ConnectorConfig;
import io.github.mediaops.core.connector.ConnectorDescriptor;
import io.github.mediaops.core.connector.ContentMetricsReader;
import io.github.mediaops.core.connector.Messaging;
import io.github.mediaops.core.connector.Notifications;
import io.github.mediaops.core.connector.PlatformConnector;
import io.github.mediaops.core.connector.Publishing;
import io.github.mediaops.core.connector.UnsupportedCapabilityException;
import io.github.mediaops.core.connector.Webhooks;
import io.github.mediaops.core.validate.Checks;
import io.github.mediaops.core.platform.Platform;
import java.net.URI;
import java.time.Duration;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The template every HTTP connector extends (as Micrometer's backends extend {@code PushMeterRegistry}):
 * the base owns the plumbing, a platform module writes only its own parts.
 *
 * <p>The base owns: the HTTP runtime (OkHttp, Jackson, Retrofit) on a base URL that is always
 * configurable ({@link ConnectorConfig#baseUrl()}); the error decoder built from the platform's
 * {@link ErrorTable}; the {@link ApiExecutor} (one attempt budget per logical call, retries of what is
 * retryable, rate limits, circuit breaker); tokens (a {@link TokenManager} over a pluggable
 * {@link TokenStore}, calling {@link #fetchToken} only when a token is missing, expiring or refused);
 * idempotency records in a pluggable {@link IdempotencyStore}; the {@link WebhookGate}; the capability
 * registry and every accessor; {@link #close()}; and the common builder options ({@link Builder}).
 *
 * <p>A platform module writes: its Retrofit API interface and wire records, its {@code ErrorTable}, the
 * capability classes that map wire records to core types, and a constructor that registers them:
 *
 * <pre>{@code
 * public final class AcmeConnector extends HttpConnector {
 *     private AcmeConnector(Builder b) {
 *         super(AcmeConnectorProvider.DESCRIPTOR, DEFAULT_BASE_URL, b, AcmeErrors.TABLE);
 *         AcmeApi api = api(AcmeApi.class);
 *         offer(Capability.NOTIFICATIONS, new AcmeNotifications(api, runtime()));
 *     }
 *     protected AccessToken fetchToken(Optional<AccessToken> previous) { ... }   // when the platform uses tokens
 * }
 * }</pre>
 *
 * <p>{@link #capabilities()} is what the constructor {@linkplain #offer offered}, always a subset of the
 * descriptor's; the accessor of anything else throws {@link UnsupportedCapabilityException}.
 */
public abstract class HttpConnector implements PlatformConnector {
    private final ConnectorDescriptor descriptor;
    private final ConnectorConfig config;
    private final String app;
    private final HttpRuntime http;
    private final ApiExecutor executor;
    private final ConnectorRuntime runtime;
    private final Map<Capability, Object> offered = new EnumMap<>(Capability.class);
    private final Map<Capability, String> withheld = new EnumMap<>(Capability.class);
    private volatile Set<Capability> capabilities = Set.of();
    private final TokenStore tokenStore;
    private final Duration tokenMargin;

    /**
     * @param descriptor     who the connector is (its provider's descriptor)
     * @param defaultBaseUrl the platform's public API host, used unless the config names another
     * @param options        the builder's common options
     * @param errors         the platform's error table
     */
    protected HttpConnector(ConnectorDescriptor descriptor, URI defaultBaseUrl, Builder<?> options, ErrorTable errors) {
        this(descriptor, defaultBaseUrl, options, errors, Optional.empty());
    }

    /**
     * As {@link #HttpConnector(ConnectorDescriptor, URI, Builder, ErrorTable)}, with the JSON property naming of
     * every wire record of the platform's API set once (e.g. {@link PropertyNamingStrategies#SNAKE_CASE} for
     * {@code media_id} from a {@code mediaId} component) instead of a {@code @JsonNaming} on each record; a
     * {@code @JsonProperty} or {@code @JsonNaming} on a record still wins.
     *
     * @param wireNaming the naming of the API's wire records
     */
    protected HttpConnector(ConnectorDescriptor descriptor, URI defaultBaseUrl, Builder<?> options, ErrorTable errors,
                            PropertyNamingStrategy wireNaming) {
        this(descriptor, defaultBaseUrl, options, errors, Optional.of(Checks.notNull(wireNaming, "wireNaming")));
    }

    private HttpConnector(ConnectorDescriptor descriptor, URI defaultBaseUrl, Builder<?> options, ErrorTable errors,
                          Optional<PropertyNamingStrategy> wireNaming) {
        this.descriptor = Checks.notNull(descriptor, "descriptor");
        Checks.notNull(options, "options");
        Checks.notNull(errors, "errors");
        this.config = options.config;
        this.app = options.app;
        this.tokenStore = options.tokenStore;
        this.tokenMargin = options.tokenMargin;
        Platform platform = descriptor.platform();
        String namespace = descriptor.id() + ":" + app;
        ErrorDecoder decoder = errors.decoder(config.clock());
        HttpRuntime.Builder http = HttpRuntime.builder(platform, Checks.notNull(defaultBaseUrl, "defaultBaseUrl"), config)
                .errorDecoder(decoder);
        wireNaming.ifPresent(naming -> http.json(Json.tolerantMapper().setPropertyNamingStrategy(naming)));
        this.http = http.build();
        TokenManager tokens = new TokenManager(namespace, options.tokenStore, this::fetchToken, config.clock(),
                options.tokenMargin);
        this.executor = new ApiExecutor(namespace, platform, tokens, options.resilience, decoder, config.clock(),
                options.callListener);
        this.runtime = new ConnectorRuntime(platform, namespace, executor, config.clock(), options.idempotencyStore,
                options.idempotencyTtl, new WebhookGate(platform, config.clock(), options.replayWindow));
    }

    /**
     * Obtains a new app token from the platform; called by the token store when a token is missing,
     * expiring within the margin or refused ({@code previous} is the one being replaced). Use
     * {@link ConnectorRuntime#readWithoutToken}. The default says the platform is called without tokens.
     */
    protected AccessToken fetchToken(Optional<AccessToken> previous) {
        throw new IllegalStateException(getClass().getSimpleName() + " uses no access token; call with readWithoutToken");
    }

    /**
     * Per-user OAuth2 tokens for platforms where each authorised account has its own token (Douyin,
     * Kuaishou, Bilibili, TikTok, YouTube), kept in the builder's {@link TokenStore} under this
     * connector's namespace with the builder's token margin. Call once, from the constructor.
     */
    protected final UserTokens userTokens(RefreshRules rules, UserTokenGrants grants) {
        return new UserTokens(descriptor.id() + ":" + app, descriptor.platform(), tokenStore, config.clock(), tokenMargin,
                rules, grants);
    }

    /** A Retrofit implementation of the platform's API interface, on the configured base URL. */
    protected final <T> T api(Class<T> type) {
        return http.create(type);
    }

    /** What capability classes call the platform with. */
    protected final ConnectorRuntime runtime() {
        return runtime;
    }

    /** The configuration the connector was built with. */
    protected final ConnectorConfig config() {
        return config;
    }

    /** The value of the app identifier named by the builder (e.g. the WeChat appId). */
    protected final String app() {
        return app;
    }

    /**
     * Registers a capability this connector instance offers. Call from the constructor, once per
     * capability; the descriptor must allow it and {@code impl} must implement its interface
     * ({@link Capability#type()}).
     */
    protected final void offer(Capability capability, Object impl) {
        Checks.notNull(capability, "capability");
        Checks.notNull(impl, "impl");
        if (!descriptor.allows(capability)) {
            throw new IllegalStateException(descriptor.id() + " offers " + capability + " but its descriptor does not list it");
        }
        if (!capability.type().isInstance(impl)) {
            throw new IllegalStateException(capability + " needs a " + capability.type().getSimpleName() + ", got "
                    + impl.getClass().getName());
        }
        if (offered.putIfAbsent(capability, impl) != null) {
            throw new IllegalStateException(capability + " is offered twice");
        }
        withheld.remove(capability);
        this.capabilities = Collections.unmodifiableSet(EnumSet.copyOf(offered.keySet()));
    }

    /**
     * Says why this instance does not offer a capability its descriptor allows (e.g. a credential is
     * missing); the accessor's {@link UnsupportedCapabilityException} then names it.
     */
    protected final void withhold(Capability capability, String why) {
        Checks.notNull(capability, "capability");
        withheld.put(capability, Checks.notBlank(why, "why"));
        this.capabilities = capabilities; // a volatile write publishes the registry to every thread
    }

    private <T> T capability(Capability capability, Class<T> type) {
        Object impl = capabilities.contains(capability) ? offered.get(capability) : null; // volatile read first
        if (impl == null) {
            String why = withheld.get(capability);
            throw why == null ? UnsupportedCapabilityException.of(platform(), capability)
                    : new UnsupportedCapabilityException(platform(), capability, capability.accessor() + " (" + why + ")");
        }
        return type.cast(impl);
    }

    /** Who this connector is: its provider's descriptor. */
    public final ConnectorDescriptor descriptor() {
        return descriptor;
    }

    @Override
    public final String id() {
        return descriptor.id();
    }

    @Override
    public final Platform platform() {
        return descriptor.platform();
    }

    @Override
    public final Set<Capability> capabilities() {
        return capabilities;
    }

    @Override
    public Publishing publishing() {
        return capability(Capability.PUBLISH, Publishing.class);
    }

    @Override
    public ContentMetricsReader contentMetrics() {
        return capability(Capability.CONTENT_METRICS, ContentMetricsReader.class);
    }

    @Override
    public AudienceMetricsReader audienceMetrics() {
        return capability(Capability.AUDIENCE_METRICS, AudienceMetricsReader.class);
    }

    @Override
    public Comments comments() {
        return capability(Capability.COMMENTS, Comments.class);
    }

    @Override
    public Messaging messaging() {
        return capability(Capability.MESSAGES, Messaging.class);
    }

    @Override
    public Webhooks webhooks() {
        return capability(Capability.WEBHOOKS, Webhooks.class);
    }

    @Override
    public AdReports adReports() {
        return capability(Capability.AD_REPORTS, AdReports.class);
    }

    @Override
    public Notifications notifications() {
        return capability(Capability.NOTIFICATIONS, Notifications.class);
    }

    /** The executor's Resilience4j registries and settings, e.g. to bind metrics. */
    public final ApiExecutor executor() {
        return executor;
    }

    /** Releases idle connections. */
    @Override
    public void close() {
        http.close();
    }

    /** Shows the connector id, the app and the base URL; never a secret. */
    @Override
    public String toString() {
        return getClass().getSimpleName() + "[" + descriptor.id() + ":" + app + ", baseUrl=" + http.baseUrl() + "]";
    }

    /**
     * The options every HTTP connector's builder has. A connector's builder extends it, passing the
     * configuration and the name of the credential identifier that names the app; it adds its
     * platform's own options and a {@code build()}.
     *
     * @param <B> the connector's builder type
     */
    public abstract static class Builder<B extends Builder<B>> {
        private final ConnectorConfig config;
        private final String app;
        private TokenStore tokenStore;
        private IdempotencyStore idempotencyStore;
        private Duration idempotencyTtl = Duration.ofDays(1);
        private ResilienceSettings resilience;
        private CallListener callListener;
        private Duration tokenMargin = Duration.ofSeconds(60);
        private Duration replayWindow = Duration.ofMinutes(5);

        /**
         * The token store, idempotency store, resilience settings and call listener start as the ones
         * {@linkplain ConnectorConfig#attachment attached} to the config, or else an {@link InMemoryTokenStore},
         * an {@link InMemoryIdempotencyStore}, {@link ResilienceSettings#defaults()} and {@link CallListener#NONE}.
         *
         * @param config        the connector configuration
         * @param appIdentifier the credential identifier that names the app (WeChat {@code appId}); its value
         *                      namespaces tokens, idempotency records and rate limits
         * @throws InvalidValueException when the credentials lack that identifier
         */
        protected Builder(ConnectorConfig config, String appIdentifier) {
            this.config = Checks.notNull(config, "config");
            this.app = config.credentials().requireIdentifier(Checks.notBlank(appIdentifier, "appIdentifier"));
            this.tokenStore = config.attachment(TokenStore.class).orElseGet(InMemoryTokenStore::new);
            this.idempotencyStore = config.attachment(IdempotencyStore.class).orElseGet(InMemoryIdempotencyStore::new);
            this.resilience = config.attachment(ResilienceSettings.class).orElseGet(ResilienceSettings::defaults);
            this.callListener = config.attachment(CallListener.class).orElse(CallListener.NONE);
        }

        /** This builder as its own type, for subclasses' fluent options. */
        @SuppressWarnings("unchecked")
        protected final B self() {
            return (B) this;
        }

        /** The configuration the builder was created with. */
        protected final ConnectorConfig config() {
            return config;
        }

        /** Where tokens live; share one {@link JdbcTokenStore} across a cluster. Default: in memory. */
        public B tokenStore(TokenStore store) {
            this.tokenStore = Checks.notNull(store, "tokenStore");
            return self();
        }

        /** Where idempotency records live; share one {@link JdbcIdempotencyStore} across a cluster. Default: in memory. */
        public B idempotencyStore(IdempotencyStore store) {
            this.idempotencyStore = Checks.notNull(store, "idempotencyStore");
            return self();
        }

        /** How long an idempotency key is remembered (default 1 day). */
        public B idempotencyTtl(Duration ttl) {
            Checks.notNull(ttl, "idempotencyTtl");
            if (ttl.isNegative() || ttl.isZero()) {
                throw new InvalidValueException("idempotencyTtl", "idempotencyTtl must be > 0 (was " + ttl + ")");
            }
            this.idempotencyTtl = ttl;
            return self();
        }

        /** Retries, rate limits and circuit breaking. Default: {@link ResilienceSettings#defaults()}. */
        public B resilience(ResilienceSettings settings) {
            this.resilience = Checks.notNull(settings, "resilience");
            return self();
        }

        /** Hears every platform call, retry, rate-limit wait and circuit-breaker change (e.g. for metrics). */
        public B callListener(CallListener listener) {
            this.callListener = Checks.notNull(listener, "callListener");
            return self();
        }

        /** A token that expires within this margin is replaced before use (default 60 s). */
        public B tokenMargin(Duration margin) {
            this.tokenMargin = Checks.notNull(margin, "tokenMargin");
            return self();
        }

        /** How far a push timestamp may be from now (default 5 minutes). */
        public B replayWindow(Duration window) {
            this.replayWindow = Checks.notNull(window, "replayWindow");
            return self();
        }

        /** Builds the connector. */
        public abstract PlatformConnector build();
    }
}
