package io.github.mediaops.analytics.planning.inbox;

import io.github.mediaops.core.validate.Checks;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * First-response and resolution KPIs of an inbox.
 *
 * <p>Times run from the item to the reply (resolution). Median and 90th percentile use the
 * nearest-rank method (the ⌈p·n⌉-th smallest). SLA attainment = items answered (resolved) on time ÷
 * (items answered or resolved + open items already past due); open items not yet due are left out.
 *
 * @param items                 tickets counted
 * @param responded             tickets with a first response
 * @param resolved              tickets resolved
 * @param medianFirstResponse   empty when none responded
 * @param p90FirstResponse      empty when none responded
 * @param medianResolution      empty when none resolved
 * @param firstResponseSla      fraction in SLA; NaN when nothing is measurable yet
 * @param resolutionSla         fraction in SLA; NaN when nothing is measurable yet
 * @param breachingNow          open tickets past their first-response or resolution deadline now
 * @param byIntent              tickets per intent
 *
 * @since 0.1.0
 */
public record InboxKpis(int items, int responded, int resolved, Optional<Duration> medianFirstResponse,
                        Optional<Duration> p90FirstResponse, Optional<Duration> medianResolution, double firstResponseSla,
                        double resolutionSla, int breachingNow, Map<Intent, Integer> byIntent) {

    /** Validates the components; bad values fail with the field named. */
    public InboxKpis {
        Checks.nonNegative(items, "items");
        Checks.notNull(medianFirstResponse, "medianFirstResponse");
        Checks.notNull(p90FirstResponse, "p90FirstResponse");
        Checks.notNull(medianResolution, "medianResolution");
        Map<Intent, Integer> ordered = new EnumMap<>(Intent.class);
        ordered.putAll(Checks.mapOf(byIntent, "byIntent"));
        byIntent = java.util.Collections.unmodifiableMap(ordered);
    }

    /**
     * The inbox's service levels over {@code tickets}, open ones judged at the clock's instant.
     *
     * @param tickets the tickets
     * @param clock   the current time
     * @return the KPIs; SLA shares are fractions, NaN when no ticket is due yet
     */
    public static InboxKpis of(List<Ticket> tickets, Clock clock) {
        List<Ticket> list = Checks.listOf(tickets, "tickets");
        Instant now = Checks.notNull(clock, "clock").instant();
        List<Duration> fr = new ArrayList<>();
        List<Duration> res = new ArrayList<>();
        int frOk = 0;
        int frBad = 0;
        int resOk = 0;
        int resBad = 0;
        int breaching = 0;
        Map<Intent, Integer> byIntent = new EnumMap<>(Intent.class);
        for (Ticket t : list) {
            Triage tr = t.triage();
            Instant at = tr.item().receivedAt();
            byIntent.merge(tr.intent(), 1, Integer::sum);
            boolean breach = false;
            if (t.firstResponseAt() != null) {
                fr.add(Duration.between(at, t.firstResponseAt()));
                if (t.firstResponseAt().isAfter(tr.firstResponseDue())) {
                    frBad++;
                } else {
                    frOk++;
                }
            } else if (now.isAfter(tr.firstResponseDue())) {
                frBad++;
                breach = true;
            }
            if (t.resolvedAt() != null) {
                res.add(Duration.between(at, t.resolvedAt()));
                if (t.resolvedAt().isAfter(tr.resolutionDue())) {
                    resBad++;
                } else {
                    resOk++;
                }
            } else if (now.isAfter(tr.resolutionDue())) {
                resBad++;
                breach = true;
            }
            if (breach) {
                breaching++;
            }
        }
        return new InboxKpis(list.size(), fr.size(), res.size(), rank(fr, 0.5), rank(fr, 0.9), rank(res, 0.5),
                frOk + frBad == 0 ? Double.NaN : (double) frOk / (frOk + frBad),
                resOk + resBad == 0 ? Double.NaN : (double) resOk / (resOk + resBad), breaching, byIntent);
    }

    static Optional<Duration> rank(List<Duration> values, double p) {
        if (values.isEmpty()) {
            return Optional.empty();
        }
        List<Duration> sorted = new ArrayList<>(values);
        sorted.sort(null);
        int k = (int) Math.ceil(p * sorted.size());
        return Optional.of(sorted.get(Math.max(k, 1) - 1));
    }
}
