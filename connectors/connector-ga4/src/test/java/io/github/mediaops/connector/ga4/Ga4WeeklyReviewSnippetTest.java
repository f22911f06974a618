package io.github.mediaops.connector.ga4;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.mediaops.analytics.planning.leads.UtmLinks;
import io.github.mediaops.analytics.planning.leads.UtmParams;
import io.github.mediaops.connector.ga4.simulator.Ga4Simulator;
import io.github.mediaops.core.DateRange;
import io.github.mediaops.core.Money;
import io.github.mediaops.core.connector.ConnectorConfig;
import io.github.mediaops.core.connector.Credentials;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The snippet handed to the weekly review: a UTM link's visit and an offline purchase come back as campaign traffic. */
class Ga4WeeklyReviewSnippetTest {

    @Test
    void a_campaign_link_and_an_offline_purchase_come_back_as_traffic() {
        ZoneId shanghai = ZoneId.of("Asia/Shanghai");
        LocalDate today = LocalDate.now(shanghai);
        try (Ga4Simulator ga4Sim = new Ga4Simulator(Clock.systemUTC(), shanghai, "CNY");
             Ga4Connector ga4 = Ga4Connector.builder(ConnectorConfig.builder().baseUrl(ga4Sim.baseUrl())
                     .credentials(Credentials.builder().identifier("propertyId", Ga4Simulator.PROPERTY_ID)
                             .secret("serviceAccountJson", ga4Sim.serviceAccountJson())
                             .identifier("measurementId", Ga4Simulator.MEASUREMENT_ID)
                             .secret("apiSecret", Ga4Simulator.API_SECRET).build()).build()).build()) {
            String link = UtmLinks.tag("https://shop.example.com/618",
                    UtmParams.builder().source("douyin").medium("social").campaign("c-618").build(), null);
            ga4Sim.visit(link, "GA1.1.42.1718000000", today);                               // a viewer clicks the post's link
            ga4.sendEvents(Ga4EventBatch.of("GA1.1.42.1718000000", "wecom-order-88",        // the deal closes in WeCom
                    Ga4Event.purchase("WX-88", Money.of("399", "CNY"))));
            List<CampaignTraffic> traffic = ga4.campaignTraffic(DateRange.day(today), "c-618");

            assertThat(traffic).singleElement().satisfies(t -> {
                assertThat(t.source()).isEqualTo("douyin");
                assertThat(t.medium()).isEqualTo("social");
                assertThat(t.sessions()).isEqualTo(1);
                assertThat(t.keyEvents()).as("purchase is a key event by default").isEqualTo(1);
                assertThat(t.revenue()).contains(Money.of("399", "CNY"));
            });
        }
    }
}
