package io.github.mediaops.connector.support;

import io.github.mediaops.core.connector.AmbiguousOutcomeException;
import io.github.mediaops.core.connector.AuthenticationException;
import io.github.mediaops.core.connector.ConnectorException;
import io.github.mediaops.core.connector.ErrorDetails;
import io.github.mediaops.core.connector.RateLimitedException;
import io.github.mediaops.core.connector.TransientPlatformException;
import io.github.mediaops.core.connector.UnexpectedResponseException;
import io.github.mediaops.core.validate.Checks;
import io.github.mediaops.core.platform.Platform;
import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import io.github.resilience4j.core.IntervalBiFunction;
import io.github.resilience4j.ratelimiter.RateLimiter;
import io.github.resilience4j.ratelimiter.RateLimiterConfig;
import io.github.resilience4j.ratelimiter.RateLimiterRegistry;
import io.github.resilience4j.ratelimiter.RequestNotPermitted;
import io.github.resilience4j.retry.Retry;
import io.github.resilience4j.retry.RetryConfig;
import io.github.resilience4j.retry.RetryRegistry;
import java.io.IOException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.io.InterruptedIOException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.UnknownHostException;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Function;
import java.util.function.Supplier;
import okhttp3.ResponseBody;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import retrofit2.Call;
import retrofit2.Invocation;
import retrofit2.Response;

/**
 * Runs platform calls with the shared policy: client-side rate limiting per rate key, a circuit breaker
 * per connector, retries of retryable failures only (never of {@link CallKind#CREATE} calls) with
 * exponential backoff, jitter and Retry-After, and token handling: a token-expired answer makes it
 * refresh the token once (single-flight through the {@link TokenManager}) and retry once; a second
 * refusal goes to the caller, so there are no refresh loops.
 *
 * <p>One logical call has one attempt budget: at most {@link ResilienceSettings#maxAttempts()} HTTP
 * requests in all, whatever it needs on the way, plus the single repeat of the call after a token
 * refresh. Work nested inside a call on the same thread (the token fetch a data call triggers) spends
 * the caller's budget and is not retried by itself; the caller's retry repeats it when that can help. A failure whose retry-after is longer than
 * {@link ResilienceSettings#maxRetryAfter()} (WeChat's "retry next minute", a daily quota) goes to the
 * caller at once with its retry-after; it is never retried through.
 *
 * <p>The Resilience4j registries are exposed so that a host can bind their metrics (e.g. with
 * resilience4j-micrometer).
 */
public final class ApiExecutor {
    private static final Logger LOG = LoggerFactory.getLogger(ApiExecutor.class);
    private final Platform platform;
    private final TokenManager tokens;
    private final ResilienceSettings settings;
    private final ErrorDecoder decoder;
    private final Clock clock;
    private final RetryRegistry retryRegistry;
    private final RateLimiterRegistry rateLimiterRegistry;
    private final CircuitBreakerRegistry circuitBreakerRegistry;
    private final Retry retry;
    private final CircuitBreaker circuitBreaker;
    private final RateLimiterConfig rateLimiterConfig;
    private final ThreadLocal<Budget> budget = new ThreadLocal<>();
    /** The endpoint of the exchange running on this thread, for errors decoded on a templated path. */
    private static final ThreadLocal<String> EXCHANGING = new ThreadLocal<>();
    private final Map<String, RateLimiter> limiters = new ConcurrentHashMap<>();
    private final CallListener listener;

    /** The HTTP requests one logical call may still send, those it sent, and the last failure it saw. */
    private static final class Budget {
        int left;
        int sent;
        ConnectorException last;

        Budget(int left) {
            this.left = left;
        }
    }

    /**
     * @param name     names the retry and circuit breaker in the registries, e.g. {@code wechat-oa:wx123}
     * @param tokens   the token manager, or {@code null} for platforms called without tokens
     * @param decoder  the platform's error decoder (also used for non-2xx bodies)
     */
    ApiExecutor(String name, Platform platform, TokenManager tokens, ResilienceSettings settings,
                       ErrorDecoder decoder, Clock clock) {
        this(name, platform, tokens, settings, decoder, clock, CallListener.NONE);
    }

