package io.github.mediaops.core.connector;

import io.github.mediaops.core.DateRange;
import io.github.mediaops.core.metrics.ContentMetrics;
import io.github.mediaops.core.platform.AccountRef;
import java.util.List;

/** Reading per-post metrics. */
public interface ContentMetricsReader {

    /**
     * Metrics of the account's posts for the given days (in the platform's reporting zone). The
     * connector splits the range to fit the platform's span limits and returns the snapshots the
     * platform has: {@code DAY} and/or {@code LIFETIME} coverage, with absent metrics left absent.
     * Days the platform has not finished computing (T+1 data) are not returned.
     */
    List<ContentMetrics> contentMetrics(AccountRef account, DateRange days);
}
