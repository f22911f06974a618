package io.github.mediaops.connector.ga4;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.mediaops.analytics.planning.leads.AttributedLead;
import io.github.mediaops.analytics.planning.leads.LeadAttribution;
import io.github.mediaops.analytics.planning.leads.LeadReport;
import io.github.mediaops.analytics.planning.leads.UtmLinks;
import io.github.mediaops.analytics.planning.leads.UtmParams;
import io.github.mediaops.connector.ga4.simulator.Ga4Simulator;
import io.github.mediaops.core.DateRange;
import io.github.mediaops.core.Money;
import io.github.mediaops.core.lead.LeadAction;
import io.github.mediaops.core.lead.LeadEvent;
import io.github.mediaops.core.lead.Touchpoint;
import io.github.mediaops.core.lead.TrackingChannel;
import io.github.mediaops.core.platform.AccountRef;
import io.github.mediaops.core.platform.Platform;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SplittableRandom;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Issue 19's done-when: GA4 {@code runReport} results for a UTM campaign reconcile with the lead attribution of the
 * same campaign. Links are built by analytics-planning's {@link UtmLinks} for {@link Touchpoint}s; simulated visitors
 * land on them in {@link Ga4Simulator} (gtag.js's view: the landing URL's UTM parameters become the session's
 * source, medium and campaign); a visitor who signs up is a {@link LeadEvent} carrying the landing URL of the session
 * they signed up in, and the same sign-up goes to GA4 as a {@code generate_lead} key event through the connector's
 * Measurement Protocol, as does an offline purchase. GA4's counts by {@code sessionCampaignName} and
 * {@code sessionSource} must then equal {@link LeadAttribution}'s counts per campaign and per content, and both must
 * equal what the traffic generator actually did.
 */
class Ga4UtmReconciliationTest {
    private static final LocalDate LAST_DAY = LocalDate.of(2026, 6, 18);
    private static final Instant NOW = LAST_DAY.atTime(23, 0).toInstant(ZoneOffset.UTC);
    private static final DateRange DAYS = DateRange.of(LAST_DAY.minusDays(2), LAST_DAY);
    private static final String LANDING = "https://shop.example.com/landing?ref=home#form";

    private static final AccountRef DOUYIN = AccountRef.of(Platform.DOUYIN, "brand-dy");
    private static final AccountRef WEIBO = AccountRef.of(Platform.WEIBO, "brand-wb");
    private static final Touchpoint SUMMER_DY = new Touchpoint("c-618", "dy-video-7", DOUYIN, TrackingChannel.UTM_LINK);
    private static final Touchpoint SUMMER_WB = new Touchpoint("c-618", "wb-post-3", WEIBO, TrackingChannel.UTM_LINK);
    private static final Touchpoint SPRING_DY = new Touchpoint("c-520", "dy-video-2", DOUYIN, TrackingChannel.UTM_LINK);
    private static final List<Touchpoint> TOUCHPOINTS = List.of(SUMMER_DY, SUMMER_WB, SPRING_DY);

    private final Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
    private Ga4Simulator sim;
    private Ga4Connector ga4;

    /** What the generator did, kept apart from both systems under test. */
    private final Map<Touchpoint, Integer> visitsTruth = new HashMap<>();
    private final Map<Touchpoint, Integer> leadsTruth = new HashMap<>();
    private final Map<String, BigDecimal> revenueTruth = new HashMap<>();
    private final List<LeadEvent> leadEvents = new ArrayList<>();

    @BeforeEach
    void start() {
        sim = new Ga4Simulator(clock, ZoneId.of("UTC"), "USD");
        sim.markKeyEvent("generate_lead");
        ga4 = Ga4TestSupport.connector(sim, clock);
    }

    @AfterEach
    void stop() {
        ga4.close();
        sim.close();
    }

    private static String link(Touchpoint t) {
        UtmParams utm = UtmParams.builder().source(t.account().platform().id()).medium("social").campaign(t.campaignId())
                .content(t.content().orElseThrow()).build();
        return UtmLinks.tag(LANDING, utm, null);
    }

    /** 120 visitors over 3 days; some return through another link; a third sign up; some of those buy offline. */
    private void simulateTraffic() {
        SplittableRandom random = new SplittableRandom(20260618);
        for (int v = 0; v < 120; v++) {
            String client = "GA1.1." + (1_000_000 + v) + ".1718000000";
            Touchpoint first = pick(random);
            LocalDate day = DAYS.start().plusDays(random.nextInt(3));
            Touchpoint last = visit(client, first, day);
            if (random.nextInt(4) == 0) { // a returning visitor, later the same day, through any link
                last = visit(client, pick(random), day);
            }
            if (random.nextInt(3) != 0) {
                continue;
            }
            Instant signUp = day.atTime(12, v % 60).toInstant(ZoneOffset.UTC);
            String landing = last == null ? LANDING : link(last);
            leadEvents.add(new LeadEvent(client, LeadAction.SIGN_UP, signUp, landing));
            ga4.sendEvents(Ga4EventBatch.of(client, "lead-" + client, Ga4Event.generateLead()).at(signUp));
            if (last != null) {
                leadsTruth.merge(last, 1, Integer::sum);
            }
            if (random.nextInt(2) == 0) { // the deal closes in a WeCom chat; the order goes back to GA4
                Money value = Money.of(BigDecimal.valueOf(50 + random.nextInt(400)), "USD");
                ga4.sendEvents(Ga4EventBatch.of(client, "order-" + client, Ga4Event.purchase("WX-" + v, value))
                        .at(signUp.plusSeconds(600)));
                revenueTruth.merge(last == null ? "(direct)" : last.campaignId(), value.amount(), BigDecimal::add);
            }
        }
    }

