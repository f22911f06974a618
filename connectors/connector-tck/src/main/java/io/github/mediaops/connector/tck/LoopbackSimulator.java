package io.github.mediaops.connector.tck;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Deque;
import java.util.LinkedList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The plumbing every loopback simulator repeats: a JDK {@code HttpServer} on 127.0.0.1, the API request
 * counter, the queue of injected {@link Fault}s, the stall for {@link Fault#SLOW}, replies and
 * {@link #close()}. A platform simulator implements {@link #handle} and answers in the platform's shapes.
 * For platforms without a token endpoint {@link #tokenRequests()} is 0 and {@link #expireTokens()} does
 * nothing; override both otherwise.
 */
public abstract class LoopbackSimulator implements SimulatorControl {
    private final HttpServer server;
    private final ExecutorService executor = Executors.newCachedThreadPool();
    private final AtomicInteger apiRequests = new AtomicInteger();
    private final Deque<Fault> faults = new LinkedList<>(); // null = answer normally
    private volatile Duration slowness = Duration.ofSeconds(1);

    protected LoopbackSimulator() {
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/", ex -> {
            try (ex) {
                apiRequests.incrementAndGet();
                handle(ex);
            }
        });
        server.setExecutor(executor);
    }

    /** Starts listening; call at the end of the subclass constructor. */
    protected final void start() {
        server.start();
    }

    /** Answers one API request (already counted); the exchange is closed afterwards. */
    protected abstract void handle(HttpExchange ex) throws IOException;

    /** The next injected fault, or {@code null} to answer normally. */
    protected final synchronized Fault nextFault() {
        return faults.pollFirst();
    }

    /** Waits the configured slowness: the simulated platform stalls; the client's timeout is under test. */
    protected final void stall() {
        try {
            Thread.sleep(slowness.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Sends {@code body} as UTF-8 with the status and content type. */
    protected static void reply(HttpExchange ex, int status, String contentType, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        ex.getResponseHeaders().set("Content-Type", contentType + "; charset=utf-8");
        ex.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
        if (bytes.length > 0) {
            ex.getResponseBody().write(bytes);
        }
    }

    /** Answers the next {@code clean} requests normally and then fails one with {@code fault}. */
    public final synchronized void failAfter(int clean, Fault fault) {
        for (int i = 0; i < clean; i++) {
            faults.addLast(null);
        }
        faults.addLast(fault);
    }

    @Override
    public final synchronized void failNext(Fault fault, int times) {
        for (int i = 0; i < times; i++) {
            faults.addLast(fault);
        }
    }

    @Override
    public final void slowness(Duration delay) {
        this.slowness = delay;
    }

    @Override
    public URI baseUrl() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/");
    }

    @Override
    public int tokenRequests() {
        return 0;
    }

    @Override
    public final int apiRequests() {
        return apiRequests.get();
    }

    @Override
    public void expireTokens() {
        // no tokens by default
    }

    @Override
    public void completePendingJobs() {
        // no asynchronous jobs by default
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }
}
