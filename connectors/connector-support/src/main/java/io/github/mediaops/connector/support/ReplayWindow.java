package io.github.mediaops.connector.support;

import io.github.mediaops.core.InvalidValueException;
import io.github.mediaops.core.validate.Checks;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * Refuses webhook timestamps too far from now, so that a captured request cannot be replayed later.
 * Platforms retry a push for a few seconds to minutes (WeChat: three tries, 5 s apart), so the
 * window must cover that plus clock skew; five minutes is the usual choice.
 */
public final class ReplayWindow {
    private final Clock clock;
    private final Duration window;

    public ReplayWindow(Clock clock, Duration window) {
        this.clock = Checks.notNull(clock, "clock");
        this.window = Checks.notNull(window, "window");
        if (window.isNegative() || window.isZero()) {
            throw new InvalidValueException("window", "window must be > 0 (was " + window + ")");
        }
    }

    /** Whether an epoch-seconds timestamp (as text) is within the window of now; unreadable ones are not. */
    public boolean accepts(String epochSeconds) {
        if (epochSeconds == null) {
            return false;
        }
        long t;
        try {
            t = Long.parseLong(epochSeconds.trim());
        } catch (NumberFormatException e) {
            return false;
        }
        return accepts(Instant.ofEpochSecond(t));
    }

    public boolean accepts(Instant at) {
        Duration off = Duration.between(at, clock.instant()).abs();
        return off.compareTo(window) <= 0;
    }

    public Duration window() {
        return window;
    }
}
