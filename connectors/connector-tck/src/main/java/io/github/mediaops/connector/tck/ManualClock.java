package io.github.mediaops.connector.tck;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Objects;

/**
 * A {@link Clock} that moves only when the test moves it, shared by a connector and its simulator so that token
 * lifetimes, look-back windows and quotas are tested without sleeping. Views from {@link #withZone} follow the
 * same instant. Thread-safe.
 */
public final class ManualClock extends Clock {
    private final Object lock = new Object();
    private Instant now;

    public ManualClock(Instant start) {
        this.now = Objects.requireNonNull(start, "start");
    }

    /** Moves the clock forward (or back, for a negative duration). */
    public void advance(Duration d) {
        Objects.requireNonNull(d, "d");
        synchronized (lock) {
            now = now.plus(d);
        }
    }

    @Override
    public Instant instant() {
        synchronized (lock) {
            return now;
        }
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        Objects.requireNonNull(zone, "zone");
        ManualClock source = this;
        return new Clock() {
            @Override
            public ZoneId getZone() {
                return zone;
            }

            @Override
            public Clock withZone(ZoneId other) {
                return source.withZone(other);
            }

            @Override
            public Instant instant() {
                return source.instant();
            }
        };
    }
}
