package io.github.mediaops.analytics.planning.search;

import io.github.mediaops.core.DateRange;
import io.github.mediaops.core.InvalidValueException;
import io.github.mediaops.core.search.KeywordRank;
import io.github.mediaops.core.search.KeywordRankSeries;
import io.github.mediaops.core.validate.Checks;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Share of search as Les Binet defined it (IPA EffWorks Global 2020): the searches for one brand
 * divided by the searches for all brands in the category over the same period
 * (<a href="https://ipa.co.uk/news/binet-presents-fast-cheap-predictive-share-of-search-metric/">IPA,
 * "Binet presents fast, cheap, predictive Share of Search metric", 14 October 2020</a>).
 *
 * <p>Each brand is one keyword series (the brand's name as searched) on one platform; a brand's volume is
 * the sum of the {@link KeywordRank#searchVolume() search volumes} of its observations in the period.
 * Days without a reported volume add nothing and are counted in {@link Share#daysWithoutVolume()}, so a
 * host can see when a share rests on incomplete data. The list must hold every brand of the category the
 * host tracks (the brand's own and its competitors'): the shares sum to 1 over that list.
 *
 * <pre>{@code
 * ShareOfSearch sos = ShareOfSearch.of(List.of(ourBrand, rivalA, rivalB), DateRange.monthOf(LocalDate.of(2026, 11, 1)));
 * double ours = sos.shareOf("我们的品牌").orElseThrow().share();   // 0.25 means 25 %
 * }</pre>
 *
 * @param period      the days summed
 * @param totalVolume the searches for all brands in the period
 * @param shares      one per brand, in the order given
 *
 * @since 0.1.0
 */
public record ShareOfSearch(DateRange period, long totalVolume, List<Share> shares) {

    /**
     * One brand's share.
     *
     * @param keyword           the brand's search term
     * @param volume            its searches in the period
     * @param share             {@code volume ÷ totalVolume}, in [0, 1]
     * @param daysWithVolume    observations in the period that reported a volume
     * @param daysWithoutVolume observations in the period that did not
     *
     * @since 0.1.0
     */
    public record Share(String keyword, long volume, double share, int daysWithVolume, int daysWithoutVolume) {
        /** Validates the components; bad values fail with the field named. */
        public Share {
            Checks.notBlank(keyword, "keyword");
            Checks.nonNegative(volume, "volume");
            Checks.fraction(share, "share");
            Checks.nonNegative(daysWithVolume, "daysWithVolume");
            Checks.nonNegative(daysWithoutVolume, "daysWithoutVolume");
        }
    }

    /** Validates the components; bad values fail with the field named. */
    public ShareOfSearch {
        Checks.notNull(period, "period");
        Checks.positive(totalVolume, "totalVolume");
        shares = Checks.listOf(shares, "shares");
    }

    /**
     * The share of search of each brand in {@code brands} over {@code period}.
     *
     * @param brands one series per brand of the category, all on one platform, each keyword once
     * @param period the inclusive days to sum
     * @return the shares
     * @throws InvalidValueException if {@code brands} is empty, mixes platforms, repeats a keyword, or has no
     *     search volume at all in the period (share of search is undefined then)
     */
    public static ShareOfSearch of(List<KeywordRankSeries> brands, DateRange period) {
        List<KeywordRankSeries> list = Checks.listOf(brands, "brands");
        Checks.notNull(period, "period");
        if (list.isEmpty()) {
            throw new InvalidValueException("brands", "brands must hold at least one keyword series");
        }
        Set<String> seen = new HashSet<>();
        long[] volumes = new long[list.size()];
        int[] with = new int[list.size()];
        int[] without = new int[list.size()];
        long total = 0;
        for (int i = 0; i < list.size(); i++) {
            KeywordRankSeries s = list.get(i);
            if (!s.platform().equals(list.get(0).platform())) {
                throw new InvalidValueException("brands", "brands[" + i + "] is on " + s.platform().id() + ", not "
                        + list.get(0).platform().id() + ": share of search compares brands on one platform");
            }
            if (!seen.add(s.keyword())) {
                throw new InvalidValueException("brands", "brands[" + i + "] repeats keyword " + Checks.show(s.keyword()));
            }
            for (KeywordRank o : s.within(period)) {
                if (o.searchVolume().isPresent()) {
                    volumes[i] = Math.addExact(volumes[i], o.searchVolume().getAsLong());
                    with[i]++;
                } else {
                    without[i]++;
                }
            }
            total = Math.addExact(total, volumes[i]);
        }
        if (total == 0) {
            throw new InvalidValueException("brands", "no search volume for any brand in " + period.start() + ".."
                    + period.end() + ": share of search is undefined");
        }
        List<Share> out = new ArrayList<>(list.size());
        for (int i = 0; i < list.size(); i++) {
            out.add(new Share(list.get(i).keyword(), volumes[i], (double) volumes[i] / total, with[i], without[i]));
        }
        return new ShareOfSearch(period, total, out);
    }

    /**
     * The share of one brand.
     *
     * @param keyword the brand's search term
     * @return its share, or empty when it is not in the list
     */
    public Optional<Share> shareOf(String keyword) {
        Checks.notNull(keyword, "keyword");
        return shares.stream().filter(s -> s.keyword().equals(keyword)).findFirst();
    }
}
