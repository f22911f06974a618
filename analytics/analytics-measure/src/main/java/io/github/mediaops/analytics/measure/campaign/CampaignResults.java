package io.github.mediaops.analytics.measure.campaign;

import io.github.mediaops.analytics.measure.kpi.ContentKpis;
import io.github.mediaops.analytics.measure.kpi.Corrections;
import io.github.mediaops.analytics.measure.kpi.Denominator;
import io.github.mediaops.analytics.measure.kpi.FollowerGrowth;
import io.github.mediaops.analytics.measure.kpi.MetricTotals;
import io.github.mediaops.analytics.measure.kpi.Ratio;
import io.github.mediaops.analytics.measure.nps.PromoterCounts;
import io.github.mediaops.analytics.measure.nps.PromoterScores;
import io.github.mediaops.core.CurrencyMismatchException;
import io.github.mediaops.core.DateRange;
import io.github.mediaops.core.InvalidValueException;
import io.github.mediaops.core.Money;
import io.github.mediaops.core.campaign.Campaign;
import io.github.mediaops.core.kpi.KpiCatalog;
import io.github.mediaops.core.kpi.KpiDefinition;
import io.github.mediaops.core.kpi.KpiTarget;
import io.github.mediaops.core.lead.LeadAction;
import io.github.mediaops.core.lead.LeadEvent;
import io.github.mediaops.core.metrics.AudienceMetrics;
import io.github.mediaops.core.metrics.ContentMetrics;
import io.github.mediaops.core.metrics.Coverage;
import io.github.mediaops.core.metrics.Metric;
import io.github.mediaops.core.platform.AccountRef;
import io.github.mediaops.core.validate.Checks;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalLong;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A campaign's KPIs computed from the domain model — the campaign itself (budget, spend, goals,
 * channels), connector snapshots, lead records, revenue and survey answers — and compared with every
 * goal, so that a host never re-keys numbers into a post-mortem.
 *
 * <p>What counts: daily ({@link Coverage#DAY}) content snapshots of the campaign's channels whose day
 * lies in the period, latest reading per post and day ({@link Corrections}); daily audience snapshots
 * whose day lies in the period, per account (a missing day is refused, see {@link FollowerGrowth});
 * lead events whose instant falls in the period in the reporting zone, counted once per lead. Each
 * goal is measured over its own period. How each standard KPI of {@link KpiCatalog#standard()} is
 * computed:
 * <ul>
 *   <li>{@code views}: Σ views; {@code engagement_rate}: Σ (likes + comments + shares + saves) / Σ views,
 *       over the actions every snapshot reported (WeChat reports no likes: its rate is (shares + saves) /
 *       views, and the basis says so); {@code click_through_rate}: Σ clicks / Σ impressions;
 *       {@code completion_rate}: view-weighted mean;</li>
 *   <li>{@code follower_growth}: Σ (gained − lost); {@code follower_growth_rate}: that / followers at the
 *       start of the period, summed over accounts;</li>
 *   <li>{@code private_traffic_leads}: distinct leads; {@code gmv}: the revenue; {@code roas}: revenue /
 *       spend; {@code roi}: (revenue − spend) / spend, with the campaign's spend as cost; {@code nps}: the
 *       score of the survey counts — these four are campaign totals, so goals over a shorter period than
 *       the campaign's are not measured;</li>
 *   <li>any other KPI (search rank, account weight, a host's own): the value the host supplies with
 *       {@link Builder#measured(String, double)}.</li>
 * </ul>
 * All rates are fractions (0.046, not 4.6).
 *
 * <pre>{@code
 * CampaignResults r = CampaignResults.builder(campaign, ZoneId.of("Asia/Shanghai"))
 *         .content(wechat.contentMetrics().contentMetrics(account, campaign.period()))
 *         .audience(wechat.audienceMetrics().audienceMetrics(account, campaign.period()))
 *         .leads(leadEvents)
 *         .revenue(Money.cny("160000"))
 *         .build();
 * for (GoalResult g : r.goals()) {
 *     System.out.println(g.kpi().name() + ": " + g.status());
 * }
 * }</pre>
 *
 * @since 0.1.0
 */
public final class CampaignResults {
    private static final Set<String> CAMPAIGN_TOTALS = Set.of("gmv", "roas", "roi", "nps");

    private final Campaign campaign;
    private final CampaignSpend spend;
    private final Map<String, KpiActual> actuals;
    private final Map<String, String> missing;
    private final List<GoalResult> goals;
    private final long leads;
    private final Map<LeadAction, Long> leadsByAction;

    private CampaignResults(Builder b) {
        this.campaign = b.campaign;
        this.spend = CampaignSpend.of(b.campaign);
        Map<String, String> why = new LinkedHashMap<>();
        this.actuals = Collections.unmodifiableMap(b.compute(b.campaign.period(), why, true));
        this.missing = Collections.unmodifiableMap(why);
        List<GoalResult> out = new ArrayList<>();
        for (KpiTarget goal : b.campaign.goals()) {
            KpiDefinition kpi = b.catalog.get(goal.kpiId());
            Map<String, String> goalWhy = new LinkedHashMap<>();
            boolean whole = goal.period().equals(b.campaign.period());
            Map<String, KpiActual> values = whole ? actuals : b.compute(goal.period(), goalWhy, false);
            KpiActual a = values.get(kpi.id());
            if (a != null) {
                out.add(GoalResult.measured(kpi, goal, a));
            } else {
                String reason = whole ? missing.get(kpi.id()) : goalWhy.get(kpi.id());
                out.add(GoalResult.notMeasured(kpi, goal, reason != null ? reason : "nothing measures " + kpi.id()));
            }
        }
        this.goals = List.copyOf(out);
        Set<String> ids = new HashSet<>();
        Map<LeadAction, Set<String>> byAction = new EnumMap<>(LeadAction.class);
        for (LeadEvent e : b.leadsIn(b.campaign.period())) {
            ids.add(e.leadId());
            byAction.computeIfAbsent(e.action(), k -> new HashSet<>()).add(e.leadId());
        }
        this.leads = ids.size();
        Map<LeadAction, Long> counts = new EnumMap<>(LeadAction.class);
        byAction.forEach((k, v) -> counts.put(k, (long) v.size()));
        this.leadsByAction = Collections.unmodifiableMap(counts);
    }

    /**
     * Starts the results of a campaign.
     *
     * @param campaign      the campaign: its period, channels, spend and goals drive everything
     * @param reportingZone the zone whose calendar days lead events are counted in (Asia/Shanghai for a
     *                      team in China)
     * @return a builder
     */
    public static Builder builder(Campaign campaign, ZoneId reportingZone) {
        return new Builder(Checks.notNull(campaign, "campaign"), Checks.notNull(reportingZone, "reportingZone"));
    }

    /** @return the campaign */
    public Campaign campaign() {
        return campaign;
    }

    /** @return budget, spend and overspend */
    public CampaignSpend spend() {
        return spend;
    }

    /**
     * The actual value of a KPI over the campaign's period.
     *
     * @param kpiId the KPI's id
     * @return the value, or empty when it could not be measured ({@link #whyNotMeasured(String)})
     */
    public Optional<KpiActual> actual(String kpiId) {
        return Optional.ofNullable(actuals.get(Checks.notBlank(kpiId, "kpiId")));
    }

    /** @return every KPI measured over the campaign's period, by id, in catalog order */
    public Map<String, KpiActual> actuals() {
        return actuals;
    }

    /**
     * Why a KPI has no value over the campaign's period.
     *
     * @param kpiId the KPI's id
     * @return the reason, or empty when it was measured
     */
    public Optional<String> whyNotMeasured(String kpiId) {
        if (actuals.containsKey(Checks.notBlank(kpiId, "kpiId"))) {
            return Optional.empty();
        }
        return Optional.of(missing.getOrDefault(kpiId, "nothing measures " + kpiId));
    }

    /** @return one goal-vs-actual line per goal of the campaign, in the campaign's order */
    public List<GoalResult> goals() {
        return goals;
    }

    /** @return distinct leads in the campaign's period */
    public long leads() {
        return leads;
    }

    /** @return distinct leads per action (a lead that followed and added a contact counts in both) */
    public Map<LeadAction, Long> leadsByAction() {
        return leadsByAction;
    }

    /** Collects what a campaign's results are computed from; everything but the campaign is optional. */
    public static final class Builder {
        private final Campaign campaign;
        private final ZoneId zone;
        private final List<ContentMetrics> content = new ArrayList<>();
        private final List<AudienceMetrics> audience = new ArrayList<>();
        private final List<LeadEvent> leads = new ArrayList<>();
        private final Map<String, Double> measured = new LinkedHashMap<>();
        private Money revenue;
        private PromoterCounts survey;
        private KpiCatalog catalog = KpiCatalog.standard();

        private Builder(Campaign campaign, ZoneId zone) {
            this.campaign = campaign;
            this.zone = zone;
        }

        /**
         * Content snapshots from any connector; only daily snapshots of the campaign's channels and days count.
         *
         * @param snapshots the snapshots
         * @return this builder
         */
        public Builder content(Collection<ContentMetrics> snapshots) {
            content.addAll(Checks.listOf(snapshots, "content"));
            return this;
        }

        /**
         * Daily audience snapshots of the accounts the campaign ran on.
         *
         * @param days the snapshots
         * @return this builder
         */
        public Builder audience(Collection<AudienceMetrics> days) {
            audience.addAll(Checks.listOf(days, "audience"));
            return this;
        }

        /**
         * Lead events attributed to this campaign (for example by {@code LeadAttribution} in
         * analytics-planning).
         *
         * @param events the events
         * @return this builder
         */
        public Builder leads(Collection<LeadEvent> events) {
            leads.addAll(Checks.listOf(events, "leads"));
            return this;
        }

        /**
         * Revenue attributed to the campaign, in the budget's currency: gives {@code gmv}, {@code roas}
         * and {@code roi}.
         *
         * @param revenue the revenue
         * @return this builder
         */
        public Builder revenue(Money revenue) {
            Checks.notNull(revenue, "revenue");
            if (!revenue.currency().equals(campaign.budget().currency())) {
                throw new CurrencyMismatchException("revenue", campaign.budget().currency(), revenue.currency());
            }
            this.revenue = revenue;
            return this;
        }

        /**
         * The recommendation survey's counts: gives {@code nps}.
         *
         * @param counts the counts
         * @return this builder
         */
        public Builder survey(PromoterCounts counts) {
            this.survey = Checks.notNull(counts, "survey");
            return this;
        }

        /**
         * A value the host measured itself over the campaign's period, for a KPI nothing here computes
         * (search rank, account weight, a custom KPI).
         *
         * @param kpiId the KPI's id, in the catalog
         * @param value the value in the KPI's unit (a fraction for rates)
         * @return this builder
         * @throws InvalidValueException if the KPI is computed here from the inputs, or is not in the catalog
         */
        public Builder measured(String kpiId, double value) {
            Checks.notBlank(kpiId, "kpiId");
            Checks.finite(value, "value");
            if (COMPUTED.contains(kpiId)) {
                throw new InvalidValueException("kpiId", kpiId + " is computed from the snapshots, leads, revenue or "
                        + "survey; pass those instead of a number");
            }
            measured.put(kpiId, value);
            return this;
        }

        /**
         * The catalog the goals' KPI ids are looked up in. Default {@link KpiCatalog#standard()}.
         *
         * @param catalog the catalog
         * @return this builder
         */
        public Builder catalog(KpiCatalog catalog) {
            this.catalog = Checks.notNull(catalog, "catalog");
            return this;
        }

        /**
         * Computes the results.
         *
         * @return the results
         * @throws InvalidValueException if a goal or measured value names a KPI the catalog does not know
         *                               (all such ids are named at once)
         */
        public CampaignResults build() {
            List<String> unknown = new ArrayList<>();
            for (KpiTarget g : campaign.goals()) {
                if (catalog.find(g.kpiId()).isEmpty()) {
                    unknown.add(g.kpiId());
                }
            }
            for (String id : measured.keySet()) {
                if (catalog.find(id).isEmpty()) {
                    unknown.add(id);
                }
            }
            if (!unknown.isEmpty()) {
                throw new InvalidValueException("kpiId", "KPIs not in the catalog: " + String.join(", ", unknown));
            }
            return new CampaignResults(this);
        }

        private static final Set<String> COMPUTED = Set.of("views", "engagement_rate", "click_through_rate",
                "completion_rate", "follower_growth", "follower_growth_rate", "private_traffic_leads", "gmv", "roas",
                "roi", "nps");

        private List<LeadEvent> leadsIn(DateRange period) {
            Instant from = period.start().atStartOfDay(zone).toInstant();
            Instant to = period.end().plusDays(1).atStartOfDay(zone).toInstant();
            return leads.stream().filter(e -> !e.at().isBefore(from) && e.at().isBefore(to)).toList();
        }

        Map<String, KpiActual> compute(DateRange period, Map<String, String> why, boolean campaignPeriod) {
            Map<String, KpiActual> out = new LinkedHashMap<>();
            List<ContentMetrics> snaps = Corrections.latest(content.stream()
                    .filter(m -> m.coverage() == Coverage.DAY && period.contains(m.day())
                            && campaign.channels().contains(m.platform()))
                    .toList());
            if (snaps.isEmpty()) {
                for (String id : List.of("views", "engagement_rate", "click_through_rate", "completion_rate")) {
                    why.put(id, "no daily content snapshot of the campaign's channels in " + period);
                }
            } else {
                MetricTotals totals = MetricTotals.of(snaps);
                ContentKpis kpis = ContentKpis.of(totals);
                String over = " over " + snaps.size() + " daily snapshots";
                OptionalLong views = totals.count(Metric.VIEWS);
                if (views.isPresent()) {
                    out.put("views", new KpiActual("views", views.getAsLong(), "sum of views" + over));
                } else {
                    why.put("views", notReported(Metric.VIEWS, totals));
                }
                Set<Metric> actions = EnumSet.noneOf(Metric.class);
                for (Metric m : ContentKpis.STANDARD_ACTIONS) {
                    if (totals.count(m).isPresent()) {
                        actions.add(m);
                    }
                }
                Optional<Ratio> er = actions.isEmpty() ? Optional.empty() : kpis.engagementRate(actions, Denominator.VIEWS);
                if (er.isPresent()) {
                    String names = actions.stream().map(m -> m.name().toLowerCase(Locale.ROOT)).collect(Collectors.joining(" + "));
                    out.put("engagement_rate", new KpiActual("engagement_rate", er.get().value(),
                            "(" + names + ") / views = " + er.get().numerator() + " / " + er.get().denominator() + over));
                } else {
                    why.put("engagement_rate", actions.isEmpty() ? "no snapshot reported likes, comments, shares or saves"
                            : notReported(Metric.VIEWS, totals));
                }
                Optional<Ratio> ctr = kpis.clickThroughRate();
                if (ctr.isPresent()) {
                    out.put("click_through_rate", new KpiActual("click_through_rate", ctr.get().value(),
                            "clicks / impressions = " + ctr.get().numerator() + " / " + ctr.get().denominator() + over));
                } else {
                    why.put("click_through_rate", "clicks or impressions not reported by every snapshot");
                }
                OptionalDouble completion = totals.completionRate();
                if (completion.isPresent()) {
                    out.put("completion_rate", new KpiActual("completion_rate", completion.getAsDouble(),
                            "view-weighted completion rate" + over));
                } else {
                    why.put("completion_rate", notReported(Metric.COMPLETION_RATE, totals));
                }
            }
            followers(period, out, why);
            long leadCount = leadsIn(period).stream().map(LeadEvent::leadId).distinct().count();
            out.put("private_traffic_leads", new KpiActual("private_traffic_leads", leadCount,
                    "distinct leads in " + period + " (" + zone + ")"));
            if (!campaignPeriod) {
                for (String id : CAMPAIGN_TOTALS) {
                    why.put(id, "known for the whole campaign only, not for " + period);
                }
                for (String id : measured.keySet()) {
                    why.put(id, "supplied for the whole campaign only, not for " + period);
                }
                return order(out);
            }
            if (revenue != null) {
                CampaignSpend s = CampaignSpend.of(campaign);
                out.put("gmv", new KpiActual("gmv", revenue.amount().doubleValue(), "revenue supplied for the campaign, "
                        + revenue.currency().getCurrencyCode()));
                OptionalDouble roas = s.roas(revenue);
                OptionalDouble roi = s.roi(revenue);
                if (roas.isPresent()) {
                    out.put("roas", new KpiActual("roas", roas.getAsDouble(), "revenue " + revenue + " / spend " + s.spent()));
                    out.put("roi", new KpiActual("roi", roi.getAsDouble(),
                            "(revenue " + revenue + " - spend " + s.spent() + ") / spend"));
                } else {
                    why.put("roas", "nothing was spent");
                    why.put("roi", "nothing was spent");
                }
            } else {
                for (String id : List.of("gmv", "roas", "roi")) {
                    why.put(id, "no revenue supplied");
                }
            }
            if (survey != null && survey.n() > 0) {
                out.put("nps", new KpiActual("nps", PromoterScores.score(survey), "score of " + survey.n() + " answers"));
            } else {
                why.put("nps", "no survey answers supplied");
            }
            measured.forEach((id, v) -> out.put(id, new KpiActual(id, v, "measured by the host")));
            return order(out);
        }

        private void followers(DateRange period, Map<String, KpiActual> out, Map<String, String> why) {
            Map<AccountRef, List<AudienceMetrics>> byAccount = new LinkedHashMap<>();
            for (AudienceMetrics a : audience) {
                if (period.contains(a.day())) {
                    byAccount.computeIfAbsent(a.account(), k -> new ArrayList<>()).add(a);
                }
            }
            if (byAccount.isEmpty()) {
                why.put("follower_growth", "no audience snapshot in " + period);
                why.put("follower_growth_rate", "no audience snapshot in " + period);
                return;
            }
            long net = 0;
            long start = 0;
            boolean hasNet = true;
            boolean hasStart = true;
            for (List<AudienceMetrics> days : byAccount.values()) {
                FollowerGrowth g = FollowerGrowth.of(days);
                if (!g.first().equals(period.start()) || !g.last().equals(period.end())) {
                    why.put("follower_growth", "audience snapshots of " + g.account() + " cover " + g.first() + " to "
                            + g.last() + ", not all of " + period);
                    why.put("follower_growth_rate", why.get("follower_growth"));
                    return;
                }
                hasNet &= g.net().isPresent();
                hasStart &= g.start().isPresent();
                net += g.net().orElse(0);
                start += g.start().orElse(0);
            }
            String accounts = byAccount.size() + (byAccount.size() == 1 ? " account" : " accounts");
            if (!hasNet) {
                why.put("follower_growth", "followers gained or lost not reported every day");
                why.put("follower_growth_rate", "followers gained or lost not reported every day");
                return;
            }
            out.put("follower_growth", new KpiActual("follower_growth", net, "gained - lost over " + accounts));
            if (hasStart && start > 0) {
                out.put("follower_growth_rate", new KpiActual("follower_growth_rate", (double) net / start,
                        net + " / " + start + " followers at the start, " + accounts));
            } else {
                why.put("follower_growth_rate", "followers at the start of " + period + " not known");
            }
        }

        private Map<String, KpiActual> order(Map<String, KpiActual> values) {
            Map<String, KpiActual> ordered = new LinkedHashMap<>();
            for (KpiDefinition d : catalog.all()) {
                KpiActual a = values.get(d.id());
                if (a != null) {
                    ordered.put(d.id(), a);
                }
            }
            return ordered;
        }

        private static String notReported(Metric metric, MetricTotals totals) {
            return metric.name().toLowerCase(Locale.ROOT) + " reported by " + totals.reportedBy(metric) + " of "
                    + totals.snapshots() + " snapshots";
        }
    }
}
