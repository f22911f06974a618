package io.github.mediaops.core.connector;

import io.github.mediaops.core.DateRange;
import io.github.mediaops.core.metrics.AdPerformance;
import io.github.mediaops.core.platform.AccountRef;
import java.util.List;

/** Reading ad performance and spend from an ad platform (Ocean Engine incl. DOU+, Tencent Ads). */
public interface AdReports {

    /** Daily performance rows per ad (or per campaign where the platform reports no finer) for the days given. */
    List<AdPerformance> adPerformance(AccountRef advertiser, DateRange days);
}
