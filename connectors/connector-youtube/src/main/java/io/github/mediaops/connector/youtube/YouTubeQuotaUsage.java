package io.github.mediaops.connector.youtube;

import io.github.mediaops.core.validate.Checks;
import java.time.Instant;
import java.time.LocalDate;

/**
 * What this connector has spent of a Google Cloud project's YouTube Data API quota on one Pacific-time day, as
 * counted by the connector from the documented costs (YouTube Data API "Quota Calculator",
 * https://developers.google.com/youtube/data/determine_quota_cost): every request costs at least 1 unit, a
 * {@code list} call 1, {@code comments.insert} and {@code comments.setModerationStatus} 50 each, out of a default
 * 10,000 units a day; {@code videos.insert} has its own bucket of 100 calls a day at 1 each. Quotas reset at
 * midnight Pacific time. YouTube Analytics API calls are not Data API quota and are not counted here.
 *
 * <p>The count is the connector instance's own, in memory; other programs using the same project spend the same quota
 * unseen, and YouTube's own {@code quotaExceeded} answer is what finally stops the connector.
 *
 * @param day           the Pacific-time day counted
 * @param unitsUsed     units spent on that day (every attempt, retries included)
 * @param unitsLimit    the project's daily units
 * @param uploadsUsed   {@code videos.insert} calls on that day
 * @param uploadsLimit  the project's daily {@code videos.insert} calls
 * @param exhausted     whether YouTube answered {@code quotaExceeded} on that day (then nothing is sent until reset)
 * @param resetsAt      the next midnight Pacific time
 */
public record YouTubeQuotaUsage(LocalDate day, long unitsUsed, long unitsLimit, int uploadsUsed, int uploadsLimit,
                                boolean exhausted, Instant resetsAt) {
    public YouTubeQuotaUsage {
        Checks.notNull(day, "day");
        Checks.nonNegative(unitsUsed, "unitsUsed");
        Checks.positive(unitsLimit, "unitsLimit");
        Checks.nonNegative(uploadsUsed, "uploadsUsed");
        Checks.positive(uploadsLimit, "uploadsLimit");
        Checks.notNull(resetsAt, "resetsAt");
    }

    /** Units left today, never negative. */
    public long unitsLeft() {
        return Math.max(0, unitsLimit - unitsUsed);
    }
}
