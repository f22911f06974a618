package io.github.mediaops.analytics.measure.attribution;

import io.github.mediaops.core.InvalidValueException;
import io.github.mediaops.core.validate.Checks;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * An aggregated path, as analytics tools export them: a channel sequence with how many journeys along
 * it converted, how many did not, and what the conversions were worth. Sufficient for every model except
 * time decay. Every count is set by name, so none can be swapped silently:
 *
 * <pre>{@code
 * PathCount p = PathCount.path("douyin-video", "search-ad").converted(12).notConverted(88).worth(3_600.0);
 * }</pre>
 *
 * @since 0.1.0
 */
public final class PathCount {
    private final List<String> channels;
    private final long conversions;
    private final long nonConversions;
    private final double conversionValue;

    private PathCount(List<String> channels, long conversions, long nonConversions, double conversionValue) {
        this.channels = Checks.notBlankEach(channels, "channels");
        if (this.channels.isEmpty()) {
            throw new InvalidValueException("channels", "a path needs at least one channel");
        }
        this.conversions = Checks.nonNegative(conversions, "conversions");
        this.nonConversions = Checks.nonNegative(nonConversions, "nonConversions");
        Checks.finite(conversionValue, "conversionValue");
        if (conversionValue < 0) {
            throw new InvalidValueException("conversionValue", "conversionValue must be >= 0 (was " + conversionValue + ")");
        }
        this.conversionValue = conversionValue;
    }

    /** A path along these channels, in order, with no journeys yet: set them with the named methods. */
    public static PathCount path(String... channels) {
        Checks.notNull(channels, "channels");
        return new PathCount(List.of(channels), 0, 0, 0);
    }

    /** A path along these channels, in order, with no journeys yet. */
    public static PathCount path(List<String> channels) {
        return new PathCount(channels, 0, 0, 0);
    }

    /** This path with {@code count} journeys along it that converted. */
    public PathCount converted(long count) {
        return new PathCount(channels, count, nonConversions, conversionValue);
    }

    /** This path with {@code count} journeys along it that did not convert. */
    public PathCount notConverted(long count) {
        return new PathCount(channels, conversions, count, conversionValue);
    }

    /** This path with its conversions worth {@code value} together (revenue, order value), &ge; 0. */
    public PathCount worth(double value) {
        return new PathCount(channels, conversions, nonConversions, value);
    }

    /** @return the channel sequence, at least one */
    public List<String> channels() {
        return channels;
    }

    /** @return journeys along this path that converted */
    public long conversions() {
        return conversions;
    }

    /** @return journeys along this path that did not */
    public long nonConversions() {
        return nonConversions;
    }

    /** @return the total value of this path's conversions (0 unless set) */
    public double conversionValue() {
        return conversionValue;
    }

    /** Groups journeys with the same channel sequence, adding up their conversion values. */
    public static List<PathCount> of(Collection<Journey> journeys) {
        Checks.listOf(journeys, "journeys");
        Map<List<String>, double[]> m = new LinkedHashMap<>();
        for (Journey j : journeys) {
            double[] c = m.computeIfAbsent(j.channels(), k -> new double[3]);
            c[j.converted() ? 0 : 1]++;
            c[2] += j.conversionValue();
        }
        return m.entrySet().stream()
                .map(e -> new PathCount(e.getKey(), (long) e.getValue()[0], (long) e.getValue()[1], e.getValue()[2])).toList();
    }

    /**
     * The paths with repeated consecutive touches of one channel collapsed into one ({@code a, a, b, a}
     * becomes {@code a, b, a}), paths that become equal merged. Use it when repeated impressions of one
     * channel should count once: it changes the rule-based models (a linear model no longer gives a
     * channel more credit for repeating) and Markov models of order 2 and higher (whose states remember
     * the repeats); a first-order Markov chain's removal effects do not change, because a self-transition
     * only delays the next step without changing where the chain ends.
     */
    public static List<PathCount> collapsingRepeats(Collection<PathCount> paths) {
        Checks.listOf(paths, "paths");
        Map<List<String>, PathCount> m = new LinkedHashMap<>();
        for (PathCount p : paths) {
            List<String> c = new ArrayList<>();
            for (String ch : p.channels) {
                if (c.isEmpty() || !c.get(c.size() - 1).equals(ch)) {
                    c.add(ch);
                }
            }
            m.merge(List.copyOf(c), new PathCount(c, p.conversions, p.nonConversions, p.conversionValue),
                    (a, b) -> new PathCount(a.channels, Math.addExact(a.conversions, b.conversions),
                            Math.addExact(a.nonConversions, b.nonConversions), a.conversionValue + b.conversionValue));
        }
        return List.copyOf(m.values());
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof PathCount p && channels.equals(p.channels) && conversions == p.conversions
                && nonConversions == p.nonConversions && Double.compare(conversionValue, p.conversionValue) == 0;
    }

    @Override
    public int hashCode() {
        return Objects.hash(channels, conversions, nonConversions, conversionValue);
    }

    @Override
    public String toString() {
        return "PathCount[" + String.join(" > ", channels) + ": converted " + conversions + ", not " + nonConversions
                + (conversionValue == 0 ? "" : ", worth " + conversionValue) + "]";
    }
}
