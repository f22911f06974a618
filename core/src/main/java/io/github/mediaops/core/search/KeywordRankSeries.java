package io.github.mediaops.core.search;

import io.github.mediaops.core.DateRange;
import io.github.mediaops.core.InvalidValueException;
import io.github.mediaops.core.platform.Platform;
import io.github.mediaops.core.validate.Checks;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One keyword's rank observations on one platform, one per day, oldest first: the core series that the
 * search-presence engines (trend, share of search) read.
 *
 * <pre>{@code
 * KeywordRankSeries s = KeywordRankSeries.of(observations);          // any order; one keyword, one platform
 * Map<String, KeywordRankSeries> all = KeywordRankSeries.byKeyword(mixed, Platform.DOUYIN);
 * }</pre>
 *
 * @param platform     the platform searched
 * @param keyword      the keyword
 * @param observations the observations, strictly increasing by day; never empty
 *
 * @since 0.1.0
 */
public record KeywordRankSeries(Platform platform, String keyword, List<KeywordRank> observations) {
    /** Validates that every observation is for this platform and keyword, and that days strictly increase. */
    public KeywordRankSeries {
        Checks.notNull(platform, "platform");
        Checks.notBlank(keyword, "keyword");
        observations = Checks.listOf(observations, "observations");
        if (observations.isEmpty()) {
            throw new InvalidValueException("observations", "observations for keyword " + Checks.show(keyword)
                    + " must not be empty");
        }
        for (int i = 0; i < observations.size(); i++) {
            KeywordRank o = observations.get(i);
            if (!o.platform().equals(platform) || !o.keyword().equals(keyword)) {
                throw new InvalidValueException("observations", "observations[" + i + "] is for "
                        + o.platform().id() + "/" + Checks.show(o.keyword()) + ", not " + platform.id() + "/"
                        + Checks.show(keyword));
            }
            if (i > 0 && !o.day().isAfter(observations.get(i - 1).day())) {
                throw new InvalidValueException("observations", "observations[" + i + "] day " + o.day()
                        + " is not after " + observations.get(i - 1).day() + " (one observation per day, oldest first)");
            }
        }
    }

    /**
     * The series of observations given in any order, all for one platform and keyword.
     *
     * @param observations the observations; never empty
     * @return the series, sorted by day
     * @throws InvalidValueException if empty, mixed, or two observations share a day
     */
    public static KeywordRankSeries of(Collection<KeywordRank> observations) {
        List<KeywordRank> sorted = new ArrayList<>(Checks.listOf(observations, "observations"));
        if (sorted.isEmpty()) {
            throw new InvalidValueException("observations", "observations must not be empty");
        }
        sorted.sort(Comparator.comparing(KeywordRank::day));
        return new KeywordRankSeries(sorted.get(0).platform(), sorted.get(0).keyword(), sorted);
    }

    /**
     * Splits a platform's observations into one series per keyword, in first-seen keyword order;
     * observations for other platforms are ignored.
     *
     * @param observations observations in any order
     * @param platform     the platform to keep
     * @return keyword to series
     */
    public static Map<String, KeywordRankSeries> byKeyword(Collection<KeywordRank> observations, Platform platform) {
        Checks.notNull(platform, "platform");
        Map<String, List<KeywordRank>> groups = new LinkedHashMap<>();
        for (KeywordRank o : Checks.listOf(observations, "observations")) {
            if (o.platform().equals(platform)) {
                groups.computeIfAbsent(o.keyword(), k -> new ArrayList<>()).add(o);
            }
        }
        Map<String, KeywordRankSeries> out = new LinkedHashMap<>();
        groups.forEach((k, v) -> out.put(k, of(v)));
        return out;
    }

    /**
     * The observations whose day lies in {@code window}.
     *
     * @param window the inclusive date range
     * @return those observations, oldest first; possibly empty
     */
    public List<KeywordRank> within(DateRange window) {
        Checks.notNull(window, "window");
        return observations.stream().filter(o -> window.contains(o.day())).toList();
    }
}
