package io.github.mediaops.abtest.sequential;

import io.github.mediaops.abtest.internal.Numerics;
import io.github.mediaops.core.InvalidValueException;

/**
 * A Lan–DeMets alpha-spending function {@code α(t)}: the cumulative two-sided type I error allowed by
 * information fraction {@code t ∈ [0, 1]}, with {@code α(0) = 0} and {@code α(1) = α}; each side of a
 * symmetric design spends {@code α(t)/2}
 * (Lan and DeMets 1983, Biometrika 70; Jennison and Turnbull 2000, Group Sequential Methods, §7.2).
 *
 * <ul>
 *   <li>{@link #obrienFleming()}: {@code α(t) = 2 · (2 - 2Φ(z_{1-α/4} / √t))} — the O'Brien–Fleming-type
 *       function applied to the one-sided level α/2 on each side (the definition of gsDesign's {@code sfLDOF}
 *       and rpact's {@code asOF} for a symmetric two-sided test; five looks reproduce the published boundaries
 *       4.877, 3.357, 2.680, 2.290, 2.031); spends almost nothing early;</li>
 *   <li>{@link #pocock()}: {@code α(t) = α ln(1 + (e - 1) t)} — spends evenly;</li>
 *   <li>{@link #power(double)}: {@code α(t) = α t^ρ} (Kim and DeMets 1987), ρ = 3 is close to
 *       O'Brien–Fleming, ρ = 1 to Pocock.</li>
 * </ul>
 *
 * <pre>{@code
 * SpendingFunction obf = SpendingFunction.obrienFleming();
 * double spentHalfway = obf.spent(InformationFraction.of(0.5), 0.05);   // 0.00305
 * }</pre>
 *
 * @since 0.1.0
 */
public interface SpendingFunction {

    /**
     * The cumulative two-sided error spent by information fraction {@code t} for the overall level
     * {@code alpha}: 0 at {@code t = 0}, {@code alpha} at {@code t = 1}, non-decreasing in between. The fraction
     * is typed, so the level cannot be passed in its place.
     *
     * @param t     the information fraction
     * @param alpha the overall level, in (0, 1) (β for a β-spending function)
     * @return the error spent by {@code t}, in [0, alpha]
     */
    double spent(InformationFraction t, double alpha);

    /** A short name, e.g. {@code "obrien-fleming"}. */
    String name();

    /** @return the O'Brien–Fleming-type (Lan–DeMets) spending function */
    static SpendingFunction obrienFleming() {
        return new SpendingFunction() {
            @Override
            public double spent(InformationFraction fraction, double alpha) {
                double t = fraction.value();
                if (t <= 0) {
                    return 0;
                }
                if (t >= 1) {
                    return alpha;
                }
                return 4 * Numerics.sf(Numerics.upperQuantile(alpha / 4) / Math.sqrt(t));
            }

            @Override
            public String name() {
                return "obrien-fleming";
            }
        };
    }

    /** @return the Pocock-type (Lan–DeMets) spending function */
    static SpendingFunction pocock() {
        return new SpendingFunction() {
            @Override
            public double spent(InformationFraction fraction, double alpha) {
                double t = fraction.value();
                if (t <= 0) {
                    return 0;
                }
                return t >= 1 ? alpha : alpha * Math.log(1 + (Math.E - 1) * t);
            }

            @Override
            public String name() {
                return "pocock";
            }
        };
    }

    /**
     * @param rho the exponent, &gt; 0 and finite
     * @return the power family {@code α t^ρ} of Kim and DeMets
     */
    static SpendingFunction power(double rho) {
        if (!(rho > 0) || Double.isInfinite(rho)) {
            throw new InvalidValueException("rho", "rho must be a positive finite number (was " + rho + ")");
        }
        return new SpendingFunction() {
            @Override
            public double spent(InformationFraction fraction, double alpha) {
                double t = fraction.value();
                if (t <= 0) {
                    return 0;
                }
                return t >= 1 ? alpha : alpha * Math.pow(t, rho);
            }

            @Override
            public String name() {
                return "power(" + rho + ")";
            }
        };
    }
}
