package io.github.mediaops.analytics.growth.kol;

import io.github.mediaops.core.InvalidValueException;
import io.github.mediaops.core.validate.Checks;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;

/**
 * What an account published and received over a period, the input of an {@link InfluenceIndex}: each count
 * is set by name, so none can be put in another's place. Only the counts an index reads are needed; an index
 * asked for a count that was not set names every missing one.
 *
 * <pre>{@code
 * AccountActivity week = AccountActivity.builder().days(7).articles(12)
 *         .reads(84_000).likes(2_100).maxReads(21_000).maxLikes(600).build();
 * double wci = InfluenceIndex.wciV2().compute(week).value();
 * }</pre>
 *
 * @since 0.1.0
 */
public final class AccountActivity {

    /** The counts an account's activity is made of. */
    public enum Count {
        /** Days in the period (7 a week, 30 a month), &gt; 0. */
        DAYS,
        /** Articles published, &gt; 0. */
        ARTICLES,
        /** Total reads R over all articles. */
        READS,
        /** Total 在看 ("wow") Z over all articles. */
        ZAIKAN,
        /** Total likes L over all articles. */
        LIKES,
        /** Total shares RE over all articles. */
        SHARES,
        /** Reads of headline (first-position) articles. */
        HEADLINE_READS,
        /** 在看 of headline articles. */
        HEADLINE_ZAIKAN,
        /** Likes of headline articles. */
        HEADLINE_LIKES,
        /** Shares of headline articles. */
        HEADLINE_SHARES,
        /** Reads of the most-read article. */
        MAX_READS,
        /** 在看 of the article with the most. */
        MAX_ZAIKAN,
        /** Likes of the most-liked article. */
        MAX_LIKES,
        /** Shares of the most-shared article. */
        MAX_SHARES
    }

    private final Map<Count, Long> counts;

    private AccountActivity(Map<Count, Long> counts) {
        this.counts = Map.copyOf(counts);
    }

    /** A builder; set the counts the index needs. */
    public static Builder builder() {
        return new Builder();
    }

    /** A count, empty when it was not set. */
    public OptionalLong count(Count c) {
        Checks.notNull(c, "count");
        Long v = counts.get(c);
        return v == null ? OptionalLong.empty() : OptionalLong.of(v);
    }

    /** The counts, failing with every missing one named. */
    long[] require(List<Count> needed, String who) {
        List<String> missing = new ArrayList<>();
        long[] out = new long[needed.size()];
        for (int i = 0; i < needed.size(); i++) {
            Long v = counts.get(needed.get(i));
            if (v == null) {
                missing.add(needed.get(i).name());
            } else {
                out[i] = v;
            }
        }
        if (!missing.isEmpty()) {
            throw new InvalidValueException("activity", who + " needs " + missing + ", which were not set");
        }
        return out;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof AccountActivity a && counts.equals(a.counts);
    }

    @Override
    public int hashCode() {
        return counts.hashCode();
    }

    @Override
    public String toString() {
        return "AccountActivity" + new java.util.TreeMap<>(counts);
    }

    /** Builds an {@link AccountActivity}; every count is named. */
    public static final class Builder {
        private final Map<Count, Long> counts = new EnumMap<>(Count.class);

        private Builder() {
        }

        private Builder put(Count c, long v) {
            if (c == Count.DAYS || c == Count.ARTICLES) {
                Checks.positive(v, c.name().toLowerCase(java.util.Locale.ROOT));
            } else {
                Checks.nonNegative(v, c.name().toLowerCase(java.util.Locale.ROOT));
            }
            counts.put(c, v);
            return this;
        }

        /** @param days days in the period, &gt; 0 @return this builder */
        public Builder days(int days) {
            return put(Count.DAYS, days);
        }

        /** @param articles articles published, &gt; 0 @return this builder */
        public Builder articles(int articles) {
            return put(Count.ARTICLES, articles);
        }

        /** @param reads total reads @return this builder */
        public Builder reads(long reads) {
            return put(Count.READS, reads);
        }

        /** @param zaikan total 在看 @return this builder */
        public Builder zaikan(long zaikan) {
            return put(Count.ZAIKAN, zaikan);
        }

        /** @param likes total likes @return this builder */
        public Builder likes(long likes) {
            return put(Count.LIKES, likes);
        }

        /** @param shares total shares @return this builder */
        public Builder shares(long shares) {
            return put(Count.SHARES, shares);
        }

        /** @param reads reads of headline articles @return this builder */
        public Builder headlineReads(long reads) {
            return put(Count.HEADLINE_READS, reads);
        }

        /** @param zaikan 在看 of headline articles @return this builder */
        public Builder headlineZaikan(long zaikan) {
            return put(Count.HEADLINE_ZAIKAN, zaikan);
        }

        /** @param likes likes of headline articles @return this builder */
        public Builder headlineLikes(long likes) {
            return put(Count.HEADLINE_LIKES, likes);
        }

        /** @param shares shares of headline articles @return this builder */
        public Builder headlineShares(long shares) {
            return put(Count.HEADLINE_SHARES, shares);
        }

        /** @param reads reads of the most-read article @return this builder */
        public Builder maxReads(long reads) {
            return put(Count.MAX_READS, reads);
        }

        /** @param zaikan the most 在看 of one article @return this builder */
        public Builder maxZaikan(long zaikan) {
            return put(Count.MAX_ZAIKAN, zaikan);
        }

        /** @param likes the most likes of one article @return this builder */
        public Builder maxLikes(long likes) {
            return put(Count.MAX_LIKES, likes);
        }

        /** @param shares the most shares of one article @return this builder */
        public Builder maxShares(long shares) {
            return put(Count.MAX_SHARES, shares);
        }

        /** @return the activity (counts not set stay absent) */
        public AccountActivity build() {
            return new AccountActivity(counts);
        }
    }
}
