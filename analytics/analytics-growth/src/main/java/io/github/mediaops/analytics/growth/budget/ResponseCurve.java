package io.github.mediaops.analytics.growth.budget;

/**
 * A channel's response to spend: the expected outcome per period (revenue, conversions, new
 * followers) when {@code spend} currency units are spent per period in steady state.
 *
 * <p>The allocator needs the response and its derivative (the marginal return, outcome per extra
 * currency unit). Curves must be non-decreasing with {@code response(0) = 0}; they may be concave
 * everywhere, or S-shaped: convex below {@link #inflection()} and concave above it.
 * {@link HillCurve} is the built-in implementation; a host may implement its own.
 */
public interface ResponseCurve {

    /** The expected outcome for a per-period spend &ge; 0. */
    double response(double spend);

    /** The derivative of {@link #response} at {@code spend}: the marginal return (marginal ROI). */
    double marginal(double spend);

    /** The spend below which the curve is convex; 0 for a concave curve. */
    default double inflection() {
        return 0;
    }
}
