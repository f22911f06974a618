/**
 * Return on investment and cost metrics: ROI, ROAS, CPM, CPC, CPE, CPV, CPA, CAC, lifetime value
 * (simple and cohort-based), payback period, incremental ROI / iROAS from a holdout, marginal ROI and
 * the organic versus paid split. Money stays {@link io.github.mediaops.core.Money} (BigDecimal with a
 * currency); amounts in different currencies are never combined (a
 * {@link io.github.mediaops.core.CurrencyMismatchException} is thrown), and spend or cost must not be
 * negative. Ratios whose denominator is zero are empty, never 0 or infinity.
 */
package io.github.mediaops.analytics.measure.roi;
