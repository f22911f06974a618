package io.github.mediaops.connector.support;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.mediaops.core.connector.ErrorDetails;
import io.github.mediaops.core.connector.UnexpectedResponseException;
import io.github.mediaops.core.validate.Checks;
import io.github.mediaops.core.platform.Platform;
import java.time.Clock;
import java.time.Duration;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.function.Supplier;
import retrofit2.Call;

/**
 * What a connector's capability classes use to talk to the platform, handed out by
 * {@link HttpConnector#runtime()}: calls with the shared policy (tokens, one attempt budget per call,
 * rate limits, retries of what is retryable, typed errors), the idempotency records of creating calls,
 * the webhook gate and the clock. One per connector instance; thread-safe.
 *
 * <pre>{@code
 * ArticleList list = runtime.read("datacube/getarticlesummary", token -> api.articleSummary(token, span));
 * }</pre>
 *
 * <p>The endpoint names appear in errors and logs and select per-operation rows of the {@link ErrorTable};
 * use the path as the platform documents it.
 */
public final class ConnectorRuntime {
    private static final int MAX_CACHED_OPERATIONS = 512;
    private final Platform platform;
    private final String namespace;
    private final ApiExecutor executor;
    private final Clock clock;
    private final IdempotencyStore idempotency;
    private final Duration idempotencyTtl;
    private final ObjectMapper json;
    private final WebhookGate webhooks;
    private final Map<CallKind, Map<String, Operation>> operations = new EnumMap<>(CallKind.class);

    ConnectorRuntime(Platform platform, String namespace, ApiExecutor executor, Clock clock, IdempotencyStore idempotency,
                     Duration idempotencyTtl, WebhookGate webhooks) {
        this.platform = platform;
        this.namespace = namespace;
        this.executor = executor;
        this.clock = clock;
        this.idempotency = idempotency;
        this.idempotencyTtl = idempotencyTtl;
        this.json = Json.recordMapper();
        this.webhooks = webhooks;
        for (CallKind kind : CallKind.values()) {
            operations.put(kind, new ConcurrentHashMap<>());
        }
    }

    /** A read with the access token: retried on transient failures. */
    public <T> T read(String endpoint, Function<String, Call<T>> call) {
        return call(operation(endpoint, CallKind.READ), call);
    }

    /** A write that is safe to repeat (mark, delete, update): retried on transient failures. */
    public <T> T write(String endpoint, Function<String, Call<T>> call) {
        return call(operation(endpoint, CallKind.IDEMPOTENT_WRITE), call);
    }

    /**
     * A call that creates something (publish, reply, send): never retried by the runtime; a failure after
     * the request may have arrived is an {@link io.github.mediaops.core.connector.AmbiguousOutcomeException}.
     */
    public <T> T create(String endpoint, Function<String, Call<T>> call) {
        return call(operation(endpoint, CallKind.CREATE), call);
    }

    /** A read with a user's token ({@link UserTokens#account(String)}): retried on transient failures. */
    public <T> T read(String endpoint, TokenManager user, Function<String, Call<T>> call) {
        return executor.execute(Operation.read(endpoint, namespace), user, call);
    }

    /** A write safe to repeat, with a user's token. */
    public <T> T write(String endpoint, TokenManager user, Function<String, Call<T>> call) {
        return executor.execute(Operation.idempotentWrite(endpoint, namespace), user, call);
    }

    /** A creating call with a user's token: never retried (see {@link #create(String, Function)}). */
    public <T> T create(String endpoint, TokenManager user, Function<String, Call<T>> call) {
        return executor.execute(Operation.create(endpoint, namespace), user, call);
    }

    /** A read without the access token (token endpoints, public APIs). */
    public <T> T readWithoutToken(String endpoint, Supplier<Call<T>> call) {
        return executor.executeWithoutToken(operation(endpoint, CallKind.READ), call);
    }

