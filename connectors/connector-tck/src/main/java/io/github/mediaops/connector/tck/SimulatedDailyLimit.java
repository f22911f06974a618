package io.github.mediaops.connector.tck;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

/**
 * A platform's daily limit per account (Bilibili's submissions, Kuaishou's publishes): at most {@code perDay} uses
 * by one account in one calendar day of the platform's zone, counted afresh each day by the simulator's clock.
 * Thread-safe.
 */
public final class SimulatedDailyLimit {
    private final Clock clock;
    private final ZoneId zone;
    private final int perDay;
    private final Map<String, Integer> used = new HashMap<>(); // "<day>:<account>" -> uses

    /**
     * @param clock  the simulator's clock
     * @param zone   the zone whose days the platform counts (Asia/Shanghai for platforms in China)
     * @param perDay uses allowed per account and day
     */
    public SimulatedDailyLimit(Clock clock, ZoneId zone, int perDay) {
        this.clock = Objects.requireNonNull(clock, "clock");
        this.zone = Objects.requireNonNull(zone, "zone");
        this.perDay = perDay;
    }

    /** Counts one use by {@code account} today; {@code false}, counting nothing, once today's limit is reached. */
    public synchronized boolean take(String account) {
        String key = LocalDate.now(clock.withZone(zone)) + ":" + Objects.requireNonNull(account, "account");
        int n = used.getOrDefault(key, 0);
        if (n >= perDay) {
            return false;
        }
        used.put(key, n + 1);
        return true;
    }
}
