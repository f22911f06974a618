package io.github.mediaops.connector.oceanengine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.mediaops.connector.support.UserGrant;
import io.github.mediaops.connector.tck.KitResilience;
import io.github.mediaops.connector.tck.RecordedResponses;
import io.github.mediaops.core.DateRange;
import io.github.mediaops.core.InvalidValueException;
import io.github.mediaops.core.Money;
import io.github.mediaops.core.connector.Secret;
import io.github.mediaops.core.connector.UnexpectedResponseException;
import io.github.mediaops.core.platform.AccountRef;
import io.github.mediaops.core.platform.Platform;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The account reads ({@link OceanEngineAccounts}) over bodies published by others (see {@code replay/SOURCES.md}),
 * served over loopback; expected values come from the raw JSON (a Jackson tree), never through the connector's records.
 */
class OceanEngineAccountsReplayTest {
    private static final Instant NOW = Instant.parse("2022-08-10T04:00:00Z");
    private static final String TOKEN = "recorded-access";
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

    private OceanEngineConnector connector(String grantAccount) {
        OceanEngineConnector c = OceanEngineConnector.builder(OceanEngineTestSupport.config(replay.baseUrl(), "1700000000000001",
                "replay-secret", clock, Duration.ofSeconds(5))).resilience(KitResilience.fastRetries()).build();
        c.seed(new UserGrant(grantAccount, Secret.of(TOKEN), NOW.plus(Duration.ofHours(12)), Secret.of("recorded-refresh"),
                NOW.plus(Duration.ofDays(20)), 0));
        return c;
    }

    private static AccountRef advertiser(String id) {
        return AccountRef.of(Platform.OCEAN_ENGINE, id);
    }

    private static Money yuan(JsonNode n) {
        return Money.of(new BigDecimal(n.asText()), "CNY");
    }

    private Map<String, String> query(int i) {
        return replay.received().get(i).query();
    }

    @Test
    void skit_authorised_advertisers_sample_maps_field_by_field() throws IOException {
        JsonNode list = rawJson("skit/OAuth2AdvertiserGetResponse.json").at("/data/list");
        replay.enqueue(200, "skit/OAuth2AdvertiserGetResponse.json");
        List<OceanEngineAccounts.Advertiser> got;
        try (OceanEngineConnector c = connector("agency-grant")) {
            got = c.accounts().authorizedAdvertisers("agency-grant");
        }
        assertThat(got).hasSize(list.size());
        for (int i = 0; i < list.size(); i++) {
            JsonNode a = list.get(i);
            OceanEngineAccounts.Advertiser g = got.get(i);
            assertThat(g.id()).isEqualTo(a.get("advertiser_id").asText());
            assertThat(g.name()).contains(a.get("advertiser_name").asText());
            assertThat(g.accountRole()).contains(a.get("account_role").asText());
            assertThat(g.valid()).isEqualTo(a.get("is_valid").asBoolean());
            assertThat(g.awemeSecUid()).as("the sample has no account_string_id").isEqualTo(
                    a.has("account_string_id") ? java.util.Optional.of(a.get("account_string_id").asText()) : java.util.Optional.empty());
        }
        assertThat(replay.received().get(0).uri()).startsWith("/open_api/oauth2/advertiser/get/?");
        assertThat(query(0)).containsEntry("access_token", TOKEN);
    }

    @Test
    void official_authorised_advertisers_example_with_empty_data_is_no_advertiser() throws IOException {
        assertThat(rawJson("official/oauth2_advertiser_get.json").get("data").size()).as("the page's data is {}").isZero();
        replay.enqueue(200, "official/oauth2_advertiser_get.json");
        try (OceanEngineConnector c = connector("agency-grant")) {
            assertThat(c.accounts().authorizedAdvertisers("agency-grant")).isEmpty();
        }
        assertThat(replay.received()).hasSize(1);
    }

    @Test
    void skit_budget_sample_is_a_daily_budget_in_yuan() throws IOException {
        JsonNode b = rawJson("skit/AdvertiserBudgetGetResponse.json").at("/data/list/0");
        String id = b.get("advertiser_id").asText();
        replay.enqueue(200, "skit/AdvertiserBudgetGetResponse.json");
        OceanEngineAccounts.Budget got;
        try (OceanEngineConnector c = connector(id)) {
            got = c.accounts().budget(advertiser(id));
        }
        assertThat(got.advertiserId()).isEqualTo(id);
        assertThat(got.mode()).isEqualTo(b.get("budget_mode").asText()).isEqualTo("BUDGET_MODE_DAY");
        assertThat(got.daily()).contains(yuan(b.get("budget")));
        assertThat(replay.received().get(0).uri()).startsWith("/open_api/2/advertiser/budget/get/?");
        assertThat(query(0)).containsEntry("advertiser_ids", "[" + id + "]");
    }

    /** Composed (not counted): the page says an unlimited budget comes back as {@code 0.0}, which is no budget at all. */
    @Test
    void an_unlimited_budget_is_no_daily_budget_not_a_budget_of_zero() throws IOException {
        JsonNode b = rawJson("composed/advertiser_budget_infinite.json").at("/data/list/0");
        String id = b.get("advertiser_id").asText();
        replay.enqueue(200, "composed/advertiser_budget_infinite.json");
        try (OceanEngineConnector c = connector(id)) {
            OceanEngineAccounts.Budget got = c.accounts().budget(advertiser(id));
            assertThat(got.mode()).isEqualTo("BUDGET_MODE_INFINITE");
            assertThat(got.daily()).isEmpty();
        }
    }

