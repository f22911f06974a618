package io.github.mediaops.analytics.postmortem;

import io.github.mediaops.abtest.Decision;
import io.github.mediaops.abtest.TestResult;
import io.github.mediaops.analytics.measure.campaign.CampaignResults;
import io.github.mediaops.analytics.measure.campaign.CampaignSpend;
import io.github.mediaops.analytics.measure.campaign.GoalResult;
import io.github.mediaops.analytics.measure.campaign.KpiActual;
import io.github.mediaops.analytics.measure.nps.PromoterCounts;
import io.github.mediaops.core.DateRange;
import io.github.mediaops.core.Money;
import io.github.mediaops.core.campaign.Campaign;
import io.github.mediaops.core.kpi.KpiCatalog;
import io.github.mediaops.core.lead.LeadAction;
import io.github.mediaops.core.lead.LeadEvent;
import io.github.mediaops.core.metrics.AudienceMetrics;
import io.github.mediaops.core.metrics.ContentMetrics;
import io.github.mediaops.core.validate.Checks;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * A campaign post-mortem (复盘): the campaign, its spend against the budget (overspend stated, never a
 * negative remainder), one goal-vs-actual line per KPI target, every KPI the inputs measure, its leads
 * and its A/B tests. Assembled by {@link CampaignResults} from what a host already has; render it with
 * analytics-report.
 *
 * <pre>{@code
 * CampaignPostMortem pm = CampaignPostMortem.builder(campaign, ZoneId.of("Asia/Shanghai"))
 *         .content(wechat.contentMetrics().contentMetrics(account, campaign.period()))
 *         .audience(wechat.audienceMetrics().audienceMetrics(account, campaign.period()))
 *         .leads(leadEvents)
 *         .revenue(Money.cny("160000"))
 *         .experiment("cover: product vs. people", coverTest, coverDecision)
 *         .build();
 * pm.goals();       // goal-vs-actual per KPI target
 * pm.spend();       // budget, spent, remaining, overspend
 * }</pre>
 *
 * @since 0.1.0
 */
public final class CampaignPostMortem {
    private final CampaignResults results;
    private final List<ExperimentReadout> experiments;

    private CampaignPostMortem(CampaignResults results, List<ExperimentReadout> experiments) {
        this.results = results;
        this.experiments = List.copyOf(experiments);
    }

    /**
     * Starts a post-mortem.
     *
     * @param campaign      the campaign (period, channels, budget, spend, goals)
     * @param reportingZone the zone whose calendar days lead events are counted in
     * @return a builder
     */
    public static Builder builder(Campaign campaign, ZoneId reportingZone) {
        return new Builder(CampaignResults.builder(campaign, reportingZone));
    }

    /** @return the campaign */
    public Campaign campaign() {
        return results.campaign();
    }

    /** @return the campaign's period */
    public DateRange period() {
        return results.campaign().period();
    }

    /** @return budget, spent, remaining and overspend, rounded to the currency's minor unit */
    public CampaignSpend spend() {
        return results.spend();
    }

    /** @return one goal-vs-actual line per KPI target, in the campaign's order */
    public List<GoalResult> goals() {
        return results.goals();
    }

    /**
     * The goals with one status.
     *
     * @param status met, missed or not measured
     * @return those goals, in the campaign's order
     */
    public List<GoalResult> goals(GoalResult.Status status) {
        Checks.notNull(status, "status");
        return results.goals().stream().filter(g -> g.status() == status).toList();
    }

    /** @return every KPI the inputs measure over the campaign's period, whether or not it has a goal */
    public Map<String, KpiActual> actuals() {
        return results.actuals();
    }

    /** @return distinct leads in the campaign's period */
    public long leads() {
        return results.leads();
    }

    /** @return distinct leads per action */
    public Map<LeadAction, Long> leadsByAction() {
        return results.leadsByAction();
    }

    /** @return the A/B tests run during the campaign, in the order given */
    public List<ExperimentReadout> experiments() {
        return experiments;
    }

    /** @return the underlying results (actual values and why a KPI was not measured) */
    public CampaignResults results() {
        return results;
    }

    /** Collects the parts of a post-mortem; see {@link CampaignResults.Builder} for what each input gives. */
    public static final class Builder {
        private final CampaignResults.Builder results;
        private final List<ExperimentReadout> experiments = new ArrayList<>();

        private Builder(CampaignResults.Builder results) {
            this.results = results;
        }

        /**
         * Content snapshots from any connector.
         *
         * @param snapshots the snapshots
         * @return this builder
         */
        public Builder content(Collection<ContentMetrics> snapshots) {
            results.content(snapshots);
            return this;
        }

        /**
         * Daily audience snapshots.
         *
         * @param days the snapshots
         * @return this builder
         */
        public Builder audience(Collection<AudienceMetrics> days) {
            results.audience(days);
            return this;
        }

        /**
         * Lead events attributed to the campaign.
         *
         * @param events the events
         * @return this builder
         */
        public Builder leads(Collection<LeadEvent> events) {
            results.leads(events);
            return this;
        }

        /**
         * Revenue attributed to the campaign.
         *
         * @param revenue the revenue, in the budget's currency
         * @return this builder
         */
        public Builder revenue(Money revenue) {
            results.revenue(revenue);
            return this;
        }

        /**
         * The recommendation survey's counts.
         *
         * @param counts the counts
         * @return this builder
         */
        public Builder survey(PromoterCounts counts) {
            results.survey(counts);
            return this;
        }

        /**
         * A value the host measured itself, for a KPI nothing here computes.
         *
         * @param kpiId the KPI's id
         * @param value the value in the KPI's unit
         * @return this builder
         */
        public Builder measured(String kpiId, double value) {
            results.measured(kpiId, value);
            return this;
        }

        /**
         * The catalog the goals' KPI ids are looked up in.
         *
         * @param catalog the catalog
         * @return this builder
         */
        public Builder catalog(KpiCatalog catalog) {
            results.catalog(catalog);
            return this;
        }

        /**
         * An A/B test run during the campaign.
         *
         * @param name     what was tested
         * @param result   the abtest engine's result
         * @param decision the decision read from it
         * @return this builder
         */
        public Builder experiment(String name, TestResult result, Decision decision) {
            experiments.add(new ExperimentReadout(name, result, decision));
            return this;
        }

        /**
         * Assembles the post-mortem.
         *
         * @return the post-mortem
         */
        public CampaignPostMortem build() {
            return new CampaignPostMortem(results.build(), experiments);
        }
    }
}
