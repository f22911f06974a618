package io.github.mediaops.analytics.growth.kol;

import io.github.mediaops.core.InvalidValueException;
import io.github.mediaops.core.validate.Checks;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An account influence index in the style of the WeChat Communication Index (WCI, 微信传播指数)
 * published by Qingbo (清博指数) with academic support from Tsinghua University's School of
 * Journalism and Communication:
 *
 * <pre>index = scale × ( Σ_groups w_g · Σ_terms v_t · ln(m_t · x_t + 1) ) ^ power</pre>
 *
 * where each term reads a typed {@link Input} x of an {@link AccountActivity} (a total, an average per
 * article or per day, a maximum), log-normalises it with an optional multiplier m, and is weighted within
 * its group. Weights,
 * multipliers, power and scale are all configurable; two published versions are provided:
 *
 * <ul>
 *   <li>{@link #wciV2()}: reading index 80% (R 40%, R/n 45%, Rmax 15%) and like index 20%
 *       (Z 40%, Z/n 45%, Zmax 15%, Z = likes); index = 10 × (…)². Worked example published with it:
 *       R = 10000, R/n = 100, Rmax = 300, Z = 4000, Z/n = 40, Zmax = 60 (100 articles) gives
 *       WCI = 411.4875079
 *       (http://www.gulangu.com/a/344.html, "WCI的计算公式").</li>
 *   <li>{@link #wciV14_2()}: overall 60% (per-day reads, 在看, likes, shares), per-article 20%,
 *       headline 10% (per day), peak 10%; inner weights 70/9/6/15% with the 在看, like and share
 *       counts multiplied by 10 inside the log; index = 12 × (…)²
 *       (WCI V14.2 as published by Qingbo, reproduced at https://stevekatra.com/site/usage-1).</li>
 * </ul>
 *
 * <p>An index of one's own is built by name:
 * {@code InfluenceIndex.of(List.of(new Group("plays", 1, List.of(Term.of(Input.READS_PER_ARTICLE, 1))))).withPower(2).withScale(10)}.
 *
 * @since 0.1.0
 */
public final class InfluenceIndex {
    private final List<Group> groups;
    private final double power;
    private final double scale;

    /**
     * The inputs an index term can read, each derived from an {@link AccountActivity}: totals, averages per
     * article (÷ articles) or per day (÷ days), maxima. The label is the formula's own symbol.
     */
    public enum Input {
        /** R: total reads. */
        READS("R", AccountActivity.Count.READS, null),
        /** R/n: reads per article. */
        READS_PER_ARTICLE("R/n", AccountActivity.Count.READS, AccountActivity.Count.ARTICLES),
        /** R/d: reads per day. */
        READS_PER_DAY("R/d", AccountActivity.Count.READS, AccountActivity.Count.DAYS),
        /** Rmax: reads of the most-read article. */
        MAX_READS("Rmax", AccountActivity.Count.MAX_READS, null),
        /** Likes in total (WCI V2.0's Z). */
        LIKES("Z", AccountActivity.Count.LIKES, null),
        /** Likes per article (WCI V2.0's Z/n, V14.2's L/n). */
        LIKES_PER_ARTICLE("L/n", AccountActivity.Count.LIKES, AccountActivity.Count.ARTICLES),
        /** Likes per day (V14.2's L/d). */
        LIKES_PER_DAY("L/d", AccountActivity.Count.LIKES, AccountActivity.Count.DAYS),
        /** The most likes of one article (V2.0's Zmax, V14.2's Lmax). */
        MAX_LIKES("Lmax", AccountActivity.Count.MAX_LIKES, null),
        /** 在看 per day (V14.2's Z/d). */
        ZAIKAN_PER_DAY("Z/d", AccountActivity.Count.ZAIKAN, AccountActivity.Count.DAYS),
        /** 在看 per article (V14.2's Z/n). */
        ZAIKAN_PER_ARTICLE("Z/n", AccountActivity.Count.ZAIKAN, AccountActivity.Count.ARTICLES),
        /** The most 在看 of one article (V14.2's Zmax). */
        MAX_ZAIKAN("Zmax", AccountActivity.Count.MAX_ZAIKAN, null),
        /** Shares per day (V14.2's RE/d). */
        SHARES_PER_DAY("RE/d", AccountActivity.Count.SHARES, AccountActivity.Count.DAYS),
        /** Shares per article (V14.2's RE/n). */
        SHARES_PER_ARTICLE("RE/n", AccountActivity.Count.SHARES, AccountActivity.Count.ARTICLES),
        /** The most shares of one article (V14.2's REmax). */
        MAX_SHARES("REmax", AccountActivity.Count.MAX_SHARES, null),
        /** Headline reads per day (V14.2's Rt/d). */
        HEADLINE_READS_PER_DAY("Rt/d", AccountActivity.Count.HEADLINE_READS, AccountActivity.Count.DAYS),
        /** Headline 在看 per day (V14.2's Zt/d). */
        HEADLINE_ZAIKAN_PER_DAY("Zt/d", AccountActivity.Count.HEADLINE_ZAIKAN, AccountActivity.Count.DAYS),
        /** Headline likes per day (V14.2's Lt/d). */
        HEADLINE_LIKES_PER_DAY("Lt/d", AccountActivity.Count.HEADLINE_LIKES, AccountActivity.Count.DAYS),
        /** Headline shares per day (V14.2's REt/d). */
        HEADLINE_SHARES_PER_DAY("REt/d", AccountActivity.Count.HEADLINE_SHARES, AccountActivity.Count.DAYS);

        private final String label;
        private final AccountActivity.Count count;
        private final AccountActivity.Count per;

        Input(String label, AccountActivity.Count count, AccountActivity.Count per) {
            this.label = label;
            this.count = count;
            this.per = per;
        }

        /** @return the formula's symbol, e.g. {@code "R/n"} */
        public String label() {
            return label;
        }

        void need(List<AccountActivity.Count> out) {
            if (!out.contains(count)) {
                out.add(count);
            }
            if (per != null && !out.contains(per)) {
                out.add(per);
            }
        }

        double of(Map<AccountActivity.Count, Long> c) {
            double x = c.get(count);
            return per == null ? x : x / c.get(per);
        }
    }

    /**
     * One log-normalised input: {@code weight · ln(multiplier · x + 1)}; the multiplier (1 unless set with
     * {@link #withMultiplier}) is named apart from the weight, so the two cannot be swapped.
     */
    public static final class Term {
        private final Input input;
        private final double weight;
        private final double multiplier;

        private Term(Input input, double weight, double multiplier) {
            this.input = Checks.notNull(input, "input");
            this.weight = Checks.nonNegative(weight, "weight");
            this.multiplier = Checks.nonNegative(multiplier, "multiplier");
        }

        /**
         * @param input  what the term reads
         * @param weight its weight within the group, &ge; 0
         * @return the term with multiplier 1
         */
        public static Term of(Input input, double weight) {
            return new Term(input, weight, 1);
        }

        /**
         * @param multiplier the factor applied to the input inside the log, &ge; 0
         * @return this term with that multiplier
         */
        public Term withMultiplier(double multiplier) {
            return new Term(input, weight, multiplier);
        }

        /** @return what the term reads */
        public Input input() {
            return input;
        }

        /** @return its weight within the group */
        public double weight() {
            return weight;
        }

        /** @return the factor inside the log */
        public double multiplier() {
            return multiplier;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Term t && input == t.input && Double.compare(weight, t.weight) == 0
                    && Double.compare(multiplier, t.multiplier) == 0;
        }

        @Override
        public int hashCode() {
            return java.util.Objects.hash(input, weight, multiplier);
        }

        @Override
        public String toString() {
            return "Term[" + input.label() + " × " + weight + (multiplier == 1 ? "" : ", ×" + multiplier + " inside") + "]";
        }
    }

    /** A weighted group of terms. */
    public record Group(String name, double weight, List<Term> terms) {
        /** Validates the components; bad values fail with the field named. */
        public Group {
            Checks.notBlank(name, "name");
            Checks.nonNegative(weight, "weight");
            terms = Checks.listOf(terms, "terms");
            if (terms.isEmpty()) {
                throw new InvalidValueException("terms", "group " + name + " has no terms");
            }
        }
    }

    /** The index and how each group contributed (group score before weighting). */
    public record Result(double value, double weightedSum, Map<String, Double> groupScores) {
        /** Validates the components; bad values fail with the field named. */
        public Result {
            groupScores = Map.copyOf(groupScores);
        }
    }

    private InfluenceIndex(List<Group> groups, double power, double scale) {
        this.groups = Checks.listOf(groups, "groups");
        if (this.groups.isEmpty()) {
            throw new InvalidValueException("groups", "groups must not be empty");
        }
        Checks.finite(power, "power");
        Checks.finite(scale, "scale");
        if (!(power > 0)) {
            throw new InvalidValueException("power", "power must be > 0 (was " + power + ")");
        }
        if (!(scale > 0)) {
            throw new InvalidValueException("scale", "scale must be > 0 (was " + scale + ")");
        }
        this.power = power;
        this.scale = scale;
    }

    /** An index over these groups with power 1 and scale 1; set them with {@link #withPower}, {@link #withScale}. */
    public static InfluenceIndex of(List<Group> groups) {
        return new InfluenceIndex(groups, 1, 1);
    }

    /** @param power the exponent applied to the weighted sum (2 for WCI), &gt; 0 @return this index with it */
    public InfluenceIndex withPower(double power) {
        return new InfluenceIndex(groups, power, scale);
    }

    /** @param scale the final multiplier (10 for V2.0, 12 for V14.2), &gt; 0 @return this index with it */
    public InfluenceIndex withScale(double scale) {
        return new InfluenceIndex(groups, power, scale);
    }

    /** @return the groups in order */
    public List<Group> groups() {
        return groups;
    }

    /** @return the exponent applied to the weighted sum */
    public double power() {
        return power;
    }

    /** @return the final multiplier */
    public double scale() {
        return scale;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof InfluenceIndex i && groups.equals(i.groups) && Double.compare(power, i.power) == 0
                && Double.compare(scale, i.scale) == 0;
    }

    @Override
    public int hashCode() {
        return java.util.Objects.hash(groups, power, scale);
    }

    @Override
    public String toString() {
        return "InfluenceIndex[" + groups + ", power " + power + ", scale " + scale + "]";
    }

    /** WCI V2.0 (inputs R, R/n, Rmax, Z, Z/n, Zmax). */
    public static InfluenceIndex wciV2() {
        return of(List.of(
                new Group("reading", 0.8, List.of(Term.of(Input.READS, 0.40), Term.of(Input.READS_PER_ARTICLE, 0.45),
                        Term.of(Input.MAX_READS, 0.15))),
                new Group("likes", 0.2, List.of(Term.of(Input.LIKES, 0.40), Term.of(Input.LIKES_PER_ARTICLE, 0.45),
                        Term.of(Input.MAX_LIKES, 0.15)))))
                .withPower(2).withScale(10);
    }

    /**
     * WCI V14.2 (inputs R/d, Z/d, L/d, RE/d; R/n, Z/n, L/n, RE/n; Rt/d, Zt/d, Lt/d, REt/d; Rmax, Zmax,
     * Lmax, REmax — R reads, Z 在看, L likes, RE shares, d days, n articles, t headline articles).
     */
    public static InfluenceIndex wciV14_2() {
        return of(List.of(
                v14("overall", 0.6, Input.READS_PER_DAY, Input.ZAIKAN_PER_DAY, Input.LIKES_PER_DAY, Input.SHARES_PER_DAY),
                v14("per_article", 0.2, Input.READS_PER_ARTICLE, Input.ZAIKAN_PER_ARTICLE, Input.LIKES_PER_ARTICLE,
                        Input.SHARES_PER_ARTICLE),
                v14("headline", 0.1, Input.HEADLINE_READS_PER_DAY, Input.HEADLINE_ZAIKAN_PER_DAY,
                        Input.HEADLINE_LIKES_PER_DAY, Input.HEADLINE_SHARES_PER_DAY),
                v14("peak", 0.1, Input.MAX_READS, Input.MAX_ZAIKAN, Input.MAX_LIKES, Input.MAX_SHARES)))
                .withPower(2).withScale(12);
    }

    private static Group v14(String name, double w, Input reads, Input zaikan, Input likes, Input shares) {
        return new Group(name, w, List.of(Term.of(reads, 0.70), Term.of(zaikan, 0.09).withMultiplier(10),
                Term.of(likes, 0.06).withMultiplier(10), Term.of(shares, 0.15).withMultiplier(10)));
    }

    /**
     * Computes the index from an account's activity; every count a term reads must be set (all missing
     * ones are named at once).
     */
    public Result compute(AccountActivity activity) {
        Checks.notNull(activity, "activity");
        List<AccountActivity.Count> needed = new java.util.ArrayList<>();
        for (Group g : groups) {
            for (Term t : g.terms()) {
                t.input().need(needed);
            }
        }
        long[] values = activity.require(needed, "this influence index");
        Map<AccountActivity.Count, Long> c = new java.util.EnumMap<>(AccountActivity.Count.class);
        for (int i = 0; i < needed.size(); i++) {
            c.put(needed.get(i), values[i]);
        }
        double sum = 0;
        Map<String, Double> scores = new LinkedHashMap<>();
        for (Group g : groups) {
            double gs = 0;
            for (Term t : g.terms()) {
                gs += t.weight() * Math.log(t.multiplier() * t.input().of(c) + 1);
            }
            scores.put(g.name(), gs);
            sum += g.weight() * gs;
        }
        return new Result(scale * Math.pow(sum, power), sum, scores);
    }
}
