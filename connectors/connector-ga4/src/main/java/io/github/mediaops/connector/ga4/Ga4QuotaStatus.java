package io.github.mediaops.connector.ga4;

import io.github.mediaops.core.validate.Checks;

/**
 * One GA4 property quota: the tokens (or requests) this request {@code consumed} and what {@code remaining} is left in
 * the quota's period. Per https://developers.google.com/analytics/devguides/reporting/data/v1/rest/v1beta/PropertyQuota.
 *
 * @param consumed  quota consumed by this request, never negative
 * @param remaining quota remaining after this request, never negative
 */
public record Ga4QuotaStatus(long consumed, long remaining) {
    public Ga4QuotaStatus {
        Checks.nonNegative(consumed, "consumed");
        Checks.nonNegative(remaining, "remaining");
    }
}
