package io.github.mediaops.connector.youtube;

import io.github.mediaops.core.connector.ErrorDetails;
import io.github.mediaops.core.connector.RateLimitedException;
import io.github.mediaops.core.platform.Platform;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * The connector's count of the YouTube Data API quota of the current Pacific-time day (see {@link YouTubeQuotaUsage}
 * for the costs and their source). {@link #charge} is called once per HTTP attempt, before the request leaves, so
 * retries are counted as YouTube counts them; a call that would overspend the day, or any call after YouTube said
 * {@code quotaExceeded}, fails with {@link YouTubeQuotaExceededException} without being sent. Thread-safe.
 */
final class QuotaLedger {
    /** The zone YouTube's daily quotas reset in (midnight Pacific time). */
    static final ZoneId PACIFIC = ZoneId.of("America/Los_Angeles");
    static final String QUOTA_EXCEEDED = "quotaExceeded";

    private final Clock clock;
    private final long unitsLimit;
    private final int uploadsLimit;
    private LocalDate day;
    private long units;
    private int uploads;
    private boolean exhausted;

    QuotaLedger(Clock clock, long unitsLimit, int uploadsLimit) {
        this.clock = clock;
        this.unitsLimit = unitsLimit;
        this.uploadsLimit = uploadsLimit;
    }

    /** Until the next midnight Pacific time after {@code now}. */
    static Duration untilReset(Instant now) {
        LocalDate tomorrow = LocalDate.ofInstant(now, PACIFIC).plusDays(1);
        return Duration.between(now, tomorrow.atStartOfDay(PACIFIC).toInstant());
    }

    private void roll(Instant now) {
        LocalDate today = LocalDate.ofInstant(now, PACIFIC);
        if (!today.equals(day)) {
            day = today;
            units = 0;
            uploads = 0;
            exhausted = false;
        }
    }

    /**
     * Counts one request of {@code units} units ({@code upload}: one {@code videos.insert} call in its own bucket).
     *
     * @throws YouTubeQuotaExceededException when the day's quota is spent or would be overspent; nothing is counted
     */
    synchronized void charge(String operation, int cost, boolean upload) {
        Instant now = clock.instant();
        roll(now);
        boolean over = upload ? uploads + 1 > uploadsLimit : units + cost > unitsLimit;
        if (exhausted || over) {
            String what = exhausted ? "YouTube answered quotaExceeded today; nothing is sent until midnight Pacific time"
                    : upload ? "the project's " + uploadsLimit + " videos.insert calls of the day are spent"
                    : operation + " costs " + cost + " units and only " + (unitsLimit - units) + " of " + unitsLimit
                    + " are left today";
            throw new YouTubeQuotaExceededException(what, ErrorDetails.builder(Platform.YOUTUBE).operation(operation)
                    .retryAfter(untilReset(now)).build(), usage(now), false, null);
        }
        if (upload) {
            uploads++;
        } else {
            units += cost;
        }
    }

    /**
     * The quota form of a rate-limit refusal: YouTube's {@code quotaExceeded} marks the day spent and becomes a
     * {@link YouTubeQuotaExceededException}; any other refusal ({@code rateLimitExceeded}) is returned unchanged.
     */
    synchronized RateLimitedException translate(RateLimitedException e) {
        if (e instanceof YouTubeQuotaExceededException || !e.platformCode().filter(QUOTA_EXCEEDED::equals).isPresent()) {
            return e;
        }
        Instant now = clock.instant();
        roll(now);
        exhausted = true;
        return new YouTubeQuotaExceededException("the project's daily YouTube Data API quota is spent", e.details(),
                usage(now), true, e);
    }

    synchronized YouTubeQuotaUsage usage() {
        Instant now = clock.instant();
        roll(now);
        return usage(now);
    }

    private YouTubeQuotaUsage usage(Instant now) {
        return new YouTubeQuotaUsage(day, units, unitsLimit, uploads, uploadsLimit, exhausted, now.plus(untilReset(now)));
    }
}
