package io.github.mediaops.examples.tour;

import io.github.mediaops.core.DateRange;
import io.github.mediaops.core.InvalidValueException;
import io.github.mediaops.core.Money;
import io.github.mediaops.core.campaign.Campaign;
import io.github.mediaops.core.campaign.CampaignType;
import io.github.mediaops.core.campaign.Partner;
import io.github.mediaops.core.campaign.PartnerKind;
import io.github.mediaops.core.connector.ConnectorConfig;
import io.github.mediaops.core.connector.Connectors;
import io.github.mediaops.core.connector.Notification;
import io.github.mediaops.core.connector.NotificationReceipt;
import io.github.mediaops.core.connector.PlatformConnector;
import io.github.mediaops.core.kpi.KpiCatalog;
import io.github.mediaops.core.kpi.KpiTarget;
import io.github.mediaops.core.plan.ContentPlan;
import io.github.mediaops.core.plan.PlanEntry;
import io.github.mediaops.core.plan.PlanTheme;
import io.github.mediaops.core.platform.AccountRef;
import io.github.mediaops.core.platform.Platform;
import java.io.PrintStream;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;

/** The domain model and the connector registry: a content plan, a campaign, and discovered connectors. */
public final class FoundationTour {
    static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    private FoundationTour() {
    }

    public static void run(PrintStream out, Clock clock) {
        AccountRef douyin = AccountRef.of(Platform.DOUYIN, "brand_douyin");
        AccountRef wechat = AccountRef.of(Platform.WECHAT_OFFICIAL_ACCOUNT, "gh_brand");
        DateRange december = DateRange.monthOf(LocalDate.of(2026, 12, 1));

        ContentPlan plan = ContentPlan.forMonth("plan-2026-12", "December plan", YearMonth.of(2026, 12), SHANGHAI)
                .withTheme(new PlanTheme("double-12", "Year-end sale on 12.12", List.of("双12", "年终")))
                .withTheme(new PlanTheme("winter-wear", "How to dress for the cold", List.of("羽绒服", "保暖")))
                .withGoal(new KpiTarget(KpiCatalog.VIEWS.id(), 500_000, december))
                .withGoal(new KpiTarget(KpiCatalog.ENGAGEMENT_RATE.id(), 0.04, december))
                .withEntry(PlanEntry.planned("e1", ZonedDateTime.of(2026, 12, 3, 12, 0, 0, 0, SHANGHAI), douyin,
                        "3 ways to wear a light down jacket", "alice", "winter-wear"))
                .withEntry(PlanEntry.planned("e2", ZonedDateTime.of(2026, 12, 10, 20, 30, 0, 0, SHANGHAI), wechat,
                        "12.12 shopping guide", "bob", "double-12"))
                .withEntry(PlanEntry.planned("e3", ZonedDateTime.of(2026, 12, 12, 19, 0, 0, 0, SHANGHAI), douyin,
                        "12.12 livestream teaser", "alice", "double-12"));
        out.printf("  Content plan %s (%s, %s): %d themes, %d goals, %d entries%n", plan.id(), plan.period(),
                plan.zone(), plan.themes().size(), plan.goals().size(), plan.entries().size());
        for (PlanEntry e : plan.entries()) {
            out.printf("    %s  %-20s %-38s owner=%s theme=%s%n", e.localTime().toLocalDateTime(), e.account(),
                    e.title(), e.owner(), e.themeName().orElse("-"));
        }

        Campaign campaign = Campaign.builder("cmp-1212", "12.12 warm-up", CampaignType.LAUNCH_WARM_UP)
                .period(DateRange.of(LocalDate.of(2026, 12, 1), LocalDate.of(2026, 12, 12)))
                .channel(Platform.DOUYIN).channel(Platform.WECHAT_OFFICIAL_ACCOUNT)
                .budget(Money.cny("80000"))
                .goal(new KpiTarget(KpiCatalog.ROAS.id(), 3.0, DateRange.of(LocalDate.of(2026, 12, 1), LocalDate.of(2026, 12, 12))))
                .partner(Partner.of(PartnerKind.KOL, "Winter-style KOL"))
                .partner(Partner.of(PartnerKind.AD_PLATFORM, "Ocean Engine (DOU+)"))
                .build()
                .addSpend(Money.cny("23500.00"))
                .addSpend(Money.cny("18250.50"));
        out.printf("  Campaign %s: budget %s, spent %s, remaining %s%n", campaign.name(), campaign.budget(),
                campaign.spend(), campaign.remainingBudget());
        try {
            campaign.addSpend(Money.of("100", "USD"));
        } catch (InvalidValueException e) {
            out.println("  Mixed currencies are refused: " + e.getMessage());
        }

        Connectors connectors = Connectors.discover();
        out.println("  Connectors found by discovery: " + connectors.ids());
        try (PlatformConnector console = connectors.create("console", ConnectorConfig.builder().clock(clock).build())) {
            NotificationReceipt r = console.notifications().send(new Notification("ops-team",
                    "Plan ready", plan.entries().size() + " entries for " + plan.period(), "plan-2026-12-ready"));
            console.notifications().send(new Notification("ops-team", "Plan ready", "(retry, not printed)",
                    "plan-2026-12-ready"));
            out.println("  Delivered once despite a retry: receipt " + r.id());
        }
    }
}