    @Test
    void a_budget_read_for_an_id_that_is_not_a_number_is_refused_before_any_request() {
        try (OceanEngineConnector c = connector("MS4wLjABAAAA-dou-plus-account")) {
            InvalidValueException e = catchThrowableOfType(InvalidValueException.class,
                    () -> c.accounts().budget(advertiser("MS4wLjABAAAA-dou-plus-account")));
            assertThat(e).isNotNull();
            assertThat(e.getMessage()).contains("advertiser").contains("MS4wLjABAAAA-dou-plus-account");
        }
        assertThat(replay.received()).isEmpty();
    }

    @Test
    void skit_fund_sample_maps_balances_in_yuan_and_zero_stays_zero() throws IOException {
        JsonNode d = rawJson("skit/AdvertiserFundGetResponse.json").get("data");
        String id = d.get("advertiser_id").asText();
        replay.enqueue(200, "skit/AdvertiserFundGetResponse.json");
        OceanEngineAccounts.Fund got;
        try (OceanEngineConnector c = connector(id)) {
            got = c.accounts().fund(advertiser(id));
        }
        assertThat(got.advertiserId()).isEqualTo(id);
        assertThat(got.balance()).isEqualTo(yuan(d.get("balance")));
        assertThat(got.validBalance()).isEqualTo(yuan(d.get("valid_balance")));
        assertThat(got.cash()).as("a recorded 0 is a balance of zero, not absent").contains(yuan(d.get("cash")));
        assertThat(got.grant()).contains(yuan(d.get("grant")));
        assertThat(replay.received().get(0).uri()).startsWith("/open_api/2/advertiser/fund/get/?");
        assertThat(query(0)).containsEntry("advertiser_id", id);
    }

    @Test
    void skit_daily_fund_sample_maps_each_day_field_by_field() throws IOException {
        JsonNode list = rawJson("skit/AdvertiserFundDailyStatisticsResponse.json").at("/data/list");
        String id = list.get(0).get("advertiser_id").asText();
        LocalDate first = LocalDate.parse(list.get(0).get("date").asText());
        LocalDate last = LocalDate.parse(list.get(list.size() - 1).get("date").asText());
        replay.enqueue(200, "skit/AdvertiserFundDailyStatisticsResponse.json");
        List<OceanEngineAccounts.DailyFund> got;
        try (OceanEngineConnector c = connector(id)) {
            got = c.accounts().dailyFunds(advertiser(id), DateRange.of(first, last));
        }
        assertThat(got).hasSize(list.size());
        for (int i = 0; i < list.size(); i++) {
            JsonNode r = list.get(i);
            OceanEngineAccounts.DailyFund g = got.get(i);
            assertThat(g.day()).isEqualTo(LocalDate.parse(r.get("date").asText()));
            assertThat(g.cost()).isEqualTo(yuan(r.get("cost")));
            assertThat(g.balance()).isEqualTo(yuan(r.get("balance")));
            assertThat(g.cashCost()).contains(yuan(r.get("cash_cost")));
            assertThat(g.rewardCost()).contains(yuan(r.get("reward_cost")));
            assertThat(g.income()).contains(yuan(r.get("income")));
        }
        assertThat(replay.received()).as("one window, one page (page_info.total_page)").hasSize(1);
        assertThat(replay.received().get(0).uri()).startsWith("/open_api/2/advertiser/fund/daily_stat/?");
        assertThat(query(0)).containsEntry("advertiser_id", id).containsEntry("start_date", first.toString())
                .containsEntry("end_date", last.toString()).containsEntry("page", "1").containsEntry("page_size", "100");
    }

    /** The official pages' examples of these three endpoints are not JSON as published (see SOURCES.md). */
    @ParameterizedTest(name = "{0}")
    @CsvSource({"advertiser_budget_get.json, budget", "advertiser_fund_get.json, fund", "advertiser_fund_daily_stat.json, daily"})
    void official_examples_that_are_not_json_are_refused_typed_once_and_without_the_token(String file, String call) {
        assertThat(catchThrowableOfType(IOException.class, () -> rawJson("official/" + file)))
                .as("the page's example is not JSON").isNotNull();
        replay.enqueue(200, "official/" + file);
        String id = "1760312309087432";
        Map<String, Consumer<OceanEngineAccounts>> calls = Map.of(
                "budget", a -> a.budget(advertiser(id)),
                "fund", a -> a.fund(advertiser(id)),
                "daily", a -> a.dailyFunds(advertiser(id), DateRange.day(LocalDate.parse("2022-08-01"))));
        try (OceanEngineConnector c = connector(id)) {
            UnexpectedResponseException e = catchThrowableOfType(UnexpectedResponseException.class,
                    () -> calls.get(call).accept(c.accounts()));
            assertThat(e).isNotNull();
            assertThat(e.platform()).isEqualTo(Platform.OCEAN_ENGINE);
            assertThat(e.retryable()).isFalse();
            assertThat(e.getMessage()).doesNotContain(TOKEN);
        }
        assertThat(replay.received()).as("a garbled answer is not retried").hasSize(1);
    }
}
