package io.github.mediaops.analytics.measure.kpi;

import io.github.mediaops.core.InvalidValueException;
import io.github.mediaops.core.validate.Checks;
import io.github.mediaops.core.metrics.AudienceMetrics;
import io.github.mediaops.core.metrics.ContentMetrics;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Late corrections: platforms revise yesterday's numbers (T+1 data), so the same post and day may be
 * read more than once. The reading with the latest {@code asOf} <em>replaces</em> earlier readings of
 * the same (platform, post, coverage, day); nothing is added twice.
 *
 * <p>Two readings of the same key with the same {@code asOf} but different values are contradictory
 * and rejected.
 */
public final class Corrections {
    private Corrections() {
    }

    /** The latest reading of every (platform, post, coverage, day), ordered by day then post. */
    public static List<ContentMetrics> latest(Collection<ContentMetrics> snapshots) {
        List<ContentMetrics> all = Checks.listOf(snapshots, "snapshots");
        List<ContentMetrics> out = keepLatest(all, m -> m.platform().id() + "\u0000" + m.postId() + "\u0000"
                + m.coverage() + "\u0000" + m.day(), ContentMetrics::asOf, ContentMetrics::values);
        out.sort(Comparator.comparing(ContentMetrics::day).thenComparing(m -> m.platform().id())
                .thenComparing(ContentMetrics::postId));
        return List.copyOf(out);
    }

    /** The latest reading of every (account, day), ordered by day. */
    public static List<AudienceMetrics> latestAudience(Collection<AudienceMetrics> snapshots) {
        List<AudienceMetrics> all = Checks.listOf(snapshots, "snapshots");
        List<AudienceMetrics> out = keepLatest(all, m -> m.account() + "\u0000" + m.day(), AudienceMetrics::asOf,
                m -> List.of(m.values(), m.newFollowersBySource()));
        out.sort(Comparator.comparing(AudienceMetrics::day).thenComparing(m -> m.account().toString()));
        return List.copyOf(out);
    }

    private static <T> List<T> keepLatest(List<T> all, Function<T, String> key, Function<T, Instant> asOf,
                                          Function<T, Object> values) {
        Map<String, T> latest = new LinkedHashMap<>();
        for (T m : all) {
            String k = key.apply(m);
            T prev = latest.get(k);
            if (prev == null) {
                latest.put(k, m);
                continue;
            }
            int c = asOf.apply(m).compareTo(asOf.apply(prev));
            if (c > 0) {
                latest.put(k, m);
            } else if (c == 0 && !values.apply(m).equals(values.apply(prev))) {
                throw new InvalidValueException("asOf", "two readings of " + k.replace('\u0000', '/')
                        + " taken at " + asOf.apply(m) + " disagree; cannot tell which one is the correction");
            }
        }
        return new ArrayList<>(latest.values());
    }
}