    /**
     * A creating call without the access token (an event sent to a collection endpoint keyed by its own secret,
     * such as the GA4 Measurement Protocol): never retried; a failure after the request may have arrived is an
     * {@link io.github.mediaops.core.connector.AmbiguousOutcomeException}. A {@code Call<Void>} answered with
     * HTTP 204 returns {@code null}.
     */
    public <T> T createWithoutToken(String endpoint, Supplier<Call<T>> call) {
        return executor.executeWithoutToken(operation(endpoint, CallKind.CREATE), call);
    }

    /**
     * The operation of an endpoint on this connector's rate key, built once per endpoint and kind: the
     * endpoints are a connector's constants, so the cache stays small (it stops growing at
     * {@value #MAX_CACHED_OPERATIONS} entries).
     */
    private Operation operation(String endpoint, CallKind kind) {
        Map<String, Operation> cache = operations.get(kind);
        Operation op = endpoint == null ? null : cache.get(endpoint);
        if (op == null) {
            op = new Operation(endpoint, kind, List.of(namespace));
            if (cache.size() < MAX_CACHED_OPERATIONS) {
                cache.putIfAbsent(endpoint, op);
            }
        }
        return op;
    }

    /** Any call with the token, for operations with their own rate keys. */
    public <T> T call(Operation op, Function<String, Call<T>> call) {
        return executor.execute(op, call);
    }

    /**
     * Does {@code action} at most once per idempotency key in {@code scope} (e.g. {@code publish}), across
     * every connector instance that shares the {@link IdempotencyStore}: a repeat returns the first
     * result. The result is kept as JSON, so {@code type} is a record of plain values, {@code Instant}s and
     * core records made of those (e.g. {@code PublishTicket}).
     */
    public <T> T once(String scope, String key, Class<T> type, Supplier<T> action) {
        Checks.notNull(type, "type");
        Checks.notNull(action, "action");
        String record = idempotency.computeIfAbsent(key(scope, key), clock.instant(), idempotencyTtl,
                () -> write(action.get()));
        return read(record, type);
    }

    /** The record {@link #once} or {@link #remember} kept for the key, while it lives. */
    public <T> Optional<T> recalled(String scope, String key, Class<T> type) {
        Checks.notNull(type, "type");
        return idempotency.get(key(scope, key), clock.instant()).map(r -> read(r, type));
    }

    /** Replaces the record of a key (a later state of the same operation, or a second index to it). */
    public void remember(String scope, String key, Object value) {
        idempotency.put(key(scope, key), write(Checks.notNull(value, "value")), clock.instant(), idempotencyTtl);
    }

    /** Timestamp checks, refusals and de-duplication for the connector's webhook receiver. */
    public WebhookGate webhooks() {
        return webhooks;
    }

    public Clock clock() {
        return clock;
    }

    /** The platform the connector talks to. */
    public Platform platform() {
        return platform;
    }

    /** The rate key every call counts against, {@code <connector id>:<app>}. */
    public String rateKey() {
        return namespace;
    }

    /** The executor behind the calls, whose Resilience4j registries a host may bind to metrics. */
    public ApiExecutor executor() {
        return executor;
    }

    private String key(String scope, String key) {
        return namespace + ":" + Checks.notBlank(scope, "scope") + ":" + Checks.notBlank(key, "idempotencyKey");
    }

    private String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot keep a " + value.getClass().getSimpleName()
                    + " as an idempotency record: " + e.getOriginalMessage(), e);
        }
    }

    private <T> T read(String record, Class<T> type) {
        try {
            return json.readValue(record, type);
        } catch (JsonProcessingException e) {
            throw new UnexpectedResponseException("an idempotency record cannot be read as " + type.getSimpleName(),
                    ErrorDetails.builder(platform).operation("idempotency").build());
        }
    }

    @Override
    public String toString() {
        return "ConnectorRuntime[" + namespace + ", " + idempotency + "]";
    }
}
