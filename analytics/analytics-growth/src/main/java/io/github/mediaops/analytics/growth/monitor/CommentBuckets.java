package io.github.mediaops.analytics.growth.monitor;

import io.github.mediaops.analytics.growth.sentiment.Polarity;
import io.github.mediaops.analytics.growth.sentiment.SentimentScorer;
import io.github.mediaops.core.InvalidValueException;
import io.github.mediaops.core.engagement.Comment;
import io.github.mediaops.core.validate.Checks;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns comments into the hourly counts a {@link CrisisMonitor} watches: every comment (replies
 * included) in [from, to) is scored, and each hour gets its total and its negative count. Hours
 * without comments are present with zero counts, so a quiet hour is seen as quiet, not as missing.
 */
public final class CommentBuckets {
    private CommentBuckets() {
    }

    /**
     * @param comments  the comments (any order); replies are counted too
     * @param scorer    the sentiment model
     * @param threshold polarity threshold, see {@link SentimentScorer#classify(CharSequence, double)}
     * @param from      inclusive start, truncated to the hour
     * @param to        exclusive end, after {@code from}
     */
    public static List<HourlyCount> hourly(List<Comment> comments, SentimentScorer scorer, double threshold,
                                           Instant from, Instant to) {
        List<Comment> cs = Checks.listOf(comments, "comments");
        Checks.notNull(scorer, "scorer");
        Checks.notNull(from, "from");
        Checks.notNull(to, "to");
        Instant start = from.truncatedTo(ChronoUnit.HOURS);
        if (!to.isAfter(start)) {
            throw new InvalidValueException("to", "to (" + to + ") must be after from (" + from + ")");
        }
        int hours = (int) Math.ceil(Duration.between(start, to).toMinutes() / 60.0);
        long[] total = new long[hours];
        long[] negative = new long[hours];
        List<Comment> queue = new ArrayList<>(cs);
        for (int q = 0; q < queue.size(); q++) {
            Comment c = queue.get(q);
            queue.addAll(c.replies());
            Instant t = c.createdAt();
            if (t.isBefore(from) || !t.isBefore(to)) {
                continue;
            }
            int h = (int) Duration.between(start, t).toHours();
            total[h]++;
            if (scorer.classify(c.text(), threshold) == Polarity.NEGATIVE) {
                negative[h]++;
            }
        }
        List<HourlyCount> out = new ArrayList<>(hours);
        for (int h = 0; h < hours; h++) {
            out.add(new HourlyCount(start.plus(Duration.ofHours(h)), total[h], negative[h]));
        }
        return out;
    }
}
