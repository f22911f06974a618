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
 * where each term reads a named input x (a total, an average per article or per day, a maximum),
 * log-normalises it with an optional multiplier m, and is weighted within its group. Weights,
 * multipliers, power and scale are all configurable; two published versions are provided:
 *
 * <ul>
 *   <li>{@link #wciV2()}: reading index 80% (R 40%, R/n 45%, Rmax 15%) and like index 20%
 *       (Z 40%, Z/n 45%, Zmax 15%); index = 10 × (…)². Worked example published with it: R = 10000,
 *       R/n = 100, Rmax = 300, Z = 4000, Z/n = 40, Zmax = 60 gives WCI = 411.4875079
 *       (http://www.gulangu.com/a/344.html, "WCI的计算公式").</li>
 *   <li>{@link #wciV14_2()}: overall 60% (per-day reads, 在看, likes, shares), per-article 20%,
 *       headline 10% (per day), peak 10%; inner weights 70/9/6/15% with the 在看, like and share
 *       counts multiplied by 10 inside the log; index = 12 × (…)²
 *       (WCI V14.2 as published by Qingbo, reproduced at https://stevekatra.com/site/usage-1).</li>
 * </ul>
 *
 * @param groups the groups in order
 * @param power  the exponent applied to the weighted sum (2 for WCI)
 * @param scale  the final multiplier (10 for V2.0, 12 for V14.2)
 */
public record InfluenceIndex(List<Group> groups, double power, double scale) {

    /** One log-normalised input: {@code weight · ln(multiplier · x + 1)}. */
    public record Term(String input, double weight, double multiplier) {
        public Term {
            Checks.notBlank(input, "input");
            Checks.nonNegative(weight, "weight");
            Checks.nonNegative(multiplier, "multiplier");
        }
    }

    /** A weighted group of terms. */
    public record Group(String name, double weight, List<Term> terms) {
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
        public Result {
            groupScores = Map.copyOf(groupScores);
        }
    }

    public InfluenceIndex {
        groups = Checks.listOf(groups, "groups");
        if (groups.isEmpty()) {
            throw new InvalidValueException("groups", "groups must not be empty");
        }
        Checks.finite(power, "power");
        Checks.finite(scale, "scale");
        if (!(power > 0) || !(scale > 0)) {
            throw new InvalidValueException("power", "power and scale must be > 0 (was " + power + ", " + scale + ")");
        }
    }

    /** WCI V2.0 (inputs R, R/n, Rmax, Z, Z/n, Zmax). */
    public static InfluenceIndex wciV2() {
        return new InfluenceIndex(List.of(
                new Group("reading", 0.8, List.of(new Term("R", 0.40, 1), new Term("R/n", 0.45, 1), new Term("Rmax", 0.15, 1))),
                new Group("likes", 0.2, List.of(new Term("Z", 0.40, 1), new Term("Z/n", 0.45, 1), new Term("Zmax", 0.15, 1)))),
                2, 10);
    }

    /**
     * WCI V14.2 (inputs R/d, Z/d, L/d, RE/d; R/n, Z/n, L/n, RE/n; Rt/d, Zt/d, Lt/d, REt/d; Rmax, Zmax,
     * Lmax, REmax — R reads, Z 在看, L likes, RE shares, d days, n articles, t headline articles).
     */
    public static InfluenceIndex wciV14_2() {
        return new InfluenceIndex(List.of(
                v14("overall", 0.6, "/d", ""), v14("per_article", 0.2, "/n", ""),
                v14("headline", 0.1, "/d", "t"), v14("peak", 0.1, "max", "")), 2, 12);
    }

    private static Group v14(String name, double w, String suffix, String t) {
        return new Group(name, w, List.of(new Term("R" + t + suffix, 0.70, 1), new Term("Z" + t + suffix, 0.09, 10),
                new Term("L" + t + suffix, 0.06, 10), new Term("RE" + t + suffix, 0.15, 10)));
    }

    /** Computes the index from named inputs (each &ge; 0); every input a term names must be present. */
    public Result compute(Map<String, Double> inputs) {
        Map<String, Double> in = Checks.mapOf(inputs, "inputs");
        double sum = 0;
        Map<String, Double> scores = new LinkedHashMap<>();
        for (Group g : groups) {
            double gs = 0;
            for (Term t : g.terms()) {
                Double x = in.get(t.input());
                if (x == null) {
                    throw new InvalidValueException("inputs", "missing input " + Checks.show(t.input()) + " for group " + g.name());
                }
                Checks.nonNegative(x, "inputs." + t.input());
                gs += t.weight() * Math.log(t.multiplier() * x + 1);
            }
            scores.put(g.name(), gs);
            sum += g.weight() * gs;
        }
        return new Result(scale * Math.pow(sum, power), sum, scores);
    }

    /**
     * The V14.2 inputs from an account's totals over a period.
     *
     * @param days      days in the period (7 a week, 30 a month), &gt; 0
     * @param articles  articles published, &gt; 0
     * @param reads     total reads R, 在看 Z, likes L and shares RE over all articles, then the
     *                  same four for headline articles, then the four per-article maxima
     */
    public static Map<String, Double> wciV14_2Inputs(int days, int articles, long reads, long zaikan, long likes, long shares,
                                                     long headlineReads, long headlineZaikan, long headlineLikes,
                                                     long headlineShares, long maxReads, long maxZaikan, long maxLikes,
                                                     long maxShares) {
        Checks.positive(days, "days");
        Checks.positive(articles, "articles");
        Map<String, Double> m = new LinkedHashMap<>();
        double d = days;
        double n = articles;
        m.put("R/d", reads / d);
        m.put("Z/d", zaikan / d);
        m.put("L/d", likes / d);
        m.put("RE/d", shares / d);
        m.put("R/n", reads / n);
        m.put("Z/n", zaikan / n);
        m.put("L/n", likes / n);
        m.put("RE/n", shares / n);
        m.put("Rt/d", headlineReads / d);
        m.put("Zt/d", headlineZaikan / d);
        m.put("Lt/d", headlineLikes / d);
        m.put("REt/d", headlineShares / d);
        m.put("Rmax", (double) maxReads);
        m.put("Zmax", (double) maxZaikan);
        m.put("Lmax", (double) maxLikes);
        m.put("REmax", (double) maxShares);
        return m;
    }
}
