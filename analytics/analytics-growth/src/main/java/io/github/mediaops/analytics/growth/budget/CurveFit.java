package io.github.mediaops.analytics.growth.budget;

import io.github.mediaops.core.validate.Checks;
import java.util.List;

/**
 * A Hill curve fitted to a channel's history, with its fit quality.
 *
 * @param curve          the fitted curve
 * @param n              number of observations used
 * @param sse            residual sum of squares Σ (y - ŷ)²
 * @param rmse           √(sse / n)
 * @param rSquared       1 - sse / Σ (y - ȳ)² (can be negative for a fit worse than the mean)
 * @param atBound        the names of parameters that ended on a bound ("alpha", "halfSaturation"),
 *                       a sign that the history does not identify them
 */
public record CurveFit(HillCurve curve, int n, double sse, double rmse, double rSquared, List<String> atBound) {
    public CurveFit {
        Checks.notNull(curve, "curve");
        atBound = Checks.listOf(atBound, "atBound");
    }
}
