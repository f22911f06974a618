package io.github.mediaops.analytics.measure.nps;

import io.github.mediaops.core.InvalidValueException;
import io.github.mediaops.core.validate.Checks;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.commons.statistics.distribution.NormalDistribution;

/**
 * Statistics of the recommendation score (promoters % − detractors %).
 *
 * <p>With p<sub>P</sub>, p<sub>D</sub> the promoter and detractor shares of n answers, each answer is a
 * trinomial draw scored +1, 0, −1, so the score's variance per answer is
 * p<sub>P</sub> + p<sub>D</sub> − (p<sub>P</sub> − p<sub>D</sub>)², and its standard error is the square root
 * of that over n (×100 on the points scale). The adjusted-Wald interval adds 3 to n and ¾ to each of
 * promoters and detractors before using the same formula; Rocks (2016) found it to have the best
 * coverage of the simple methods.
 *
 * <p>References: B. Rocks, "Interval Estimation for the 'Net Promoter Score'", The American
 * Statistician 70(4), 2016; J. Sauro &amp; J. Lewis, https://measuringu.com/nps-confidence-intervals/.
 */
public final class PromoterScores {
    private static final NormalDistribution STD_NORMAL = NormalDistribution.of(0, 1);

    private PromoterScores() {
    }

    /** The score, −100..100. @throws InvalidValueException for an empty sample */
    public static double score(PromoterCounts c) {
        long n = nonEmpty(c, "counts");
        return 100.0 * (c.promoters() - c.detractors()) / n;
    }

    /** The score with standard error and both intervals at the given confidence. */
    public static PromoterScore estimate(PromoterCounts c, double confidence) {
        long n = nonEmpty(c, "counts");
        double z = z(confidence);
        double pp = (double) c.promoters() / n;
        double pd = (double) c.detractors() / n;
        double score = 100 * (pp - pd);
        double se = 100 * Math.sqrt(variance(pp, pd) / n);
        ScoreInterval wald = clipped(score - z * se, score + z * se, confidence);
        double na = n + 3.0;
        double ppa = (c.promoters() + 0.75) / na;
        double pda = (c.detractors() + 0.75) / na;
        double sa = 100 * (ppa - pda);
        double sea = 100 * Math.sqrt(variance(ppa, pda) / na);
        ScoreInterval adj = clipped(sa - z * sea, sa + z * sea, confidence);
        return new PromoterScore(c, score, se, wald, adj);
    }

    /**
     * Two-sided z-test of the difference between two independent samples, with unpooled variances.
     */
    public static ScoreDifference compare(PromoterCounts a, PromoterCounts b, double confidence) {
        long na = nonEmpty(a, "a");
        long nb = nonEmpty(b, "b");
        double z = z(confidence);
        double ppa = (double) a.promoters() / na;
        double pda = (double) a.detractors() / na;
        double ppb = (double) b.promoters() / nb;
        double pdb = (double) b.detractors() / nb;
        double diff = 100 * ((ppa - pda) - (ppb - pdb));
        double se = 100 * Math.sqrt(variance(ppa, pda) / na + variance(ppb, pdb) / nb);
        double stat = se == 0 ? 0 : diff / se;
        double p = se == 0 ? (diff == 0 ? 1 : 0) : 2 * STD_NORMAL.survivalProbability(Math.abs(stat));
        return new ScoreDifference(diff, se, stat, Math.min(1, p), new ScoreInterval(diff - z * se, diff + z * se, confidence));
    }

    /**
     * Answers needed for a Wald margin of error of {@code targetMargin} points at {@code confidence},
     * given the expected promoter and detractor shares: n = z² (p<sub>P</sub> + p<sub>D</sub> − (p<sub>P</sub> − p<sub>D</sub>)²)
     * × 100² / margin², rounded up. Without expectations, use p<sub>P</sub> = p<sub>D</sub> = 0.5 (variance 1,
     * the worst case).
     */
    public static long sampleSize(double targetMargin, double confidence, double expectedPromoterShare,
                                  double expectedDetractorShare) {
        Checks.finite(targetMargin, "targetMargin");
        if (targetMargin <= 0 || targetMargin > 200) {
            throw new InvalidValueException("targetMargin", "targetMargin must be in (0, 200] points (was " + targetMargin + ")");
        }
        Checks.fraction(expectedPromoterShare, "expectedPromoterShare");
        Checks.fraction(expectedDetractorShare, "expectedDetractorShare");
        if (expectedPromoterShare + expectedDetractorShare > 1 + 1e-12) {
            throw new InvalidValueException("expectedDetractorShare", "promoter and detractor shares add up to more than 1 ("
                    + expectedPromoterShare + " + " + expectedDetractorShare + ")");
        }
        double z = z(confidence);
        double v = variance(expectedPromoterShare, expectedDetractorShare);
        double n = z * z * v * 10000 / (targetMargin * targetMargin);
        return Math.max(1, (long) Math.ceil(n - 1e-9));
    }

    /** Estimates per segment (e.g. per platform or customer tier), in the map's order; empty segments are rejected. */
    public static Map<String, PromoterScore> bySegment(Map<String, PromoterCounts> segments, double confidence) {
        Checks.notNull(segments, "segments");
        Map<String, PromoterScore> out = new LinkedHashMap<>();
        segments.forEach((k, v) -> {
            Checks.notBlank(k, "segment");
            Checks.notNull(v, "segments." + k);
            if (v.n() == 0) {
                throw new InvalidValueException("segments." + k, "segment " + Checks.show(k) + " has no answers");
            }
            out.put(k, estimate(v, confidence));
        });
        return Collections.unmodifiableMap(out);
    }

    static double variance(double pp, double pd) {
        return Math.max(0, pp + pd - (pp - pd) * (pp - pd));
    }

    static double z(double confidence) {
        Checks.finite(confidence, "confidence");
        if (confidence <= 0 || confidence >= 1) {
            throw new InvalidValueException("confidence", "confidence must be in (0, 1) (was " + confidence + ")");
        }
        return STD_NORMAL.inverseSurvivalProbability((1 - confidence) / 2);
    }

    private static ScoreInterval clipped(double lo, double hi, double confidence) {
        return new ScoreInterval(Math.max(-100, lo), Math.min(100, hi), confidence);
    }

    private static long nonEmpty(PromoterCounts c, String field) {
        Checks.notNull(c, field);
        if (c.n() == 0) {
            throw new InvalidValueException(field, field + " has no answers; the score of an empty sample is undefined");
        }
        return c.n();
    }
}
