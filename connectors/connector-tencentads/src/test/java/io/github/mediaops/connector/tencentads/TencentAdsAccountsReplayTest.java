package io.github.mediaops.connector.tencentads;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.mediaops.connector.support.UserGrant;
import io.github.mediaops.connector.tck.KitResilience;
import io.github.mediaops.connector.tck.RecordedResponses;
import io.github.mediaops.core.InvalidValueException;
import io.github.mediaops.core.Money;
import io.github.mediaops.core.connector.Secret;
import io.github.mediaops.core.platform.AccountRef;
import io.github.mediaops.core.platform.Platform;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The account reads ({@link TencentAdsAccounts}) over the official 3.0 pages' "应答示例" (see
 * {@code replay/SOURCES.md}), served over loopback; expected values come from the raw JSON (a Jackson tree), never
 * through the connector's records. Amounts are fen on the wire, so 1300 must become 13.00 CNY.
 */
class TencentAdsAccountsReplayTest {
    /** 2024-01-02 12:00:30 Beijing. */
    private static final Instant NOW = Instant.parse("2024-01-02T04:00:30Z");
    private static final String TOKEN = "recorded-access";
    private static final AccountRef ACCOUNT = AccountRef.of(Platform.TENCENT_ADS, TencentAdsTestSupport.ACCOUNT);
    private final Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
    private final ObjectMapper raw = new ObjectMapper();
    private final RecordedResponses replay = new RecordedResponses();

    @AfterEach
    void stop() {
        replay.close();
    }

    private JsonNode rawJson(String resource) throws IOException {
        return raw.readTree(RecordedResponses.file(resource));
    }

    private TencentAdsConnector connector() {
        TencentAdsConnector c = TencentAdsConnector.builder(TencentAdsTestSupport.config(replay.baseUrl(), "1110000001",
                "replay-secret", clock, Duration.ofSeconds(5))).resilience(KitResilience.fastRetries()).build();
        c.seed(new UserGrant(TencentAdsTestSupport.ACCOUNT, Secret.of(TOKEN), NOW.plus(Duration.ofHours(12)),
                Secret.of("recorded-refresh"), NOW.plus(Duration.ofDays(20)), 0));
        return c;
    }

    /** A fen amount of the raw JSON as CNY: {@code 1300} is 13.00. */
    private static Money fen(JsonNode n) {
        return Money.of(new BigDecimal(n.asText()).movePointLeft(2), "CNY");
    }

    /** A budget in fen where 0 is "不限" (no budget). */
    private static Optional<Money> budget(JsonNode n) {
        return n.asLong() == 0 ? Optional.empty() : Optional.of(fen(n));
    }

    private static Optional<String> text(JsonNode n) {
        return n == null || n.isNull() ? Optional.empty() : Optional.of(n.asText());
    }

    private Map<String, String> sentWithGlobals(String path) {
        RecordedResponses.Received r = replay.received().get(0);
        assertThat(r.uri()).startsWith(path + "?");
        Map<String, String> q = r.query();
        assertThat(q).containsEntry("access_token", TOKEN).containsEntry("timestamp", String.valueOf(NOW.getEpochSecond()));
        assertThat(q.get("nonce")).hasSize(32);
        return q;
    }

    @Test
    void official_daily_budget_example_maps_budget_and_minimum_in_fen() throws IOException {
        JsonNode d = rawJson("official/advertiser_daily_budget_get.json").get("data");
        replay.enqueue(200, "official/advertiser_daily_budget_get.json");
        TencentAdsAccounts.Budget got;
        try (TencentAdsConnector c = connector()) {
            got = c.accounts().dailyBudget(ACCOUNT);
        }
        assertThat(got.accountId()).isEqualTo(d.get("account_id").asText());
        assertThat(got.daily()).contains(fen(d.get("daily_budget")));
        assertThat(got.minDaily()).contains(fen(d.get("min_daily_budget")));
        assertThat(sentWithGlobals("/v3.0/advertiser_daily_budget/get")).containsEntry("account_id", TencentAdsTestSupport.ACCOUNT)
                .containsEntry("fields", "[\"account_id\",\"daily_budget\",\"min_daily_budget\"]");
    }

    /** Composed (not counted): the official example with {@code daily_budget} 0, which the page defines as 不限. */
    @Test
    void a_daily_budget_of_zero_is_no_budget_not_a_budget_of_zero() throws IOException {
        JsonNode d = rawJson("composed/advertiser_daily_budget_unlimited.json").get("data");
        assertThat(d.get("daily_budget").asLong()).isZero();
        replay.enqueue(200, "composed/advertiser_daily_budget_unlimited.json");
        try (TencentAdsConnector c = connector()) {
            TencentAdsAccounts.Budget got = c.accounts().dailyBudget(ACCOUNT);
            assertThat(got.daily()).isEmpty();
            assertThat(got.minDaily()).contains(fen(d.get("min_daily_budget")));
        }
    }

