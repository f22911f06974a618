package io.github.mediaops.connector.tck;

import java.net.URI;
import java.time.Duration;
import java.util.List;

/**
 * A {@link SimulatorControl} that forwards to a {@link LoopbackSimulator} it composes, for a simulator that cannot
 * extend {@link LoopbackSimulator} itself (its public static {@code start()} factory clashes with the base's
 * protected {@code start()}). The subclass builds its HTTP side, typically a private inner class extending
 * {@link LoopbackSimulator}, and returns it from {@link #server()}; it overrides {@link #tokenRequests()},
 * {@link #expireTokens()} and {@link #completePendingJobs()} where its platform has them (by default they forward
 * as well).
 */
public abstract class ForwardingSimulator implements SimulatorControl {
    protected ForwardingSimulator() {
    }

    /** The composed HTTP side: request counter, fault queue, stall and server. */
    protected abstract LoopbackSimulator server();

    @Override
    public URI baseUrl() {
        return server().baseUrl();
    }

    @Override
    public int tokenRequests() {
        return server().tokenRequests();
    }

    @Override
    public final int apiRequests() {
        return server().apiRequests();
    }

    @Override
    public final void failNext(Fault fault, int times) {
        server().failNext(fault, times);
    }

    /** Answers the next {@code clean} API requests normally, then fails one with {@code fault}. */
    public final void failAfter(int clean, Fault fault) {
        server().failAfter(clean, fault);
    }

    @Override
    public final void slowness(Duration delay) {
        server().slowness(delay);
    }

    /** The composed server's {@link LoopbackSimulator#requestLog()}. */
    public List<String> requestLog() {
        return server().requestLog();
    }

    @Override
    public void expireTokens() {
        server().expireTokens();
    }

    @Override
    public void completePendingJobs() {
        server().completePendingJobs();
    }

    @Override
    public void close() {
        server().close();
    }
}
