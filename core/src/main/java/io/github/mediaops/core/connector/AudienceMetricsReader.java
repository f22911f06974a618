package io.github.mediaops.core.connector;

import io.github.mediaops.core.DateRange;
import io.github.mediaops.core.metrics.AudienceMetrics;
import io.github.mediaops.core.platform.AccountRef;
import java.util.List;

/** Reading follower numbers. */
public interface AudienceMetricsReader {

    /** One snapshot per day of the range that the platform reports, oldest first. */
    List<AudienceMetrics> audienceMetrics(AccountRef account, DateRange days);
}
