package io.github.mediaops.connector.support;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.mediaops.core.connector.ConnectorConfig;
import io.github.mediaops.core.validate.Checks;
import io.github.mediaops.core.platform.Platform;
import java.net.Proxy;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import okhttp3.Interceptor;
import okhttp3.OkHttpClient;
import retrofit2.Retrofit;

/**
 * The HTTP plumbing of one connector instance: an OkHttp client (timeouts, user agent, proxy, redacted
 * debug logging, no silent re-sending of requests), a tolerant Jackson mapper and a Retrofit instance
 * whose converters run the platform's {@link ErrorDecoder} on every body, on the base URL from
 * {@link ConnectorConfig#baseUrl()} or the platform's default.
 *
 * <p>OkHttp's {@code retryOnConnectionFailure} is switched off: OkHttp would otherwise re-send a POST
 * whose connection failed, and a publish could go out twice. Retries are decided by {@link ApiExecutor}.
 */
final class HttpRuntime implements AutoCloseable {
    private final Platform platform;
    private final OkHttpClient http;
    private final ObjectMapper json;
    private final Retrofit retrofit;
    private final URI baseUrl;

    private HttpRuntime(Builder b) {
        this.platform = b.platform;
        this.json = b.json != null ? b.json : Json.tolerantMapper();
        URI base = b.config.baseUrl().orElse(b.defaultBaseUrl);
        String s = base.toString();
        this.baseUrl = URI.create(s.endsWith("/") ? s : s + "/");
        String userAgent = b.config.userAgent();
        OkHttpClient.Builder ok = (b.sharedClient != null ? b.sharedClient.newBuilder() : new OkHttpClient.Builder())
                .connectTimeout(b.config.connectTimeout().toMillis(), TimeUnit.MILLISECONDS)
                .readTimeout(b.config.readTimeout().toMillis(), TimeUnit.MILLISECONDS)
                .writeTimeout(b.config.readTimeout().toMillis(), TimeUnit.MILLISECONDS)
                .retryOnConnectionFailure(false)
                .followRedirects(false)
                .addInterceptor(chain -> chain.proceed(chain.request().newBuilder().header("User-Agent", userAgent).build()));
        if (b.proxy != null) {
            ok.proxy(b.proxy);
        }
        for (Interceptor i : b.interceptors) {
            ok.addInterceptor(i);
        }
        ok.addNetworkInterceptor(new RedactingLoggingInterceptor("io.github.mediaops.connector." + platform.id() + ".http",
                b.redactor));
        this.http = ok.build();
        this.retrofit = new Retrofit.Builder()
                .baseUrl(this.baseUrl.toString())
                .client(http)
                .addConverterFactory(new DecodingConverterFactory(json, Checks.notNull(b.errorDecoder, "errorDecoder"), platform))
                .build();
    }

    public static Builder builder(Platform platform, URI defaultBaseUrl, ConnectorConfig config) {
        return new Builder(platform, defaultBaseUrl, config);
    }

    /** A Retrofit implementation of a platform's API interface. */
    public <T> T create(Class<T> api) {
        return retrofit.create(Checks.notNull(api, "api"));
    }

    public OkHttpClient http() {
        return http;
    }

    public ObjectMapper json() {
        return json;
    }

    public Platform platform() {
        return platform;
    }

    /** The base URL in use, always ending in {@code /}. */
    public URI baseUrl() {
        return baseUrl;
    }

    /** Closes idle connections; the dispatcher's threads end by themselves. */
    @Override
    public void close() {
        http.connectionPool().evictAll();
    }

    @Override
    public String toString() {
        return "HttpRuntime[" + platform.id() + " " + baseUrl + "]";
    }

    /** Builds an {@link HttpRuntime}; an {@link ErrorDecoder} is required. */
    public static final class Builder {
        private final Platform platform;
        private final URI defaultBaseUrl;
        private final ConnectorConfig config;
        private ErrorDecoder errorDecoder;
        private ObjectMapper json;
        private Proxy proxy;
        private OkHttpClient sharedClient;
        private Redactor redactor = Redactor.defaults();
        private final List<Interceptor> interceptors = new ArrayList<>();

        private Builder(Platform platform, URI defaultBaseUrl, ConnectorConfig config) {
            this.platform = Checks.notNull(platform, "platform");
            this.defaultBaseUrl = Checks.notNull(defaultBaseUrl, "defaultBaseUrl");
            this.config = Checks.notNull(config, "config");
        }

        public Builder errorDecoder(ErrorDecoder decoder) {
            this.errorDecoder = Checks.notNull(decoder, "errorDecoder");
            return this;
        }

        public Builder json(ObjectMapper mapper) {
            this.json = Checks.notNull(mapper, "json");
            return this;
        }

        public Builder proxy(Proxy proxy) {
            this.proxy = Checks.notNull(proxy, "proxy");
            return this;
        }

        /** Shares the connection pool and dispatcher of a host's client (its settings are then adjusted). */
        public Builder sharedClient(OkHttpClient client) {
            this.sharedClient = Checks.notNull(client, "client");
            return this;
        }

        public Builder redactor(Redactor redactor) {
            this.redactor = Checks.notNull(redactor, "redactor");
            return this;
        }

        public Builder addInterceptor(Interceptor interceptor) {
            interceptors.add(Checks.notNull(interceptor, "interceptor"));
            return this;
        }

        public HttpRuntime build() {
            return new HttpRuntime(this);
        }
    }
}
