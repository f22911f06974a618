package io.github.mediaops.core.metrics;

import io.github.mediaops.core.InvalidValueException;
import io.github.mediaops.core.Money;
import io.github.mediaops.core.validate.Checks;
import io.github.mediaops.core.platform.AccountRef;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import java.util.Optional;

/**
 * One day of one ad's (or campaign's) performance on an ad platform.
 *
 * @param advertiser the advertiser account
 * @param campaignId the ad platform's campaign id
 * @param adId       the ad (creative/plan) id, or {@code null} for a campaign-level row
 * @param day        the calendar day in {@code zone}
 * @param zone       the ad platform's reporting zone
 * @param spend      what the day cost, never negative
 * @param metrics    impressions, clicks, views, conversions, ... as reported; absent is not zero
 */
public record AdPerformance(AccountRef advertiser, String campaignId, String adId, LocalDate day, ZoneId zone,
                            Money spend, Map<Metric, Double> metrics) {
    public AdPerformance {
        Checks.notNull(advertiser, "advertiser");
        Checks.notBlank(campaignId, "campaignId");
        Checks.blankToNullRejected(adId, "adId");
        Checks.notNull(day, "day");
        Checks.notNull(zone, "zone");
        Checks.notNull(spend, "spend");
        if (spend.signum() < 0) {
            throw new InvalidValueException("spend", "spend must not be negative (was " + spend + ")");
        }
        metrics = ContentMetrics.validated(metrics, "metrics");
    }

    public Optional<String> ad() {
        return Optional.ofNullable(adId);
    }

    /**
     * Spend per conversion ({@code spend / conversions}, rounded half-even to the currency's minor unit plus
     * {@link Money#SCALE_HEADROOM} decimals), or empty when conversions were not reported or are zero:
     * absent conversions never become an infinite or zero cost.
     *
     * @since 0.1.0
     */
    public Optional<Money> costPerConversion() {
        Double conversions = metrics.get(Metric.CONVERSIONS);
        if (conversions == null || conversions <= 0) {
            return Optional.empty();
        }
        BigDecimal per = spend.amount().divide(BigDecimal.valueOf(conversions),
                Money.maxScale(spend.currency()), RoundingMode.HALF_EVEN);
        return Optional.of(Money.computed(per, spend.currency()));
    }
}
