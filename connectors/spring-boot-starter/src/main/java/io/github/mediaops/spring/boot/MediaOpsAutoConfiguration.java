package io.github.mediaops.spring.boot;

import io.github.mediaops.connector.support.IdempotencyStore;
import io.github.mediaops.connector.support.JdbcIdempotencyStore;
import io.github.mediaops.connector.support.JdbcTokenStore;
import io.github.mediaops.connector.support.TokenStore;
import io.github.mediaops.core.connector.Connectors;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.actuate.endpoint.SanitizingFunction;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnSingleCandidate;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.health.contributor.CompositeHealthContributor;
import org.springframework.boot.health.contributor.HealthContributor;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.DispatcherServlet;

/**
 * Auto-configuration of mediaops connectors for Spring Boot 4:
 * <ul>
 *   <li>{@link Connectors}: the providers on the class path ({@link Connectors#discover()}), unless the
 *       application declares its own registry bean;</li>
 *   <li>{@link MediaOpsConnectors}: one connector per {@code mediaops.connectors.<name>} (see
 *       {@link MediaOpsProperties}), closed with the context;</li>
 *   <li>a {@link JdbcTokenStore} and a {@link JdbcIdempotencyStore} on the application's single
 *       {@code DataSource}, shared by every connector (and so by every instance of the application), unless
 *       {@code mediaops.jdbc.enabled=false} or the application declares its own {@link TokenStore} or
 *       {@link IdempotencyStore} bean; without a {@code DataSource} each connector keeps its in-memory stores;</li>
 *   <li>{@link ConnectorMetrics} when Micrometer and a {@code MeterRegistry} are there;</li>
 *   <li>a health contributor {@code mediaops} with one {@link HealthIndicator} per connector when Spring
 *       Boot's health support is there ({@code /actuator/health/mediaops/<name>});</li>
 *   <li>a {@link SanitizingFunction} that masks {@code mediaops.connectors.*.secrets.*}, and any other property
 *       holding one of those values (the environment variable a placeholder read), in the Actuator's
 *       {@code env} and {@code configprops} output, even with {@code show-values: always};</li>
 *   <li>{@link ConnectorWebhookHandler} in a servlet web application, and its endpoint at
 *       {@code mediaops.webhooks.path} when that is set.</li>
 * </ul>
 */
@AutoConfiguration(afterName = {"org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration",
        "org.springframework.boot.micrometer.metrics.autoconfigure.CompositeMeterRegistryAutoConfiguration"})
@EnableConfigurationProperties(MediaOpsProperties.class)
public class MediaOpsAutoConfiguration {

    /** The connector providers on the class path. */
    @Bean
    @ConditionalOnMissingBean
    public Connectors mediaOpsConnectorProviders() {
        return Connectors.discover();
    }

    /** The configured connectors. */
    @Bean
    @ConditionalOnMissingBean
    public MediaOpsConnectors mediaOpsConnectors(MediaOpsProperties properties, Connectors providers,
                                                 ObjectProvider<TokenStore> tokenStore,
                                                 ObjectProvider<IdempotencyStore> idempotencyStore,
                                                 ObjectProvider<ConnectorCallListenerFactory> listeners,
                                                 ObjectProvider<MediaOpsConnectorCustomizer> customizers) {
        return new ConnectorFactory(providers, Optional.ofNullable(tokenStore.getIfUnique()),
                Optional.ofNullable(idempotencyStore.getIfUnique()), listeners.orderedStream().toList(),
                customizers.orderedStream().toList()).create(properties);
    }

    /** The token and idempotency stores on the application's DataSource. */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnSingleCandidate(DataSource.class)
    @ConditionalOnProperty(prefix = "mediaops.jdbc", name = "enabled", havingValue = "true", matchIfMissing = true)
    static class JdbcStores {

        @Bean
        @ConditionalOnMissingBean(TokenStore.class)
        JdbcTokenStore mediaOpsTokenStore(DataSource dataSource, MediaOpsProperties properties) {
            JdbcTokenStore store = new JdbcTokenStore(dataSource, properties.jdbc().tokenTable());
            return properties.jdbc().createTables() ? store.createTableIfMissing() : store;
        }

        @Bean
        @ConditionalOnMissingBean(IdempotencyStore.class)
        JdbcIdempotencyStore mediaOpsIdempotencyStore(DataSource dataSource, MediaOpsProperties properties) {
            JdbcIdempotencyStore store = new JdbcIdempotencyStore(dataSource, properties.jdbc().idempotencyTable());
            return properties.jdbc().createTables() ? store.createTableIfMissing() : store;
        }
    }

    /** Micrometer meters of every platform call. */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(MeterRegistry.class)
    @ConditionalOnBean(MeterRegistry.class)
    static class MeterBinding {

        @Bean
        @ConditionalOnMissingBean
        ConnectorMetrics mediaOpsConnectorMetrics(MeterRegistry registry) {
            return new ConnectorMetrics(registry);
        }
    }

    /** One health indicator per connector, under the contributor {@code mediaops}. */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(HealthIndicator.class)
    static class HealthIndicators {

        @Bean(name = "mediaopsHealthContributor")
        @ConditionalOnMissingBean(name = "mediaopsHealthContributor")
        CompositeHealthContributor mediaopsHealthContributor(MediaOpsConnectors connectors) {
            Map<String, HealthContributor> each = new LinkedHashMap<>();
            connectors.asMap().forEach((name, c) -> each.put(name, new ConnectorHealthIndicator(c, connectors.activity(name))));
            return CompositeHealthContributor.fromMap(each);
        }
    }

    /** Masks connector secrets in the Actuator's env and configprops endpoints. */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(SanitizingFunction.class)
    static class Sanitizing {
        /** {@code mediaops.connectors.<name>.secrets...}, also as an environment variable name. */
        static final Pattern SECRET_KEY = Pattern.compile("mediaops[._]connectors[._].+[._]secrets([._\\[].*)?",
                Pattern.CASE_INSENSITIVE);

        /**
         * Masks every {@code mediaops.connectors.*.secrets.*} property, and every other property whose value is
         * one of those secrets (the environment variable or vault entry a placeholder took it from).
         */
        @Bean
        SanitizingFunction mediaOpsSecretsSanitizer(MediaOpsProperties properties) {
            Set<String> secrets = properties.connectors().values().stream().flatMap(c -> c.secrets().values().stream())
                    .filter(v -> v != null && !v.isEmpty()).collect(Collectors.toUnmodifiableSet());
            return data -> SECRET_KEY.matcher(data.getKey()).matches()
                    || (data.getValue() != null && secrets.contains(data.getValue().toString()))
                    ? data.withSanitizedValue() : data;
        }
    }

    /** The webhook helper and, with {@code mediaops.webhooks.path}, its endpoint. */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
    @ConditionalOnClass(DispatcherServlet.class)
    static class Webhooks {

        @Bean
        @ConditionalOnMissingBean
        ConnectorWebhookHandler mediaOpsWebhookHandler(MediaOpsConnectors connectors, ApplicationEventPublisher events,
                                                       MediaOpsProperties properties) {
            return new ConnectorWebhookHandler(connectors, events, properties.webhooks().maxBodyBytes());
        }

        @Bean
        @ConditionalOnProperty(prefix = "mediaops.webhooks", name = "path")
        WebhookEndpoint mediaOpsWebhookEndpoint(ConnectorWebhookHandler handler) {
            return new WebhookEndpoint(handler);
        }
    }
}
