package io.github.mediaops.abtest;

/**
 * How the confidence interval of the relative effect {@code treatment / control - 1} is computed.
 *
 * @since 0.1.0
 */
public enum RelativeInterval {
    /**
     * First-order delta method: {@code Var(b/a) ≈ Var(b)/a² + b² Var(a)/a⁴} for independent arms
     * (Casella and Berger, Statistical Inference, 2nd ed., §5.5.4).
     */
    DELTA,
    /**
     * Fieller's theorem: the set of ratios ρ with {@code (b - ρ a)² <= c² (Var(b) + ρ² Var(a))}; it is
     * unbounded when the control mean is not significantly different from 0 (Fieller 1954, JRSS B 16).
     */
    FIELLER
}