    /** As above, telling {@code listener} about every call, retry, rate-limit wait and circuit-breaker change. */
    ApiExecutor(String name, Platform platform, TokenManager tokens, ResilienceSettings settings,
                       ErrorDecoder decoder, Clock clock, CallListener listener) {
        Checks.notBlank(name, "name");
        this.listener = Checks.notNull(listener, "listener");
        this.platform = Checks.notNull(platform, "platform");
        this.tokens = tokens;
        this.settings = Checks.notNull(settings, "settings");
        this.decoder = Checks.notNull(decoder, "decoder");
        this.clock = Checks.notNull(clock, "clock");
        IntervalBiFunction<Object> interval = (attempt, outcome) -> {
            long base = settings.baseBackoff(attempt).toMillis();
            double spread = settings.jitter() * base;
            long wait = Math.round(base - spread + ThreadLocalRandom.current().nextDouble() * 2 * spread);
            if (outcome.isLeft() && outcome.getLeft() instanceof ConnectorException ce && ce.retryAfter().isPresent()) {
                wait = Math.max(wait, ce.retryAfter().get().toMillis());
            }
            return Math.max(0, wait);
        };
        RetryConfig retryConfig = RetryConfig.custom()
                .maxAttempts(settings.maxAttempts())
                .intervalBiFunction(interval)
                .retryOnException(t -> retryable(t) && budgetLeft())
                .failAfterMaxAttempts(false)
                .build();
        this.retryRegistry = RetryRegistry.of(retryConfig);
        this.retry = retryRegistry.retry(name);
        CircuitBreakerConfig cbConfig = CircuitBreakerConfig.custom()
                .failureRateThreshold(settings.failureRateThreshold())
                .slidingWindowSize(settings.slidingWindowSize())
                .minimumNumberOfCalls(settings.minimumNumberOfCalls())
                .waitDurationInOpenState(settings.waitInOpenState())
                .recordException(e -> e instanceof TransientPlatformException || e instanceof AmbiguousOutcomeException)
                .build();
        this.circuitBreakerRegistry = CircuitBreakerRegistry.of(cbConfig);
        this.circuitBreaker = circuitBreakerRegistry.circuitBreaker(name);
        if (listener != CallListener.NONE) {
            circuitBreaker.getEventPublisher().onStateTransition(e -> notify("circuitBreakerChanged",
                    () -> listener.circuitBreakerChanged(e.getCircuitBreakerName(), e.getStateTransition().getFromState(),
                            e.getStateTransition().getToState())));
        }
        this.rateLimiterConfig = RateLimiterConfig.custom()
                .limitForPeriod(settings.limitForPeriod())
                .limitRefreshPeriod(settings.limitRefreshPeriod())
                .timeoutDuration(settings.rateLimitTimeout())
                .build();
        this.rateLimiterRegistry = RateLimiterRegistry.of(rateLimiterConfig);
    }

    /** The rate limiter of a key, looked up in the registry once and then kept (every call needs it). */
    private RateLimiter limiter(String key) {
        RateLimiter limiter = limiters.get(key);
        if (limiter == null) {
            limiter = rateLimiterRegistry.rateLimiter(key, rateLimiterConfig);
            limiters.putIfAbsent(key, limiter);
        }
        return limiter;
    }

    private boolean budgetLeft() {
        Budget b = budget.get();
        return b == null || b.left > 0;
    }

    private boolean retryable(Throwable t) {
        if (!(t instanceof ConnectorException ce) || !ce.retryable()) {
            return false;
        }
        if (ce instanceof AuthenticationException || ce instanceof AmbiguousOutcomeException) {
            return false;
        }
        if (ce.getCause() instanceof CallNotPermittedException || ce.getCause() instanceof RequestNotPermitted) {
            return false;
        }
        return ce.retryAfter().map(d -> d.compareTo(settings.maxRetryAfter()) <= 0).orElse(true);
    }

    /**
     * Runs a call that needs the access token.
     *
     * @param call builds the Retrofit call for a token value (pass it as the platform wants it)
     * @return the decoded body
     */
    public <T> T execute(Operation op, Function<String, Call<T>> call) {
        Checks.notNull(op, "op");
        Checks.notNull(call, "call");
        if (tokens == null) {
            throw new IllegalStateException("this executor has no token manager; use executeWithoutToken");
        }
        return decorate(op, () -> withToken(op, tokens, call));
    }

