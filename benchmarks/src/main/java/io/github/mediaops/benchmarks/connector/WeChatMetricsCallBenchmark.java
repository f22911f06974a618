package io.github.mediaops.benchmarks.connector;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import io.github.mediaops.connector.support.Json;
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
import okhttp3.HttpUrl;
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
 * request to the same simulator. Both run one HTTP exchange per operation on loopback. Compare the p0.50
 * of the two ({@code SampleTime}).
 *
 * <p>The peer {@link #rawOkHttp()} does the work any client of this endpoint must do on every call, and
 * no more: it builds the request (URL with the token it holds, the date span written by Jackson from a
 * record), sends it, refuses a non-2xx status, and binds the body with the same tolerant Jackson set-up
 * ({@link Json#tolerantMapper()}) into records of the same shape as the connector's wire records, whose
 * {@code errcode} it checks (WeChat reports errors with HTTP 200). What only the connector does (token
 * expiry check, rate limiter, circuit breaker, retry, the T+1 availability clamp, the mapping to
 * {@link ContentMetrics}) is its overhead. {@link #rawOkHttpPrebuiltTree()} is the earlier, lighter
 * peer (a request built once and reused, the body read into a {@code JsonNode} without a check), kept
 * to show what that baseline left out.
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
    private HttpUrl base;
    private String token;
    private ObjectWriter spanWriter;
    private ObjectReader listReader;

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
        this.token = token;
        base = HttpUrl.get(simulator.baseUrl().toString());
        ObjectMapper tolerant = Json.tolerantMapper();
        spanWriter = tolerant.writerFor(RawDateSpan.class);
        listReader = tolerant.readerFor(RawArticleList.class);
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
    public RawArticleList rawOkHttp() throws IOException {
        String day = DAY.start().toString();
        HttpUrl url = base.newBuilder().addPathSegments("datacube/getarticlesummary")
                .addQueryParameter("access_token", token).build();
        Request request = new Request.Builder().url(url)
                .post(RequestBody.create(spanWriter.writeValueAsBytes(new RawDateSpan(day, day)), JSON)).build();
        try (Response r = raw.newCall(request).execute()) {
            if (!r.isSuccessful()) {
                throw new IOException("HTTP " + r.code());
            }
            RawArticleList list = listReader.readValue(r.body().bytes());
            if (list.errcode() != null && list.errcode() != 0) {
                throw new IOException("errcode " + list.errcode());
            }
            return list;
        }
    }

    @Benchmark
    public JsonNode rawOkHttpPrebuiltTree() throws IOException {
        try (Response r = raw.newCall(rawRequest).execute()) {
            return mapper.readTree(r.body().bytes());
        }
    }

    /** The request body, as the connector's wire record writes it. */
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    public record RawDateSpan(String beginDate, String endDate) {
    }

    /** A getarticlesummary row, with the fields of the connector's wire record. */
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    public record RawArticleRow(String refDate, String msgid, String title, Long intPageReadUser, Long intPageReadCount,
                                Long oriPageReadUser, Long oriPageReadCount, Long shareUser, Long shareCount,
                                Long addToFavUser, Long addToFavCount, List<JsonNode> details) {
    }

    /** The answer: rows, or WeChat's errcode and errmsg. */
    public record RawArticleList(Integer errcode, String errmsg, List<RawArticleRow> list) {
    }
}
