package io.github.mediaops.connector.tck;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

/**
 * A {@link SimulatorControl} base on a {@link LoopbackServer}: the API request counter, the queue of
 * injected {@link Fault}s, the stall for {@link Fault#SLOW} and {@link #close()}. A platform simulator
 * implements {@link #handle} and answers in the platform's shapes. For platforms without a token endpoint
 * {@link #tokenRequests()} is 0 and {@link #expireTokens()} does nothing; name the token endpoint with
 * {@link #tokenEndpointAt} and override {@link #expireTokens()}, or hand the OAuth bookkeeping to a
 * {@link SimulatedGrants} with {@link #keepTokensIn}.
 */
public abstract class LoopbackSimulator implements SimulatorControl {
    /** Worker threads: each request held open by {@link Fault#SLOW} needs one. */
    private static final int THREADS = 16;
    private static final ObjectMapper JSON = new ObjectMapper();

    private final AtomicInteger apiRequests = new AtomicInteger();
    private final Deque<Fault> faults = new LinkedList<>(); // null = answer normally
    private final List<String> requestLog = new ArrayList<>();
    private volatile Duration slowness = Duration.ofSeconds(1);
    private volatile LoopbackServer server;
    private volatile SimulatedGrants<?> grants;
    private volatile String tokenPath;
    private final AtomicInteger tokenRequests = new AtomicInteger();

    protected LoopbackSimulator() {
    }

    /** Starts listening; call at the end of the subclass constructor. */
    protected final void start() {
        server = LoopbackServer.start(getClass().getSimpleName(), THREADS, ex -> {
            try (ex) {
                if (countsAsApiRequest(ex)) {
                    apiRequests.incrementAndGet();
                }
                handle(ex);
            }
        });
    }

    /**
     * Keeps the token bookkeeping in {@code grants}: its token endpoints are left out of {@link #apiRequests()} and
     * counted in {@link #tokenRequests()}, and {@link #expireTokens()} expires its access tokens (unless a subclass
     * overrides those methods). Call before {@link #start()}.
     */
    protected final void keepTokensIn(SimulatedGrants<?> grants) {
        this.grants = Objects.requireNonNull(grants, "grants");
    }

    /**
     * The app's token endpoint shares the API's host at {@code path} (as {@link java.net.URI#getPath()}, with its
     * leading slash): requests to it are counted in {@link #tokenRequests()} and left out of {@link #apiRequests()}.
     * For a simulator that keeps its tokens itself (an app token, as WeChat, WeCom and Feishu issue); one with
     * {@link SimulatedGrants} uses {@link #keepTokensIn} instead. Call before {@link #start()}.
     */
    protected final void tokenEndpointAt(String path) {
        this.tokenPath = Objects.requireNonNull(path, "path");
    }

    /**
     * Whether {@link #apiRequests()} counts this request; by default every request but those to the token
     * endpoints of {@link #keepTokensIn}'s grants or at {@link #tokenEndpointAt}, which {@link #tokenRequests()}
     * counts. A simulator whose token endpoints are harder to tell returns {@code false} for them and counts them in
     * its own {@link #tokenRequests()}.
     */
    protected boolean countsAsApiRequest(HttpExchange ex) {
        SimulatedGrants<?> g = grants;
        if (g != null) {
            return g.countRequest(ex);
        }
        String t = tokenPath;
        if (t != null && t.equals(ex.getRequestURI().getPath())) {
            tokenRequests.incrementAndGet();
            return false;
        }
        return true;
    }

    /** Answers one API request (already counted); the exchange is closed afterwards. */
    protected abstract void handle(HttpExchange ex) throws IOException;

    /**
     * Adds a line to {@link #requestLog()}; a simulator logs the requests a test checks the order or content of,
     * in a form of its own ({@code METHOD path}, {@code path?part}).
     */
    protected final void logRequest(String line) {
        Objects.requireNonNull(line, "line");
        synchronized (requestLog) {
            requestLog.add(line);
        }
    }

    /** The lines logged with {@link #logRequest} so far, oldest first; empty for a simulator that logs none. */
    public List<String> requestLog() {
        synchronized (requestLog) {
            return List.copyOf(requestLog);
        }
    }

    /** The next injected fault, or {@code null} to answer normally. */
    protected final synchronized Fault nextFault() {
        return faults.pollFirst();
    }

