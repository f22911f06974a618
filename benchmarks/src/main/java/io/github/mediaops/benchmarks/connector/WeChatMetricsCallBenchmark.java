package io.github.mediaops.benchmarks.connector;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.mediaops.connector.support.ResilienceSettings;
import io.github.mediaops.connector.wechat.simulator.WeChatSimulator;
import io.github.mediaops.connector.wechat.WeChatConnector;
import io.github.mediaops.core.DateRange;
import io.github.mediaops.core.connector.ConnectorConfig;
import io.github.mediaops.core.connector.Credentials;
import io.github.mediaops.core.metrics.ContentMetrics;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.TimeUnit;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Overhead of one WeChat content-metrics call through the connector (token manager, rate limiter,
 * circuit breaker, retry decorator, error decoding of the 200 body, tolerant DTO mapping, mapping to
 * {@link ContentMetrics}) against the peer: a raw OkHttp POST of the same {@code datacube/getarticlesummary}
 * request to the same simulator, with the body parsed by Jackson into a tree. Both run one HTTP
 * exchange per operation on loopback. Compare the p0.50 of the two ({@code SampleTime}).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 2)
@Fork(1)
public class WeChatMetricsCallBenchmark {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-20T04:00:00Z"), ZoneOffset.UTC);
    private static final DateRange DAY = DateRange.day(LocalDate.of(2026, 11, 19));
    private static final MediaType JSON = MediaType.get("application/json; charset=utf-8");

    private WeChatSimulator simulator;
    private WeChatConnector connector;
    private OkHttpClient raw;
    private ObjectMapper mapper;
    private Request rawRequest;

    @Setup(Level.Trial)
    public void start() throws IOException {
        simulator = WeChatSimulator.builder().clock(CLOCK).build();
        ConnectorConfig config = ConnectorConfig.builder()
                .credentials(Credentials.builder().identifier("appId", simulator.appId())
                        .secret("appSecret", simulator.appSecret()).build())
                .baseUrl(simulator.baseUrl()).clock(CLOCK).option("originalId", simulator.originalId()).build();
        connector = WeChatConnector.builder(config).lifetimeMetrics(false)
                .resilience(ResilienceSettings.builder().rateLimit(1_000_000, Duration.ofSeconds(1)).build()).build();
        connector.contentMetrics().contentMetrics(connector.account(), DAY);

        raw = new OkHttpClient();
        mapper = new ObjectMapper();
        String tokenBody = "{\"grant_type\":\"client_credential\",\"appid\":\"" + simulator.appId() + "\",\"secret\":\""
                + simulator.appSecret() + "\",\"force_refresh\":false}";
        String token;
        try (Response r = raw.newCall(new Request.Builder().url(simulator.baseUrl() + "cgi-bin/stable_token")
                .post(RequestBody.create(tokenBody, JSON)).build()).execute()) {
            token = mapper.readTree(r.body().bytes()).get("access_token").asText();
        }
        rawRequest = new Request.Builder()
                .url(simulator.baseUrl() + "datacube/getarticlesummary?access_token=" + token)
                .post(RequestBody.create("{\"begin_date\":\"2026-11-19\",\"end_date\":\"2026-11-19\"}", JSON)).build();
    }

    @TearDown(Level.Trial)
    public void stop() {
        connector.close();
        raw.connectionPool().evictAll();
        simulator.close();
    }

    @Benchmark
    public List<ContentMetrics> connector() {
        return connector.contentMetrics().contentMetrics(connector.account(), DAY);
    }

    @Benchmark
    public JsonNode rawOkHttp() throws IOException {
        try (Response r = raw.newCall(rawRequest).execute()) {
            return mapper.readTree(r.body().bytes());
        }
    }
}
