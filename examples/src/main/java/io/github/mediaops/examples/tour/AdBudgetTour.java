package io.github.mediaops.examples.tour;

import io.github.mediaops.connector.oceanengine.OceanEngineConnector;
import io.github.mediaops.connector.oceanengine.simulator.OceanEngineSimulator;
import io.github.mediaops.connector.tencentads.TencentAdsConnector;
import io.github.mediaops.connector.tencentads.simulator.TencentAdsSimulator;
import io.github.mediaops.core.DateRange;
import io.github.mediaops.core.Money;
import io.github.mediaops.core.connector.ConnectorConfig;
import io.github.mediaops.core.connector.Credentials;
import io.github.mediaops.core.metrics.AdPerformance;
import io.github.mediaops.core.platform.AccountRef;
import io.github.mediaops.core.platform.Platform;
import io.github.mediaops.examples.ads.AdBudget;
import java.io.PrintStream;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;

/**
 * Paid promotion: 90 days of Ocean Engine (巨量引擎) and Tencent Ads (腾讯广告) daily reports read from their simulators
 * (which generate spend and conversions from known Hill curves), fitted and turned into next month's budget split.
 */
public final class AdBudgetTour {
    /** The Ocean Engine advertiser and its one promotion. */
    public static final String ADVERTISER = "1760312309087432";
    /** The Tencent Ads account and its one ad group. */
    public static final String ACCOUNT = "25610";

    private AdBudgetTour() {
    }

    public static void run(PrintStream out) {
        AdBudget.Plan plan = plan(Clock.fixed(Instant.parse("2026-11-28T02:00:00Z"), ZoneOffset.UTC), out);
        plan.curves().forEach((channel, c) -> out.printf(Locale.ROOT, "  %-12s fitted beta %.0f, alpha %.2f, K %.0f CNY/day, R^2 %.3f%n",
                channel, c.beta(), c.alpha(), c.halfSaturation(), c.rSquared()));
        out.println("  " + plan.month() + ": " + plan.daily().rounded() + " per day");
        plan.dailySpend().forEach((channel, daily) -> out.printf(Locale.ROOT, "  %-12s %s per day, %s in the month%n",
                channel, daily.rounded(), plan.monthly(channel).rounded()));
        out.printf(Locale.ROOT, "  expected conversions per day %.1f%n", plan.dailyConversions());
    }

    /**
     * Simulates 90 days up to yesterday on both platforms, reads them through the connectors and plans next month
     * with 60,000 CNY.
     */
    public static AdBudget.Plan plan(Clock clock, PrintStream out) {
        LocalDate today = LocalDate.now(clock.withZone(OceanEngineConnector.ZONE));
        DateRange last90 = DateRange.of(today.minusDays(90), today.minusDays(1));
        List<AdPerformance> feed;
        List<AdPerformance> tencent;
        try (OceanEngineSimulator oe = OceanEngineSimulator.builder().clock(clock).build();
             TencentAdsSimulator tq = TencentAdsSimulator.builder().clock(clock).build()) {
            oe.simulateHill(ADVERTISER, "7300000000000000001", "7300000000000000101", last90.start(), 90, 300, 1.2, 900, 200, 2000, 7);
            tq.simulateHill(ACCOUNT, "40000001", last90.start(), 90, 200, 0.9, 700, 100, 1500, 11);
            try (OceanEngineConnector oceanEngine = OceanEngineConnector.builder(config(oe.baseUrl(), "appId", oe.appId(), "secret",
                    oe.secret(), clock)).build();
                 TencentAdsConnector tencentAds = TencentAdsConnector.builder(config(tq.baseUrl(), "clientId", tq.clientId(),
                         "clientSecret", tq.clientSecret(), clock)).build()) {
                oceanEngine.authorize(oe.authorizationCode(ADVERTISER)); // the auth_code from the host's redirect URI
                tencentAds.authorize(tq.authorizationCode(ACCOUNT));
                feed = oceanEngine.adReports().adPerformance(AccountRef.of(Platform.OCEAN_ENGINE, ADVERTISER), last90);
                tencent = tencentAds.adReports().adPerformance(AccountRef.of(Platform.TENCENT_ADS, ACCOUNT), last90);
            }
        }
        out.println("read " + feed.size() + " Ocean Engine rows (stat_cost in yuan) and " + tencent.size()
                + " Tencent Ads rows (cost in fen), " + last90);
        return AdBudget.allocate(Money.cny("60000"), YearMonth.from(today).plusMonths(1), List.of(
                AdBudget.history("ocean-engine", feed, Money.cny("2000")),
                AdBudget.history("tencent-ads", tencent, Money.cny("1500"))));
    }

    private static ConnectorConfig config(URI baseUrl, String idName, String id, String secretName, String secret, Clock clock) {
        return ConnectorConfig.builder().credentials(Credentials.builder().identifier(idName, id).secret(secretName, secret).build())
                .baseUrl(baseUrl).clock(clock).build();
    }
}
