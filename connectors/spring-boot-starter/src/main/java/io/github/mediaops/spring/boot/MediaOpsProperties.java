package io.github.mediaops.spring.boot;

import java.time.Duration;
import java.time.ZoneId;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The {@code mediaops.*} configuration: named connectors, the JDBC stores and the webhook endpoint.
 *
 * <pre>{@code
 * mediaops:
 *   connectors:
 *     wechat:                      # the connector's name in the application (a metric and health tag)
 *       provider: wechat-oa        # the ConnectorProvider id; defaults to the name
 *       base-url: https://api.weixin.qq.com/
 *       identifiers: { appId: wx1234567890 }
 *       secrets: { appSecret: ${WECHAT_APP_SECRET} }   # from the environment or any property source
 *       read-timeout: 10s
 * }</pre>
 *
 * <p>{@link #toString()} never shows a secret.
 *
 * @param connectors the connectors by name, in the order of the configuration
 * @param jdbc       the token and idempotency stores on the application's {@code DataSource}
 * @param webhooks   the webhook endpoint
 */
@ConfigurationProperties("mediaops")
public record MediaOpsProperties(Map<String, Connector> connectors, @DefaultValue Jdbc jdbc,
                                 @DefaultValue Webhooks webhooks) {

    public MediaOpsProperties {
        connectors = connectors == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(connectors));
    }

    /**
     * One connector instance.
     *
     * @param provider       the provider id ({@code wechat-oa}, {@code douyin}, ...); empty means the name
     * @param enabled        whether to create it (default true)
     * @param baseUrl        the API host instead of the platform's public one (simulator, proxy, gateway)
     * @param identifiers    public credential identifiers by the names the connector's README gives
     * @param secrets        secret credentials by name; never logged, printed or shown by the Actuator
     * @param options        the connector's documented free-form options
     * @param connectTimeout the connect timeout (default 5 s)
     * @param readTimeout    the read timeout (default 30 s)
     * @param zone           the reporting zone, when not the platform's documented one
     * @param userAgent      the User-Agent header, when not the default
     * @param resilience     retries, rate limit and circuit breaker; unset parts keep the defaults
     */
    public record Connector(String provider, @DefaultValue("true") boolean enabled, String baseUrl,
                            Map<String, String> identifiers, Map<String, String> secrets, Map<String, String> options,
                            Duration connectTimeout, Duration readTimeout, ZoneId zone, String userAgent,
                            @DefaultValue Resilience resilience) {

        public Connector {
            identifiers = identifiers == null ? Map.of() : Map.copyOf(identifiers);
            secrets = secrets == null ? Map.of() : Map.copyOf(secrets);
            options = options == null ? Map.of() : Map.copyOf(options);
        }

        /** Shows everything but the secrets' values. */
        @Override
        public String toString() {
            return "Connector{provider=" + provider + ", enabled=" + enabled + ", baseUrl=" + baseUrl + ", identifiers="
                    + identifiers + ", secrets=" + secrets.keySet() + " (values masked), options=" + options
                    + ", connectTimeout=" + connectTimeout + ", readTimeout=" + readTimeout + ", zone=" + zone
                    + ", userAgent=" + userAgent + ", resilience=" + resilience + "}";
        }
    }

    /**
     * Overrides of connector-support's {@code ResilienceSettings}; each unset value keeps its default.
     *
     * @param maxAttempts          HTTP requests per logical call, retries included
     * @param initialBackoff       the wait before the first retry
     * @param maxBackoff           the longest wait between retries
     * @param maxRetryAfter        the longest platform Retry-After that is waited for rather than handed over
     * @param rateLimit            client-side permits per {@code rateLimitPeriod} per rate key
     * @param rateLimitPeriod      the period of {@code rateLimit}
     * @param rateLimitTimeout     how long a call waits for a permit
     */
    public record Resilience(Integer maxAttempts, Duration initialBackoff, Duration maxBackoff, Duration maxRetryAfter,
                             Integer rateLimit, Duration rateLimitPeriod, Duration rateLimitTimeout) {

        boolean isDefault() {
            return maxAttempts == null && initialBackoff == null && maxBackoff == null && maxRetryAfter == null
                    && rateLimit == null && rateLimitPeriod == null && rateLimitTimeout == null;
        }
    }

    /**
     * The stores on the application's {@code DataSource}, when it has exactly one.
     *
     * @param enabled          put tokens and idempotency records in the database (default true)
     * @param createTables     create the tables when missing at start-up (default true; turn off when the
     *                         schema is managed elsewhere, e.g. by Flyway)
     * @param tokenTable       the token table (default {@code mediaops_token})
     * @param idempotencyTable the idempotency table (default {@code mediaops_idempotency})
     */
    public record Jdbc(@DefaultValue("true") boolean enabled, @DefaultValue("true") boolean createTables,
                       @DefaultValue("mediaops_token") String tokenTable,
                       @DefaultValue("mediaops_idempotency") String idempotencyTable) {
    }

    /**
     * The webhook endpoint.
     *
     * @param path         when set (e.g. {@code /mediaops/webhooks}), an endpoint at {@code <path>/<connector
     *                     name>} takes GET and POST pushes; otherwise call {@link ConnectorWebhookHandler} from
     *                     a controller of your own
     * @param maxBodyBytes the largest body read (default 1 MiB); a larger one is refused with 413 unread
     */
    public record Webhooks(String path, @DefaultValue("1048576") int maxBodyBytes) {
    }
}
