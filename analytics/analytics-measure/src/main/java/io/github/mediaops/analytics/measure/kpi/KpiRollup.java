package io.github.mediaops.analytics.measure.kpi;

import io.github.mediaops.core.DateRange;
import io.github.mediaops.core.InvalidValueException;
import io.github.mediaops.core.validate.Checks;
import io.github.mediaops.core.metrics.ContentMetrics;
import java.time.ZoneId;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Rolls daily content snapshots up into periods (day, ISO week, month) and groups (content, platform,
 * account, campaign), giving {@link MetricTotals} per cell from which {@link ContentKpis} computes the
 * rates.
 *
 * <p><b>Zones.</b> A platform's "day" is a day in its reporting zone. A roll-up is made in one zone, and
 * every snapshot must be in that zone: mixing Asia/Shanghai days with UTC days would put eight hours of
 * activity in the wrong day, so it is refused rather than done silently.
 *
 * <p><b>Corrections.</b> Before summing, only the latest reading of each post and day is kept
 * ({@link Corrections#latest}), so a T+1 re-read replaces the first reading.
 *
 * <pre>{@code
 * KpiRollup weekly = new KpiRollup(ZoneId.of("Asia/Shanghai"), Grain.WEEK, Dimension.platform());
 * KpiRollup.Result r = weekly.apply(snapshots);
 * }</pre>
 *
 * @param zone      the reporting zone every snapshot must be in
 * @param grain     the period
 * @param dimension the grouping
 *
 * @since 0.1.0
 */
public record KpiRollup(ZoneId zone, Grain grain, Dimension dimension) {
    /** Validates the components; bad values fail with the field named. */
    public KpiRollup {
        Checks.notNull(zone, "zone");
        Checks.notNull(grain, "grain");
        Checks.notNull(dimension, "dimension");
    }

    /** One cell of a roll-up. */
    public record Key(DateRange period, String group) {
        /** Validates the components; bad values fail with the field named. */
        public Key {
            Checks.notNull(period, "period");
            Checks.notBlank(group, "group");
        }
    }

    /**
     * The roll-up.
     *
     * @param cells    totals per (period, group), ordered by period then group
     * @param excluded snapshots left out because their group was unknown
     */
    public record Result(Map<Key, MetricTotals> cells, int excluded) {
        /** Validates the components; bad values fail with the field named. */
        public Result {
            cells = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(Checks.notNull(cells, "cells")));
        }

        /**
         * The totals of one cell.
         *
         * @param period the period
         * @param group  the group
         * @return the totals; empty when no snapshot fell in the cell
         */
        public Optional<MetricTotals> get(DateRange period, String group) {
            return Optional.ofNullable(cells.get(new Key(period, group)));
        }
    }

    /** Rolls up the snapshots, after applying late corrections. */
    public Result apply(Collection<ContentMetrics> snapshots) {
        List<ContentMetrics> latest = Corrections.latest(snapshots);
        Map<Key, MetricTotals> cells = new TreeMap<>(Comparator.comparing((Key k) -> k.period().start())
                .thenComparing(Key::group));
        int excluded = 0;
        for (ContentMetrics m : latest) {
            if (!m.zone().equals(zone)) {
                throw new InvalidValueException("zone", "snapshot of post " + m.postId() + " on " + m.day()
                        + " is in zone " + m.zone() + " but the roll-up is in " + zone);
            }
            Optional<String> group = dimension.groupOf(m);
            if (group.isEmpty()) {
                excluded++;
                continue;
            }
            cells.merge(new Key(grain.periodOf(m.day()), group.get()), MetricTotals.of(m), MetricTotals::plus);
        }
        return new Result(cells, excluded);
    }
}
