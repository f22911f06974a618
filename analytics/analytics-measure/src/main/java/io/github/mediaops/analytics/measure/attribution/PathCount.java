package io.github.mediaops.analytics.measure.attribution;

import io.github.mediaops.core.InvalidValueException;
import io.github.mediaops.core.validate.Checks;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An aggregated path, as analytics tools export them: a channel sequence with how many journeys along
 * it converted and how many did not. Sufficient for every model except time decay.
 *
 * @param channels       the channel sequence, at least one
 * @param conversions    journeys along this path that converted
 * @param nonConversions journeys along this path that did not
 */
public record PathCount(List<String> channels, long conversions, long nonConversions) {
    public PathCount {
        channels = Checks.notBlankEach(channels, "channels");
        if (channels.isEmpty()) {
            throw new InvalidValueException("channels", "a path needs at least one channel");
        }
        Checks.nonNegative(conversions, "conversions");
        Checks.nonNegative(nonConversions, "nonConversions");
    }

    public static PathCount of(long conversions, long nonConversions, String... channels) {
        return new PathCount(List.of(channels), conversions, nonConversions);
    }

    /** Groups journeys with the same channel sequence. */
    public static List<PathCount> of(Collection<Journey> journeys) {
        Checks.listOf(journeys, "journeys");
        Map<List<String>, long[]> m = new LinkedHashMap<>();
        for (Journey j : journeys) {
            long[] c = m.computeIfAbsent(j.channels(), k -> new long[2]);
            c[j.converted() ? 0 : 1]++;
        }
        return m.entrySet().stream().map(e -> new PathCount(e.getKey(), e.getValue()[0], e.getValue()[1])).toList();
    }
}
