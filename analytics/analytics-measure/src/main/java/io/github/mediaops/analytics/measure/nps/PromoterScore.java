package io.github.mediaops.analytics.measure.nps;

import io.github.mediaops.core.validate.Checks;

/**
 * A recommendation score with its uncertainty, on the −100..100 scale.
 *
 * @param counts        the answers it was computed from
 * @param score         100 × (promoters − detractors) / n
 * @param standardError 100 × √((p<sub>P</sub> + p<sub>D</sub> − (p<sub>P</sub> − p<sub>D</sub>)²) / n), the
 *                      trinomial standard error
 * @param wald          score ± z × standard error, clipped to [−100, 100]
 * @param adjustedWald  the adjusted-Wald interval (Rocks 2016): add 3 to n and ¾ to promoters and to
 *                      detractors, then a Wald interval around the adjusted score, clipped to [−100, 100]
 */
public record PromoterScore(PromoterCounts counts, double score, double standardError, ScoreInterval wald,
                            ScoreInterval adjustedWald) {
    public PromoterScore {
        Checks.notNull(counts, "counts");
        Checks.finite(score, "score");
        Checks.nonNegative(standardError, "standardError");
        Checks.notNull(wald, "wald");
        Checks.notNull(adjustedWald, "adjustedWald");
    }

    /** Half the width of the Wald interval before clipping: z × standard error. */
    public double marginOfError() {
        return (waldZ() * standardError);
    }

    private double waldZ() {
        return PromoterScores.z(wald.confidence());
    }
}
