package io.github.mediaops.spring.boot;

import io.github.mediaops.connector.support.CallListener;
import io.github.mediaops.connector.support.IdempotencyStore;
import io.github.mediaops.connector.support.ResilienceSettings;
import io.github.mediaops.connector.support.TokenStore;
import io.github.mediaops.core.InvalidValueException;
import io.github.mediaops.core.connector.ConnectorConfig;
import io.github.mediaops.core.connector.ConnectorProvider;
import io.github.mediaops.core.connector.Connectors;
import io.github.mediaops.core.connector.Credentials;
import io.github.mediaops.core.connector.PlatformConnector;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Builds the configured connectors from {@link MediaOpsProperties} and the providers in {@link Connectors}. */
final class ConnectorFactory {
    private static final Logger LOG = LoggerFactory.getLogger(ConnectorFactory.class);

    private final Connectors providers;
    private final Optional<TokenStore> tokenStore;
    private final Optional<IdempotencyStore> idempotencyStore;
    private final List<ConnectorCallListenerFactory> listeners;
    private final List<MediaOpsConnectorCustomizer> customizers;

    ConnectorFactory(Connectors providers, Optional<TokenStore> tokenStore, Optional<IdempotencyStore> idempotencyStore,
                     List<ConnectorCallListenerFactory> listeners, List<MediaOpsConnectorCustomizer> customizers) {
        this.providers = providers;
        this.tokenStore = tokenStore;
        this.idempotencyStore = idempotencyStore;
        this.listeners = List.copyOf(listeners);
        this.customizers = List.copyOf(customizers);
    }

    MediaOpsConnectors create(MediaOpsProperties properties) {
        Map<String, PlatformConnector> byName = new LinkedHashMap<>();
        Map<String, ConnectorActivity> activity = new LinkedHashMap<>();
        try {
            properties.connectors().forEach((name, p) -> {
                if (!p.enabled()) {
                    LOG.debug("connector {} is disabled", name);
                    return;
                }
                ConnectorProvider provider = provider(name, p);
                ConnectorConfig base = config(name, p);
                ConnectorActivity tracked = new ConnectorActivity(base.clock());
                List<CallListener> heard = new ArrayList<>();
                heard.add(tracked);
                base.attachment(CallListener.class).ifPresent(heard::add);
                listeners.forEach(f -> heard.add(f.listener(name, provider.descriptor())));
                ConnectorConfig config = base.toBuilder().attach(CallListener.class, CompositeCallListener.of(heard)).build();
                PlatformConnector connector = provider.create(config);
                byName.put(name, connector);
                activity.put(name, tracked);
                LOG.info("mediaops connector {} ready: {}", name, connector);
            });
        } catch (RuntimeException e) {
            byName.values().forEach(PlatformConnector::close);
            throw e;
        }
        return new MediaOpsConnectors(byName, activity);
    }

    private ConnectorProvider provider(String name, MediaOpsProperties.Connector p) {
        String id = p.provider() == null || p.provider().isBlank() ? name : p.provider();
        return providers.find(id).orElseThrow(() -> new InvalidValueException("mediaops.connectors." + name + ".provider",
                "no connector provider with id \"" + id + "\" for mediaops.connectors." + name + " (known ids: "
                        + providers.ids() + "); add the connector's module or set mediaops.connectors." + name
                        + ".provider"));
    }

    private ConnectorConfig config(String name, MediaOpsProperties.Connector p) {
        String prefix = "mediaops.connectors." + name + ".";
        Credentials.Builder credentials = Credentials.builder();
        p.identifiers().forEach(credentials::identifier);
        p.secrets().forEach((key, value) -> {
            if (value == null || value.isEmpty()) {
                throw new InvalidValueException(prefix + "secrets." + key, prefix + "secrets." + key
                        + " is empty; set it, e.g. from the environment with ${SOME_VARIABLE}");
            }
            credentials.secret(key, value);
        });
        ConnectorConfig.Builder b = ConnectorConfig.builder().credentials(credentials.build());
        if (p.baseUrl() != null && !p.baseUrl().isBlank()) {
            b.baseUrl(p.baseUrl());
        }
        if (p.connectTimeout() != null) {
            b.connectTimeout(p.connectTimeout());
        }
        if (p.readTimeout() != null) {
            b.readTimeout(p.readTimeout());
        }
        if (p.zone() != null) {
            b.zone(p.zone());
        }
        if (p.userAgent() != null) {
            b.userAgent(p.userAgent());
        }
        p.options().forEach(b::option);
        resilience(p.resilience()).ifPresent(r -> b.attach(ResilienceSettings.class, r));
        tokenStore.ifPresent(s -> b.attach(TokenStore.class, s));
        idempotencyStore.ifPresent(s -> b.attach(IdempotencyStore.class, s));
        customizers.forEach(c -> c.customize(name, b));
        return b.build();
    }

    private static Optional<ResilienceSettings> resilience(MediaOpsProperties.Resilience r) {
        if (r == null || r.isDefault()) {
            return Optional.empty();
        }
        ResilienceSettings d = ResilienceSettings.defaults();
        ResilienceSettings.Builder b = d.toBuilder();
        if (r.maxAttempts() != null) {
            b.maxAttempts(r.maxAttempts());
        }
        if (r.initialBackoff() != null) {
            b.initialBackoff(r.initialBackoff());
        }
        if (r.maxBackoff() != null) {
            b.maxBackoff(r.maxBackoff());
        }
        if (r.maxRetryAfter() != null) {
            b.maxRetryAfter(r.maxRetryAfter());
        }
        if (r.rateLimit() != null || r.rateLimitPeriod() != null) {
            b.rateLimit(r.rateLimit() != null ? r.rateLimit() : d.limitForPeriod(),
                    r.rateLimitPeriod() != null ? r.rateLimitPeriod() : d.limitRefreshPeriod());
        }
        if (r.rateLimitTimeout() != null) {
            b.rateLimitTimeout(r.rateLimitTimeout());
        }
        return Optional.of(b.build());
    }
}