    /** Waits the configured slowness: the simulated platform stalls; the client's timeout is under test. */
    protected final void stall() {
        LoopbackServer.pause(slowness);
    }

    /**
     * Answers an injected fault as platforms that report errors in a JSON body on HTTP 200 do:
     * {@link Fault#SERVER_ERROR} a 503 page, {@link Fault#MALFORMED_JSON} {@code malformedJson},
     * {@link Fault#DROP_AFTER_ACCEPT} runs {@code apply} (the request takes effect) and drops the connection,
     * {@link Fault#DROP_BEFORE_ACCEPT} drops it, {@link Fault#SLOW} stalls and lets the caller answer normally,
     * and the platform-coded faults ({@code PLATFORM_BUSY}, {@code RATE_LIMITED}, {@code TOKEN_EXPIRED},
     * {@code BAD_CREDENTIALS}) send {@code nativeBody.apply(fault)} as JSON with HTTP 200 ({@link NativeFaults#bodies}
     * writes them from the platform's codes).
     *
     * @return {@code true} when the exchange is answered or dropped; {@code false} when the caller answers normally
     */
    protected final boolean answerFault(HttpExchange ex, Fault fault, Function<Fault, String> nativeBody, String malformedJson,
                                        Runnable apply) throws IOException {
        switch (fault) {
            case SERVER_ERROR -> LoopbackServer.serverError(ex);
            case MALFORMED_JSON -> reply(ex, 200, "application/json", malformedJson);
            case SLOW -> {
                stall();
                return false;
            }
            case DROP_AFTER_ACCEPT -> apply.run(); // closing without a response drops the connection
            case DROP_BEFORE_ACCEPT -> {
                // nothing applied, nothing answered
            }
            case PLATFORM_BUSY, RATE_LIMITED, TOKEN_EXPIRED, BAD_CREDENTIALS ->
                    reply(ex, 200, "application/json", nativeBody.apply(fault));
        }
        return true;
    }

    /**
     * Sends {@code answer} with HTTP 200 and content type {@code application/json}, as platforms that report errors in
     * the body do.
     */
    protected static void reply(HttpExchange ex, JsonNode answer) throws IOException {
        LoopbackServer.send(ex, 200, "application/json", JSON.writeValueAsBytes(answer));
    }

    /** Sends {@code body} as UTF-8 with the status and content type. */
    protected static void reply(HttpExchange ex, int status, String contentType, String body) throws IOException {
        LoopbackServer.send(ex, status, contentType + "; charset=utf-8", body.getBytes(StandardCharsets.UTF_8));
    }

    /** Answers the next {@code clean} requests normally and then fails one with {@code fault}. */
    public final synchronized void failAfter(int clean, Fault fault) {
        Objects.requireNonNull(fault, "fault");
        for (int i = 0; i < clean; i++) {
            faults.addLast(null);
        }
        faults.addLast(fault);
    }

    @Override
    public final synchronized void failNext(Fault fault, int times) {
        Objects.requireNonNull(fault, "fault");
        for (int i = 0; i < times; i++) {
            faults.addLast(fault);
        }
    }

    @Override
    public final void slowness(Duration delay) {
        this.slowness = Objects.requireNonNull(delay, "delay");
    }

    @Override
    public URI baseUrl() {
        return server().baseUrl();
    }

    /** The token requests {@link #keepTokensIn}'s grants or {@link #tokenEndpointAt} counted; 0 without either. */
    @Override
    public int tokenRequests() {
        SimulatedGrants<?> g = grants;
        return g == null ? tokenRequests.get() : g.tokenRequests();
    }

    @Override
    public final int apiRequests() {
        return apiRequests.get();
    }

    /** Expires the access tokens of {@link #keepTokensIn}'s grants; without grants, nothing to expire. */
    @Override
    public void expireTokens() {
        SimulatedGrants<?> g = grants;
        if (g != null) {
            g.expireAccessTokens();
        }
    }

    @Override
    public void completePendingJobs() {
        // no asynchronous jobs by default
    }

    @Override
    public void close() {
        server().close();
    }

    private LoopbackServer server() {
        LoopbackServer s = server;
        if (s == null) {
            throw new IllegalStateException(getClass().getSimpleName() + " was not started: call start() in its constructor");
        }
        return s;
    }
}