    @Test
    void official_funds_example_maps_every_fund_in_fen_and_zero_stays_a_present_zero() throws IOException {
        JsonNode list = rawJson("official/funds_get.json").at("/data/list");
        replay.enqueue(200, "official/funds_get.json");
        List<TencentAdsAccounts.Fund> got;
        try (TencentAdsConnector c = connector()) {
            got = c.accounts().funds(ACCOUNT);
        }
        assertThat(got).hasSize(list.size());
        for (int i = 0; i < list.size(); i++) {
            JsonNode f = list.get(i);
            TencentAdsAccounts.Fund g = got.get(i);
            assertThat(g.fundType()).isEqualTo(f.get("fund_type").asText());
            assertThat(g.balance()).isEqualTo(fen(f.get("balance")));
            assertThat(g.locked()).contains(fen(f.get("bill_deposit_amount")));
            assertThat(g.status()).isEqualTo(text(f.get("fund_status")));
            assertThat(g.todayCost()).contains(fen(f.get("realtime_cost")));
        }
        assertThat(sentWithGlobals("/v3.0/funds/get")).containsEntry("account_id", TencentAdsTestSupport.ACCOUNT);
    }

    @Test
    void official_realtime_cost_example_maps_each_ad_group_in_fen_and_asks_for_today_in_beijing() throws IOException {
        JsonNode list = rawJson("official/realtime_cost_get.json").at("/data/list");
        replay.enqueue(200, "official/realtime_cost_get.json");
        List<TencentAdsAccounts.AdGroupCost> got;
        try (TencentAdsConnector c = connector()) {
            got = c.accounts().realtimeCost(ACCOUNT, List.of("3001", "3002"));
        }
        assertThat(got).hasSize(list.size());
        for (int i = 0; i < list.size(); i++) {
            assertThat(got.get(i).adGroupId()).isEqualTo(list.get(i).get("adgroup_id").asText());
            assertThat(got.get(i).cost()).isEqualTo(fen(list.get(i).get("cost")));
        }
        assertThat(replay.received()).as("page_info.total_page is 1").hasSize(1);
        assertThat(sentWithGlobals("/v3.0/realtime_cost/get")).containsEntry("account_id", TencentAdsTestSupport.ACCOUNT)
                .containsEntry("level", "ADGROUP").containsEntry("date", "2024-01-02")
                .containsEntry("filtering", "[{\"field\":\"adgroup_id\",\"operator\":\"IN\",\"values\":[\"3001\",\"3002\"]}]")
                .containsEntry("page", "1").containsEntry("page_size", "100");
    }

    @Test
    void realtime_cost_without_ad_groups_is_refused_before_any_request() {
        try (TencentAdsConnector c = connector()) {
            InvalidValueException e = catchThrowableOfType(InvalidValueException.class,
                    () -> c.accounts().realtimeCost(ACCOUNT, List.of()));
            assertThat(e).isNotNull();
            assertThat(e.getMessage()).contains("adGroupIds");
        }
        assertThat(replay.received()).isEmpty();
    }

    @Test
    void official_advertiser_example_maps_the_profile_and_budget_in_fen() throws IOException {
        JsonNode a = rawJson("official/advertiser_get.json").at("/data/list/0");
        replay.enqueue(200, "official/advertiser_get.json");
        TencentAdsAccounts.Advertiser got;
        try (TencentAdsConnector c = connector()) {
            got = c.accounts().advertiser(ACCOUNT);
        }
        assertThat(got.accountId()).isEqualTo(a.get("account_id").asText());
        assertThat(got.corporationName()).isEqualTo(text(a.get("corporation_name")));
        assertThat(got.dailyBudget()).isEqualTo(budget(a.get("daily_budget"))).isPresent();
        assertThat(got.systemStatus()).isEqualTo(text(a.get("system_status")));
        assertThat(sentWithGlobals("/v3.0/advertiser/get")).containsEntry("account_id", TencentAdsTestSupport.ACCOUNT)
                .containsEntry("pagination_mode", "PAGINATION_MODE_NORMAL").containsEntry("page", "1")
                .containsEntry("fields", "[\"account_id\",\"daily_budget\",\"corporation_name\",\"system_status\"]");
    }

    @Test
    void official_organization_accounts_example_maps_each_account() throws IOException {
        JsonNode list = rawJson("official/organization_account_relation_get.json").at("/data/list");
        replay.enqueue(200, "official/organization_account_relation_get.json");
        List<TencentAdsAccounts.Advertiser> got;
        try (TencentAdsConnector c = connector()) {
            got = c.accounts().organizationAccounts(TencentAdsTestSupport.ACCOUNT);
        }
        assertThat(got).hasSize(list.size());
        for (int i = 0; i < list.size(); i++) {
            JsonNode a = list.get(i);
            assertThat(got.get(i).accountId()).isEqualTo(a.get("account_id").asText());
            assertThat(got.get(i).corporationName()).isEqualTo(text(a.get("corporation_name")));
            assertThat(got.get(i).dailyBudget()).as("the relation answer carries no budget").isEmpty();
        }
        assertThat(sentWithGlobals("/v3.0/organization_account_relation/get"))
                .containsEntry("pagination_mode", "PAGINATION_MODE_NORMAL").containsEntry("page", "1").containsEntry("page_size", "100");
    }
}
