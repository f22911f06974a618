package io.github.mediaops.abtest;

/**
 * Which normal-approximation formula plans a two-proportion test. With baseline {@code p1}, target
 * {@code p2 = p1 + δ}, {@code zα} the critical value and {@code zβ = Φ⁻¹(power)}:
 * {@code n = (zα · s0 + zβ · s1)² / δ²} per arm, where {@code s1 = sqrt(p1 q1 + p2 q2)} and
 * <ul>
 *   <li>{@link #EVAN_MILLER}: {@code s0 = sqrt(2 p1 q1)} (null variance at the baseline), the form
 *       Evan Miller's sample size calculator describes (https://www.evanmiller.org/ab-testing/sample-size.html);
 *       named after it, not checked against its output;</li>
 *   <li>{@link #R_POWER_PROP_TEST}: {@code s0 = sqrt(2 p̄ q̄)}, {@code p̄ = (p1 + p2)/2}, R's
 *       {@code power.prop.test} with {@code strict = FALSE} (Fleiss, Statistical Methods for Rates and
 *       Proportions, 3rd ed., eq. 4.14 without continuity correction; reproduces the examples of R's help
 *       page, see {@code PublishedExamplesTest});</li>
 *   <li>{@link #UNPOOLED}: {@code s0 = s1} (the unpooled Wald test).</li>
 * </ul>
 *
 * @since 0.1.0
 */
public enum ProportionFormula {
    EVAN_MILLER, R_POWER_PROP_TEST, UNPOOLED
}
