package io.github.mediaops.connector.tencentads;

import io.github.mediaops.connector.support.AmountUnit;
import io.github.mediaops.connector.support.ConnectorRuntime;
import io.github.mediaops.connector.support.ReportCells;
import io.github.mediaops.connector.support.TokenManager;
import io.github.mediaops.connector.support.UserTokens;
import io.github.mediaops.core.InvalidValueException;
import io.github.mediaops.core.Money;
import io.github.mediaops.core.platform.AccountRef;
import io.github.mediaops.core.validate.Checks;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Currency;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * Account reads of the Tencent Ads Marketing API 3.0 that budgeting needs beside the reports: an account's daily
 * budget ({@code advertiser_daily_budget/get}), its funds ({@code funds/get}), today's spend per ad group so far
 * ({@code realtime_cost/get}), its profile ({@code advertiser/get}) and the accounts under an organisation's grant
 * ({@code organization_account_relation/get}). Every amount is in fen (分) per the official pages ("单位为分"). Obtain
 * it from {@link TencentAdsConnector#accounts()}.
 */
public final class TencentAdsAccounts {
    static final String DAILY_BUDGET = "v3.0/advertiser_daily_budget/get";
    static final String FUNDS = "v3.0/funds/get";
    static final String REALTIME_COST = "v3.0/realtime_cost/get";
    static final String ADVERTISER = "v3.0/advertiser/get";
    static final String ORGANIZATION_ACCOUNTS = "v3.0/organization_account_relation/get";
    /** Largest {@code page_size} of {@code realtime_cost/get} and {@code organization_account_relation/get} (100). */
    public static final int PAGE_SIZE = 100;
    /**
     * Pages of {@code organization_account_relation/get} in normal paging: "page_size*page 小于等于 1000", so 10 pages
     * of 100 are all the endpoint serves that way.
     */
    public static final int ORGANIZATION_MAX_PAGES = 1000 / PAGE_SIZE;
    static final int COST_MAX_PAGES = 99_999;

    private final TencentAdsApi api;
    private final ConnectorRuntime runtime;
    private final UserTokens users;
    private final Currency currency;

    TencentAdsAccounts(TencentAdsApi api, ConnectorRuntime runtime, UserTokens users, Currency currency) {
        this.api = api;
        this.runtime = runtime;
        this.users = users;
        this.currency = currency;
    }

    /**
     * An account's daily budget from {@code advertiser_daily_budget/get}.
     *
     * @param accountId {@code account_id} as the platform wrote it
     * @param daily     {@code daily_budget}; empty when the platform writes 0 ("0 表示不设预算（即不限）"): unlimited
     * @param minDaily  {@code min_daily_budget}, the lowest budget that can be set now, empty when absent
     */
    public record Budget(String accountId, Optional<Money> daily, Optional<Money> minDaily) {
        public Budget {
            Checks.notBlank(accountId, "accountId");
            Objects.requireNonNull(daily, "daily");
            Objects.requireNonNull(minDaily, "minDaily");
        }
    }

    /**
     * One fund of an account from {@code funds/get}.
     *
     * @param fundType  {@code fund_type}, e.g. {@code GENERAL_CASH}, {@code GENERAL_GIFT}
     * @param balance   {@code balance}
     * @param locked    {@code bill_deposit_amount}, locked and not yet charged, empty when absent
     * @param status    {@code fund_status}, empty when absent
     * @param todayCost {@code realtime_cost}, spent from this fund today, empty when absent
     */
    public record Fund(String fundType, Money balance, Optional<Money> locked, Optional<String> status,
                       Optional<Money> todayCost) {
        public Fund {
            Checks.notBlank(fundType, "fundType");
            Checks.notNull(balance, "balance");
            Objects.requireNonNull(locked, "locked");
            Objects.requireNonNull(status, "status");
            Objects.requireNonNull(todayCost, "todayCost");
        }
    }

    /** Today's spend so far of one ad group, from {@code realtime_cost/get}. */
    public record AdGroupCost(String adGroupId, Money cost) {
        public AdGroupCost {
            Checks.notBlank(adGroupId, "adGroupId");
            Checks.notNull(cost, "cost");
        }
    }

    /**
     * An advertiser account from {@code advertiser/get} or {@code organization_account_relation/get}.
     *
     * @param accountId       {@code account_id} as the platform wrote it
     * @param corporationName {@code corporation_name}, empty when absent
     * @param dailyBudget     {@code daily_budget}; empty when absent or 0 (unlimited)
     * @param systemStatus    {@code system_status}, e.g. {@code CUSTOMER_STATUS_NORMAL}, empty when absent
     */
    public record Advertiser(String accountId, Optional<String> corporationName, Optional<Money> dailyBudget,
                             Optional<String> systemStatus) {
        public Advertiser {
            Checks.notBlank(accountId, "accountId");
            Objects.requireNonNull(corporationName, "corporationName");
            Objects.requireNonNull(dailyBudget, "dailyBudget");
            Objects.requireNonNull(systemStatus, "systemStatus");
        }
    }

    /** The daily budget of {@code advertiser} ({@code advertiser_daily_budget/get}). */
    public Budget dailyBudget(AccountRef advertiser) {
        String id = accountId(advertiser);
        TencentAdsApi.DailyBudget d = data(DAILY_BUDGET, runtime.read(DAILY_BUDGET, users.account(id), token -> api.dailyBudget(token,
                now(), nonce(), id, "[\"account_id\",\"daily_budget\",\"min_daily_budget\"]")));
        return mapped(DAILY_BUDGET, () -> new Budget(ReportCells.id(d.accountId()).orElse(id), budget("daily_budget", d.dailyBudget()),
                optionalFen("min_daily_budget", d.minDailyBudget())));
    }

    /** The funds of {@code advertiser}, one per fund type ({@code funds/get}). */
    public List<Fund> funds(AccountRef advertiser) {
        String id = accountId(advertiser);
        TencentAdsApi.ListPage<TencentAdsApi.FundRow> d = data(FUNDS, runtime.read(FUNDS, users.account(id),
                token -> api.funds(token, now(), nonce(), id)));
        return rows(d).stream().map(f -> mapped(FUNDS, () -> new Fund(
                ReportCells.text(f.fundType()).orElseThrow(() -> new InvalidValueException("fund_type", "a fund without fund_type")),
                fen("balance", f.balance()), optionalFen("bill_deposit_amount", f.billDepositAmount()), ReportCells.text(f.fundStatus()),
                optionalFen("realtime_cost", f.realtimeCost())))).toList();
    }

    /**
     * Today's spend so far (Beijing time) of the given ad groups of {@code advertiser} ({@code realtime_cost/get},
     * level {@code ADGROUP}, which the platform serves for today only), in pages of {@value #PAGE_SIZE}.
     */
    public List<AdGroupCost> realtimeCost(AccountRef advertiser, Collection<String> adGroupIds) {
        String id = accountId(advertiser);
        List<String> ids = List.copyOf(Checks.notNull(adGroupIds, "adGroupIds"));
        if (ids.isEmpty()) {
            throw new InvalidValueException("adGroupIds", "adGroupIds must name at least one ad group (level ADGROUP filters by adgroup_id)");
        }
        ids.forEach(g -> Checks.notBlank(g, "adGroupIds"));
        String filtering = "[{\"field\":\"adgroup_id\",\"operator\":\"IN\",\"values\":["
                + ids.stream().map(g -> "\"" + g.replace("\\", "\\\\").replace("\"", "\\\"") + "\"").collect(Collectors.joining(","))
                + "]}]";
        String today = LocalDate.now(runtime.clock().withZone(TencentAdsConnector.ZONE)).toString();
        TokenManager tokens = users.account(id);
        List<TencentAdsApi.CostRow> rows = pages(REALTIME_COST, COST_MAX_PAGES, page -> runtime.read(REALTIME_COST, tokens,
                token -> api.realtimeCost(token, now(), nonce(), id, "ADGROUP", today, filtering, page, PAGE_SIZE)));
        return rows.stream().map(r -> mapped(REALTIME_COST, () -> new AdGroupCost(
                ReportCells.id(r.adgroupId()).orElseThrow(() -> new InvalidValueException("adgroup_id", "a row without adgroup_id")),
                fen("cost", r.cost())))).toList();
    }

    /** The profile of {@code advertiser} ({@code advertiser/get}). */
    public Advertiser advertiser(AccountRef advertiser) {
        String id = accountId(advertiser);
        TencentAdsApi.ListPage<TencentAdsApi.AdvertiserRow> d = data(ADVERTISER, runtime.read(ADVERTISER, users.account(id),
                token -> api.advertiser(token, now(), nonce(), id,
                        "[\"account_id\",\"daily_budget\",\"corporation_name\",\"system_status\"]", "PAGINATION_MODE_NORMAL", 1, 1)));
        return rows(d).stream().findFirst().map(r -> advertiserOf(ADVERTISER, r))
                .orElseThrow(() -> TencentAdsConnector.RESPONSES.unexpected(ADVERTISER, "no advertiser in the answer"));
    }

    /**
     * The advertiser accounts under the organisation whose grant is stored under {@code account}
     * ({@code organization_account_relation/get}), at most {@value #ORGANIZATION_MAX_PAGES} pages of
     * {@value #PAGE_SIZE} (the normal paging limit).
     *
     * @param account the account {@link TencentAdsConnector#authorize} returned for the organisation's grant
     */
    public List<Advertiser> organizationAccounts(String account) {
        TokenManager tokens = users.account(Checks.notBlank(account, "account"));
        List<TencentAdsApi.AdvertiserRow> rows = pages(ORGANIZATION_ACCOUNTS, ORGANIZATION_MAX_PAGES, page -> runtime.read(
                ORGANIZATION_ACCOUNTS, tokens, token -> api.organizationAccounts(token, now(), nonce(), "PAGINATION_MODE_NORMAL",
                        page, PAGE_SIZE)));
        return rows.stream().map(r -> advertiserOf(ORGANIZATION_ACCOUNTS, r)).toList();
    }

    private Advertiser advertiserOf(String op, TencentAdsApi.AdvertiserRow r) {
        return mapped(op, () -> new Advertiser(
                ReportCells.id(r.accountId()).orElseThrow(() -> new InvalidValueException("account_id", "an account without account_id")),
                ReportCells.text(r.corporationName()), budget("daily_budget", r.dailyBudget()), ReportCells.text(r.systemStatus())));
    }

    /** Pages 1.. until {@code page_info.total_page} (1 when absent), at most {@code maxPages}. */
    private <T> List<T> pages(String op, int maxPages, Function<Integer, TencentAdsApi.Envelope<TencentAdsApi.ListPage<T>>> fetch) {
        List<T> out = new ArrayList<>();
        int total = 1;
        for (int page = 1; page <= total; page++) {
            TencentAdsApi.ListPage<T> d = data(op, fetch.apply(page));
            out.addAll(rows(d));
            total = d.pageInfo() == null || d.pageInfo().totalPage() == null ? 1 : d.pageInfo().totalPage();
            if (total > maxPages) {
                throw TencentAdsConnector.RESPONSES.unexpected(op, "an answer of " + total + " pages (at most " + maxPages + " are served)");
            }
        }
        return out;
    }

    private static <T> List<T> rows(TencentAdsApi.ListPage<T> d) {
        return d.list() == null ? List.of() : d.list().stream().filter(Objects::nonNull).toList();
    }

    private static <T> T data(String op, TencentAdsApi.Envelope<T> e) {
        if (e == null || e.data() == null) {
            throw TencentAdsConnector.RESPONSES.unexpected(op, "an answer without data");
        }
        return e.data();
    }

    private static <T> T mapped(String op, Supplier<T> map) {
        try {
            return map.get();
        } catch (InvalidValueException e) {
            throw TencentAdsConnector.RESPONSES.unexpected(op, "an unreadable answer: " + e.getMessage(), e);
        }
    }

    private Money fen(String field, String text) {
        return ReportCells.requiredAmount(field, text, AmountUnit.FEN, currency);
    }

    private Optional<Money> optionalFen(String field, String text) {
        return ReportCells.amount(field, text, AmountUnit.FEN, currency);
    }

    /** A budget in fen where 0 means "no budget" (unlimited), not a budget of zero. */
    private Optional<Money> budget(String field, String text) {
        return optionalFen(field, text).filter(m -> m.signum() != 0);
    }


    private long now() {
        return runtime.clock().instant().getEpochSecond();
    }

    private static String nonce() {
        return TencentAdsReports.nonce();
    }

    private static String accountId(AccountRef advertiser) {
        return TencentAdsReports.accountId(advertiser);
    }
}
