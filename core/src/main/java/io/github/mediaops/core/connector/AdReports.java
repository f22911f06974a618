package io.github.mediaops.core.connector;

import io.github.mediaops.core.DateRange;
import io.github.mediaops.core.InvalidValueException;
import io.github.mediaops.core.metrics.AdLevel;
import io.github.mediaops.core.metrics.AdPerformance;
import io.github.mediaops.core.platform.AccountRef;
import java.util.List;

/** Reading ad performance and spend from an ad platform (Ocean Engine incl. DOU+, Tencent Ads). */
public interface AdReports {

    /** Daily performance rows per ad (or per campaign where the platform reports no finer) for the days given. */
    List<AdPerformance> adPerformance(AccountRef advertiser, DateRange days);

    /**
     * Daily performance rows at one {@link AdLevel} for the days given. Spend is in {@code Money} whatever unit
     * the platform sends (fen or yuan); a metric the platform did not report is absent, never zero.
     *
     * <p>The default supports no level choice and throws; connectors that report several levels override it.
     *
     * @throws InvalidValueException naming {@code level} when the platform does not report that level
     * @since 0.1.0
     */
    default List<AdPerformance> adPerformance(AccountRef advertiser, DateRange days, AdLevel level) {
        throw new InvalidValueException("level", "this connector does not report by level (asked for " + level + ")");
    }
}
