package io.github.mediaops.analytics.measure.campaign;

import io.github.mediaops.core.validate.Checks;

/**
 * The actual value of one KPI over a period, in the KPI's unit (a fraction for rates, an amount in the
 * campaign's currency for money), and how it was obtained.
 *
 * @param kpiId the KPI's id in the catalog
 * @param value the value; finite
 * @param basis how it was computed, e.g. {@code "(shares + saves) / views over 6 snapshots"}
 * @since 0.1.0
 */
public record KpiActual(String kpiId, double value, String basis) {
    /** Validates the parts. */
    public KpiActual {
        Checks.notBlank(kpiId, "kpiId");
        Checks.finite(value, "value");
        Checks.notBlank(basis, "basis");
    }
}