    /** A touchpoint, or null for a visit without UTM parameters. */
    private static Touchpoint pick(SplittableRandom random) {
        int i = random.nextInt(TOUCHPOINTS.size() + 1);
        return i == TOUCHPOINTS.size() ? null : TOUCHPOINTS.get(i);
    }

    private Touchpoint visit(String client, Touchpoint t, LocalDate day) {
        sim.visit(t == null ? LANDING : link(t), client, day);
        if (t != null) {
            visitsTruth.merge(t, 1, Integer::sum);
        }
        return t;
    }

    /** Sign-ups (generate_lead key events) and distinct leads per (campaign, source) as GA4 reports them. */
    private Map<List<String>, long[]> ga4Leads() {
        Ga4Report r = ga4.runReport(Ga4ReportRequest.builder(DAYS)
                .dimensions("sessionCampaignName", "sessionSource").metrics("keyEvents", "totalUsers")
                .filter("eventName", "generate_lead").build());
        Map<List<String>, long[]> out = new HashMap<>();
        for (Ga4Row row : r.rows()) {
            out.put(List.of(row.dimension("sessionCampaignName"), row.dimension("sessionSource")),
                    new long[] {row.count("keyEvents").orElseThrow(), row.count("totalUsers").orElseThrow()});
        }
        return out;
    }

    @Test
    void ga4_traffic_of_a_utm_campaign_reconciles_with_the_lead_attribution_of_the_same_campaign() {
        simulateTraffic();
        LeadReport attribution = LeadAttribution.of(TOUCHPOINTS).report(leadEvents, LeadAttribution.Rule.LAST_TOUCH);
        Map<List<String>, long[]> ga4Leads = ga4Leads();

        for (String campaign : List.of("c-618", "c-520")) {
            int attributed = attribution.byCampaign().getOrDefault(campaign, 0);
            int truth = leadsTruth.entrySet().stream().filter(e -> e.getKey().campaignId().equals(campaign))
                    .mapToInt(Map.Entry::getValue).sum();
            long ga4KeyEvents = ga4Leads.entrySet().stream().filter(e -> e.getKey().get(0).equals(campaign))
                    .mapToLong(e -> e.getValue()[0]).sum();
            long ga4Users = ga4Leads.entrySet().stream().filter(e -> e.getKey().get(0).equals(campaign))
                    .mapToLong(e -> e.getValue()[1]).sum();
            assertThat(truth).as("the generator made leads for %s", campaign).isPositive();
            assertThat(attributed).as("attribution of %s", campaign).isEqualTo(truth);
            assertThat(ga4KeyEvents).as("GA4 generate_lead key events of %s", campaign).isEqualTo(attributed);
            assertThat(ga4Users).as("GA4 users who signed up from %s", campaign).isEqualTo(attributed);
        }
        for (Touchpoint t : TOUCHPOINTS) {
            long[] bySource = ga4Leads.get(List.of(t.campaignId(), t.account().platform().id()));
            int byContent = attribution.byContent().getOrDefault(t.content().orElseThrow(), 0);
            assertThat(bySource == null ? 0 : bySource[0]).as("GA4 %s / %s against content %s", t.campaignId(),
                    t.account().platform().id(), t.content().orElseThrow()).isEqualTo(byContent);
            long perAttribution = attribution.attributions().stream()
                    .filter(a -> Objects.equals(a.touchpoint(), t)).map(AttributedLead::leadId).distinct().count();
            assertThat(perAttribution).isEqualTo(byContent);
        }
        long directLeads = ga4Leads.getOrDefault(List.of("(direct)", "(direct)"), new long[2])[0];
        assertThat(directLeads).as("sign-ups without UTM are direct in GA4 and unattributed here")
                .isEqualTo(attribution.unattributed()).isPositive();
    }

    @Test
    void campaign_traffic_counts_the_sessions_of_our_links_and_the_offline_revenue_sent_back() {
        simulateTraffic();
        List<CampaignTraffic> summer = ga4.campaignTraffic(DAYS, "c-618");
        assertThat(summer).isNotEmpty().allSatisfy(row -> {
            assertThat(row.campaign()).isEqualTo("c-618");
            assertThat(row.medium()).isEqualTo("social");
            assertThat(row.source()).isIn("douyin", "weibo");
        });
        long sessions = summer.stream().mapToLong(CampaignTraffic::sessions).sum();
        assertThat(sessions).isEqualTo((long) visitsTruth.get(SUMMER_DY) + visitsTruth.get(SUMMER_WB));
        long douyinSessions = summer.stream().filter(r -> r.source().equals("douyin")).mapToLong(CampaignTraffic::sessions).sum();
        assertThat(douyinSessions).isEqualTo((long) visitsTruth.get(SUMMER_DY));
        BigDecimal revenue = summer.stream().map(r -> r.revenue().orElseThrow().amount()).reduce(BigDecimal.ZERO, BigDecimal::add);
        assertThat(revenue).isEqualByComparingTo(revenueTruth.getOrDefault("c-618", BigDecimal.ZERO)).isPositive();
        assertThat(summer).allSatisfy(r -> assertThat(r.revenue().orElseThrow().currency().getCurrencyCode()).isEqualTo("USD"));
    }
}