    /**
     * Runs a call with the token of {@code tokens} instead of the app token: a user's token from
     * {@link UserTokens#account(String)}. Refresh and retry rules are those of {@link #execute(Operation, Function)}.
     */
    public <T> T execute(Operation op, TokenManager tokens, Function<String, Call<T>> call) {
        Checks.notNull(op, "op");
        Checks.notNull(tokens, "tokens");
        Checks.notNull(call, "call");
        return decorate(op, () -> withToken(op, tokens, call));
    }

    /** Runs a call that carries no token (token endpoints, webhooks, public APIs). */
    public <T> T executeWithoutToken(Operation op, Supplier<Call<T>> call) {
        Checks.notNull(op, "op");
        Checks.notNull(call, "call");
        return decorate(op, () -> once(op, call.get()));
    }

    private <T> T withToken(Operation op, TokenManager tokens, Function<String, Call<T>> call) {
        AccessToken token = tokens.current();
        try {
            return once(op, call.apply(token.token().reveal()));
        } catch (AuthenticationException e) {
            if (!e.tokenExpired()) {
                throw e;
            }
            AccessToken fresh = tokens.rejected(token);
            Budget b = budget.get();
            if (b != null) {
                b.left = Math.max(b.left, 0) + 1; // the one repeat after a refresh is not a retry
            }
            return once(op, call.apply(fresh.token().reveal()));
        }
    }

    private <T> T decorate(Operation op, Supplier<T> attempt) {
        Supplier<T> limited = () -> {
            for (String key : op.rateKeys()) {
                RateLimiter limiter = limiter(key);
                long start = System.nanoTime();
                try {
                    RateLimiter.waitForPermission(limiter);
                    waited(key, start, true);
                } catch (RequestNotPermitted e) {
                    waited(key, start, false);
                    throw new RateLimitedException("client-side rate limit " + key + " gave no permit within "
                            + settings.rateLimitTimeout().toMillis() + " ms",
                            ErrorDetails.builder(platform).operation(op.name()).build(), e);
                }
            }
            return attempt.get();
        };
        int[] attempts = {0};
        Supplier<T> guarded = () -> {
            if (++attempts[0] > 1) {
                Budget b = budget.get();
                if (b != null && b.last != null) {
                    ConnectorException cause = b.last;
                    int next = attempts[0];
                    notify("retrying", () -> listener.retrying(op, next, cause));
                }
            }
            try {
                return circuitBreaker.executeSupplier(limited);
            } catch (CallNotPermittedException e) {
                throw new TransientPlatformException("circuit breaker " + circuitBreaker.getName() + " is open",
                        ErrorDetails.builder(platform).operation(op.name()).build(), e);
            }
        };
        if (budget.get() != null) {
            return limited.get(); // nested in a logical call: its budget, its retries, its circuit breaker
        }
        Budget b = new Budget(settings.maxAttempts());
        budget.set(b);
        long start = System.nanoTime();
        RuntimeException failure = null;
        try {
            if (!op.kind().retryable()) {
                return guarded.get();
            }
            return Retry.decorateSupplier(retry, guarded).get();
        } catch (RuntimeException e) {
            failure = e;
            throw e;
        } finally {
            budget.remove();
            if (listener != CallListener.NONE) {
                Duration elapsed = Duration.ofNanos(System.nanoTime() - start);
                Optional<RuntimeException> failed = Optional.ofNullable(failure);
                notify("callEnded", () -> listener.callEnded(op, elapsed, b.sent, failed));
            }
        }
    }

    private void waited(String key, long startNanos, boolean permitted) {
        if (listener != CallListener.NONE) {
            Duration waited = Duration.ofNanos(System.nanoTime() - startNanos);
            notify("rateLimitWaited", () -> listener.rateLimitWaited(key, waited, permitted));
        }
    }

    /** Tells the listener; a listener's failure is logged, never allowed to change the call. */
    private void notify(String what, Runnable event) {
        try {
            event.run();
        } catch (RuntimeException e) {
            LOG.warn("call listener {} failed in {}: {}", listener.getClass().getName(), what, e.getClass().getName());
        }
    }

