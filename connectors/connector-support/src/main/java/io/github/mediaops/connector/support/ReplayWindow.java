package io.github.mediaops.connector.support;

import io.github.mediaops.core.InvalidValueException;
import io.github.mediaops.core.validate.Checks;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Refuses webhook timestamps too far from now, and remembers the nonces of the requests it admitted
 * within that window, so that a captured request can neither be replayed later nor reused now with
 * another body. Platforms retry a push for a few seconds to minutes (WeChat: three tries, 5 s apart),
 * so the window must cover that plus clock skew; five minutes is the usual choice.
 *
 * <p>Why nonces: where a platform's signature covers only {@code (timestamp, nonce)} and not the body
 * (WeChat's plaintext mode, the URL verification), one signature seen in a log would otherwise let
 * anyone post forged bodies for the whole window. {@link #admit} binds each verified
 * {@code (timestamp, nonce, signature)} to a digest of the request's content: the same triple with the
 * same content is admitted again (a platform's retry, which de-duplication by message id then drops),
 * with other content it is refused.
 *
 * <p>Memory is bounded: at most {@code capacity} requests (about 120 bytes each) are remembered, each
 * until its timestamp leaves the window. When more verified requests than that arrive within one
 * window, the oldest are forgotten and every request whose timestamp is not later than a forgotten
 * one's is refused from then on, so a forgotten nonce cannot be replayed; under such load the window
 * in effect shrinks. Only this process remembers: behind a load balancer, route a platform's pushes to
 * one instance. Thread-safe.
 */
public final class ReplayWindow {
    /** How many admitted requests are remembered unless a capacity is given. */
    public static final int DEFAULT_CAPACITY = 50_000;

    private final Clock clock;
    private final Duration window;
    private final int capacity;
    private final LinkedHashMap<Key, Seen> admitted = new LinkedHashMap<>();
    /** Requests with a timestamp (epoch seconds) at or before this were forgotten for lack of room. */
    private long forgottenUpTo = Long.MIN_VALUE;

    private record Key(long high, long low) {
    }

    private record Seen(long epochSecond, long contentHigh, long contentLow) {
    }

    /** A window that remembers up to {@link #DEFAULT_CAPACITY} admitted requests. */
    public ReplayWindow(Clock clock, Duration window) {
        this(clock, window, DEFAULT_CAPACITY);
    }

    /**
     * @param window   how far a timestamp may be from now, either way; &gt; 0
     * @param capacity how many admitted requests to remember at most; &gt; 0
     */
    public ReplayWindow(Clock clock, Duration window, int capacity) {
        this.clock = Checks.notNull(clock, "clock");
        this.window = Checks.notNull(window, "window");
        if (window.isNegative() || window.isZero()) {
            throw new InvalidValueException("window", "window must be > 0 (was " + window + ")");
        }
        this.capacity = Checks.positive(capacity, "capacity");
    }

    /**
     * Whether an epoch-seconds timestamp (as text) is within the window of now; unreadable ones, and
     * ones beyond the range of {@link Instant}, are not (never an exception).
     */
    public boolean accepts(String epochSeconds) {
        Long t = epochSeconds(epochSeconds);
        return t != null && accepts(Instant.ofEpochSecond(t));
    }

    /** Whether the instant is within the window of now. */
    public boolean accepts(Instant at) {
        Duration off = Duration.between(at, clock.instant()).abs();
        return off.compareTo(window) <= 0;
    }

    /**
     * Admits a request whose signature over {@code (timestamp, nonce, ...)} has been verified: true when
     * its timestamp is within the window and this {@code (timestamp, nonce, signature)} was not admitted
     * before with other content (the first time, or again with identical content); false otherwise,
     * and then the request must be refused as a replay. Call it only after the signature verified, so
     * that unsigned requests cannot fill the memory.
     *
     * @param content what the signature does not cover but the receiver uses (for WeChat's plaintext
     *                mode, the body); compared by SHA-256
     */
    public boolean admit(String epochSeconds, String nonce, String signature, byte[] content) {
        Checks.notNull(nonce, "nonce");
        Checks.notNull(signature, "signature");
        Checks.notNull(content, "content");
        Long t = epochSeconds(epochSeconds);
        if (t == null || !accepts(Instant.ofEpochSecond(t))) {
            return false;
        }
        Key key = key(epochSeconds, nonce, signature);
        ByteBuffer c = ByteBuffer.wrap(sha256(content));
        Seen seen = new Seen(t, c.getLong(), c.getLong());
        synchronized (this) {
            forgetExpired();
            Seen before = admitted.get(key);
            if (before != null) {
                return before.equals(seen);
            }
            if (t <= forgottenUpTo) {
                return false;
            }
            admitted.put(key, seen);
            if (admitted.size() > capacity) {
                Iterator<Seen> oldest = admitted.values().iterator();
                forgottenUpTo = Math.max(forgottenUpTo, oldest.next().epochSecond());
                oldest.remove();
            }
            return true;
        }
    }

    /** How many admitted requests are remembered now. */
    public synchronized int remembered() {
        return admitted.size();
    }

    public Duration window() {
        return window;
    }

    /** Drops remembered requests from the front whose timestamps have left the window (the window refuses them anyway). */
    private void forgetExpired() {
        long oldestAccepted = clock.instant().minus(window).getEpochSecond();
        Iterator<Map.Entry<Key, Seen>> it = admitted.entrySet().iterator();
        while (it.hasNext() && it.next().getValue().epochSecond() < oldestAccepted) {
            it.remove();
        }
    }

    private static Long epochSeconds(String text) {
        if (text == null) {
            return null;
        }
        long t;
        try {
            t = Long.parseLong(text.trim());
        } catch (NumberFormatException e) {
            return null;
        }
        if (t < Instant.MIN.getEpochSecond() || t > Instant.MAX.getEpochSecond()) {
            return null;
        }
        return t;
    }

    private static Key key(String timestamp, String nonce, String signature) {
        String unambiguous = timestamp.length() + ":" + timestamp + nonce.length() + ":" + nonce + signature;
        ByteBuffer k = ByteBuffer.wrap(sha256(unambiguous.getBytes(StandardCharsets.UTF_8)));
        return new Key(k.getLong(), k.getLong());
    }

    private static byte[] sha256(byte[] data) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(data);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("SHA-256 unavailable", e);
        }
    }
}