    /** One HTTP exchange: decode errors from any status, map I/O failures to typed ones. */
    private <T> T once(Operation op, Call<T> call) {
        Budget b = budget.get();
        if (b != null) {
            if (b.left <= 0 && b.last != null) {
                throw b.last;
            }
            b.left--;
            b.sent++;
        }
        try {
            return exchange(op, call);
        } catch (ConnectorException e) {
            if (b != null) {
                b.last = e;
            }
            throw e;
        }
    }

    private <T> T exchange(Operation op, Call<T> call) {
        Response<T> response;
        String outer = EXCHANGING.get();
        EXCHANGING.set(op.name());
        try {
            response = call.execute();
        } catch (ConnectorException e) {
            throw e;
        } catch (IOException e) {
            throw ioFailure(op, e);
        } finally {
            EXCHANGING.set(outer);
        }
        if (response.isSuccessful()) {
            T body = response.body();
            if (body == null && noContentDeclared(call, response.code())) {
                return null; // a Call<Void> answered 204/205: success without a body (GA4 Measurement Protocol)
            }
            if (body == null) {
                throw new UnexpectedResponseException("empty body",
                        ErrorDetails.builder(platform).operation(op.name()).httpStatus(response.code()).build());
            }
            return body;
        }
        Duration retryAfter = HttpErrors.parseRetryAfter(response.headers().get("Retry-After"), clock.instant());
        byte[] bytes = new byte[0];
        try (ResponseBody err = response.errorBody()) {
            if (err != null) {
                bytes = err.bytes();
            }
        } catch (IOException e) {
            throw ioFailure(op, e);
        }
        Optional<ConnectorException> decoded = decoder.decode(op.name(), response.code(), retryAfter, bytes);
        throw decoded.or(() -> HttpErrors.fromStatus(platform, op.name(), response.code(), retryAfter))
                .orElseGet(() -> new UnexpectedResponseException("unexpected status",
                        ErrorDetails.builder(platform).operation(op.name()).httpStatus(response.code()).build()));
    }

    /**
     * Whether a body-less 2xx is the answer the call declared: HTTP 204 or 205 to a Retrofit method returning
     * {@code Call<Void>}. Any other call that gets no body still fails as an empty response.
     */
    static boolean noContentDeclared(Call<?> call, int status) {
        if (status != 204 && status != 205) {
            return false;
        }
        Invocation invocation = call.request().tag(Invocation.class);
        if (invocation == null) {
            return false;
        }
        Type returned = invocation.method().getGenericReturnType();
        return returned instanceof ParameterizedType p && p.getActualTypeArguments().length == 1
                && p.getActualTypeArguments()[0] == Void.class;
    }

    /**
     * The endpoint name the caller gave the exchange running on this thread, or {@code declared} outside one:
     * how a body read on a templated path ({@code datacube/{name}}) names its operation.
     */
    static String exchanging(String declared) {
        String current = EXCHANGING.get();
        return current == null ? declared : current;
    }

    private ConnectorException ioFailure(Operation op, IOException e) {
        ErrorDetails d = ErrorDetails.builder(platform).operation(op.name()).build();
        boolean notSent = e instanceof ConnectException || e instanceof UnknownHostException
                || e instanceof NoRouteToHostException;
        String what = (e instanceof InterruptedIOException ? "timed out" : "I/O failure") + " ("
                + e.getClass().getSimpleName() + ")";
        IOException safe = new IOException(e.getClass().getName());
        if (op.kind() == CallKind.CREATE && !notSent) {
            return new AmbiguousOutcomeException(what + "; the request may have been applied", d, safe);
        }
        return new TransientPlatformException(what, d, safe);
    }

    public RetryRegistry retryRegistry() {
        return retryRegistry;
    }

    public RateLimiterRegistry rateLimiterRegistry() {
        return rateLimiterRegistry;
    }

    public CircuitBreakerRegistry circuitBreakerRegistry() {
        return circuitBreakerRegistry;
    }

    /** The current state of the connector's circuit breaker. */
    public CircuitBreaker.State circuitBreakerState() {
        return circuitBreaker.getState();
    }

    public ResilienceSettings settings() {
        return settings;
    }

    @Override
    public String toString() {
        return "ApiExecutor[" + platform.id() + ", " + settings + "]";
    }
}
