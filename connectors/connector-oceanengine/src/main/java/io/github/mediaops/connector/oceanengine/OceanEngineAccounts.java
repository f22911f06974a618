package io.github.mediaops.connector.oceanengine;

import io.github.mediaops.connector.support.AmountUnit;
import io.github.mediaops.connector.support.DateSpans;
import io.github.mediaops.connector.support.ReportCells;
import io.github.mediaops.connector.support.ReportPages;
import io.github.mediaops.connector.support.TokenManager;
import io.github.mediaops.core.DateRange;
import io.github.mediaops.core.InvalidValueException;
import io.github.mediaops.core.Money;
import io.github.mediaops.core.platform.AccountRef;
import io.github.mediaops.core.validate.Checks;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Account reads of the Ocean Engine Marketing API that budgeting needs beside the reports: which advertisers a grant
 * covers ({@code oauth2/advertiser/get}), an advertiser's daily budget ({@code 2/advertiser/budget/get}), its balance
 * ({@code 2/advertiser/fund/get}) and its daily money flow ({@code 2/advertiser/fund/daily_stat}). All amounts are
 * in yuan (元) per the official pages ("单位元", "单位：元"). Obtain it from {@link OceanEngineConnector#accounts()}.
 */
public final class OceanEngineAccounts {
    static final String ADVERTISERS = "open_api/oauth2/advertiser/get";
    static final String BUDGET = "open_api/2/advertiser/budget/get";
    static final String FUND = "open_api/2/advertiser/fund/get";
    static final String DAILY_FUND = "open_api/2/advertiser/fund/daily_stat";
    /** Longest {@code start_date..end_date} of {@code fund/daily_stat} (official page: "起止时间间隔不能超过一年"). */
    public static final int DAILY_FUND_MAX_SPAN_DAYS = 365;
    /**
     * Rows per {@code fund/daily_stat} page. The page gives the default (10) and the bound {@code page * page_size
     * <= 10000}, not a maximum; 100 is the maximum the other Ocean Engine list endpoints state.
     */
    public static final int DAILY_FUND_PAGE_SIZE = 100;
    static final int DAILY_FUND_MAX_PAGES = 10_000 / DAILY_FUND_PAGE_SIZE;

    private final ReadContext ctx;

    OceanEngineAccounts(ReadContext ctx) {
        this.ctx = ctx;
    }

    /**
     * An advertiser (or Douyin account) a grant covers, from {@code oauth2/advertiser/get}.
     *
     * @param id          {@code advertiser_id}
     * @param name        {@code advertiser_name}, empty when the platform sends none
     * @param accountRole {@code account_role} (e.g. {@code PLATFORM_ROLE_AWEME}), empty when absent
     * @param valid       {@code is_valid}: false when the account no longer manages it (the grant cannot use it)
     * @param awemeSecUid {@code account_string_id}, the {@code aweme_sec_uid} a Douyin account is read with in
     *                    {@link OceanEngineConnector#douPlus()}; empty for other accounts
     */
    public record Advertiser(String id, Optional<String> name, Optional<String> accountRole, boolean valid,
                             Optional<String> awemeSecUid) {
        public Advertiser {
            Checks.notBlank(id, "id");
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(accountRole, "accountRole");
            Objects.requireNonNull(awemeSecUid, "awemeSecUid");
        }
    }

    /**
     * An advertiser's account budget from {@code advertiser/budget/get}.
     *
     * @param advertiserId {@code advertiser_id}
     * @param mode         {@code budget_mode}: {@code BUDGET_MODE_DAY} or {@code BUDGET_MODE_INFINITE}
     * @param daily        the daily budget for {@code BUDGET_MODE_DAY}; empty when unlimited (the platform then
     *                     writes {@code 0.0}, which is not a budget of zero)
     */
    public record Budget(String advertiserId, String mode, Optional<Money> daily) {
        public Budget {
            Checks.notBlank(advertiserId, "advertiserId");
            Checks.notBlank(mode, "mode");
            Objects.requireNonNull(daily, "daily");
        }
    }

    /**
     * An advertiser's balance from {@code advertiser/fund/get}.
     *
     * @param advertiserId {@code advertiser_id}
     * @param balance      {@code balance}, the total balance
     * @param validBalance {@code valid_balance}, what can be spent now
     * @param cash         {@code cash}, the cash part, empty when absent
     * @param grant        {@code grant}, the granted (赠款) part, empty when absent
     */
    public record Fund(String advertiserId, Money balance, Money validBalance, Optional<Money> cash, Optional<Money> grant) {
        public Fund {
            Checks.notBlank(advertiserId, "advertiserId");
            Checks.notNull(balance, "balance");
            Checks.notNull(validBalance, "validBalance");
            Objects.requireNonNull(cash, "cash");
            Objects.requireNonNull(grant, "grant");
        }
    }

    /**
     * One day of an advertiser's money flow from {@code advertiser/fund/daily_stat}.
     *
     * @param day        {@code date} (Asia/Shanghai)
     * @param cost       {@code cost}, the day's total spend
     * @param balance    {@code balance}, the balance at the end of the day
     * @param cashCost   {@code cash_cost}, the cash part of the spend, empty when absent
     * @param rewardCost {@code reward_cost}, the grant part of the spend, empty when absent
     * @param income     {@code income}, money paid in that day, empty when absent
     */
    public record DailyFund(LocalDate day, Money cost, Money balance, Optional<Money> cashCost, Optional<Money> rewardCost,
                            Optional<Money> income) {
        public DailyFund {
            Checks.notNull(day, "day");
            Checks.notNull(cost, "cost");
            Checks.notNull(balance, "balance");
            Objects.requireNonNull(cashCost, "cashCost");
            Objects.requireNonNull(rewardCost, "rewardCost");
            Objects.requireNonNull(income, "income");
        }
    }

    /**
     * The advertisers and Douyin accounts the grant stored under {@code account} covers (an agency grant covers
     * many): the ids to name in {@link OceanEngineConnector.Builder#tokenAccounts}.
     *
     * @param account the account {@link OceanEngineConnector#authorize} returned
     */
    public List<Advertiser> authorizedAdvertisers(String account) {
        TokenManager tokens = ctx.users().account(Checks.notBlank(account, "account"));
        OceanEngineApi.AdvertiserListEnvelope e = ctx.runtime().read(ADVERTISERS, tokens, token -> ctx.api().authorizedAdvertisers(token, token));
        if (e == null || e.data() == null) {
            throw OceanEngineConnector.RESPONSES.unexpected(ADVERTISERS, "an answer without data");
        }
        List<OceanEngineApi.AuthorizedAdvertiser> list = e.data().list() == null ? List.of() : e.data().list();
        return list.stream().map(a -> {
            String id = ReportCells.id(a.advertiserId())
                    .orElseThrow(() -> OceanEngineConnector.RESPONSES.unexpected(ADVERTISERS, "an advertiser without advertiser_id"));
            return new Advertiser(id, ReportCells.text(a.advertiserName()), ReportCells.text(a.accountRole()), Boolean.TRUE.equals(a.valid()),
                    ReportCells.text(a.accountStringId()));
        }).toList();
    }

    /**
     * The account budget of {@code advertiser} ({@code advertiser/budget/get}).
     *
     * @throws InvalidValueException naming {@code advertiser} when its id is not a number (the endpoint takes
     *                               {@code advertiser_ids} as {@code number[]})
     */
    public Budget budget(AccountRef advertiser) {
        String id = OceanEngineReports.advertiserId(advertiser, "advertiser");
        if (!id.chars().allMatch(ch -> ch >= '0' && ch <= '9')) {
            throw new InvalidValueException("advertiser", "an Ocean Engine advertiser id is a number (was " + Checks.show(id) + ")");
        }
        OceanEngineApi.BudgetEnvelope e = ctx.runtime().read(BUDGET, ctx.tokens(id), token -> ctx.api().budget(token, "[" + id + "]"));
        if (e == null || e.data() == null || e.data().list() == null) {
            throw OceanEngineConnector.RESPONSES.unexpected(BUDGET, "an answer without data.list");
        }
        OceanEngineApi.Budget b = e.data().list().stream().filter(x -> x != null && id.equals(trimmed(x.advertiserId())))
                .findFirst().orElseThrow(() -> OceanEngineConnector.RESPONSES.unexpected(BUDGET, "no budget for advertiser " + id));
        try {
            String mode = ReportCells.text(b.budgetMode()).orElseThrow(() -> new InvalidValueException("budget_mode", "a budget without budget_mode"));
            Optional<Money> daily = switch (mode) {
                case "BUDGET_MODE_INFINITE" -> Optional.empty();
                case "BUDGET_MODE_DAY" -> Optional.of(yuan("budget", b.budget()));
                default -> throw new InvalidValueException("budget_mode", "unknown budget_mode " + Checks.show(mode));
            };
            return new Budget(id, mode, daily);
        } catch (InvalidValueException ex) {
            throw OceanEngineConnector.RESPONSES.unexpected(BUDGET, "an unreadable budget: " + ex.getMessage(), ex);
        }
    }

    /** The balance of {@code advertiser} ({@code advertiser/fund/get}). */
    public Fund fund(AccountRef advertiser) {
        String id = OceanEngineReports.advertiserId(advertiser, "advertiser");
        OceanEngineApi.FundEnvelope e = ctx.runtime().read(FUND, ctx.tokens(id), token -> ctx.api().fund(token, id));
        if (e == null || e.data() == null) {
            throw OceanEngineConnector.RESPONSES.unexpected(FUND, "an answer without data");
        }
        OceanEngineApi.Fund f = e.data();
        try {
            return new Fund(ReportCells.id(f.advertiserId()).orElse(id), yuan("balance", f.balance()),
                    yuan("valid_balance", f.validBalance()), optionalYuan("cash", f.cash()), optionalYuan("grant", f.grant()));
        } catch (InvalidValueException ex) {
            throw OceanEngineConnector.RESPONSES.unexpected(FUND, "an unreadable fund: " + ex.getMessage(), ex);
        }
    }

    /**
     * The daily money flow of {@code advertiser} over {@code days} ({@code advertiser/fund/daily_stat}), in windows of
     * at most {@value #DAILY_FUND_MAX_SPAN_DAYS} days and pages of {@value #DAILY_FUND_PAGE_SIZE}; days after today
     * are not asked for.
     */
    public List<DailyFund> dailyFunds(AccountRef advertiser, DateRange days) {
        String id = OceanEngineReports.advertiserId(advertiser, "advertiser");
        Checks.notNull(days, "days");
        LocalDate today = LocalDate.now(ctx.runtime().clock().withZone(OceanEngineConnector.ZONE));
        var range = DateSpans.clampEnd(days, today);
        if (range.isEmpty()) {
            return List.of();
        }
        TokenManager tokens = ctx.tokens(id);
        List<Map<String, String>> rows = ReportPages.collect(range.get(), DAILY_FUND_MAX_SPAN_DAYS, DAILY_FUND_MAX_PAGES,
                (window, page) -> {
                    OceanEngineApi.DailyFundEnvelope e = ctx.runtime().read(DAILY_FUND, tokens, token -> ctx.api().dailyFund(token, id,
                            window.start().toString(), window.end().toString(), page, DAILY_FUND_PAGE_SIZE));
                    if (e == null || e.data() == null) {
                        throw OceanEngineConnector.RESPONSES.unexpected(DAILY_FUND, "an answer without data");
                    }
                    int total = e.data().pageInfo() == null || e.data().pageInfo().totalPage() == null ? 1
                            : e.data().pageInfo().totalPage();
                    return new ReportPages.Page<>(e.data().list() == null ? List.of() : e.data().list(), total);
                });
        return rows.stream().map(this::dailyFund).toList();
    }

    private DailyFund dailyFund(Map<String, String> row) {
        try {
            return new DailyFund(day(row.get("date")), yuan("cost", row.get("cost")), yuan("balance", row.get("balance")),
                    optionalYuan("cash_cost", row.get("cash_cost")), optionalYuan("reward_cost", row.get("reward_cost")),
                    optionalYuan("income", row.get("income")));
        } catch (InvalidValueException ex) {
            throw OceanEngineConnector.RESPONSES.unexpected(DAILY_FUND, "an unreadable row: " + ex.getMessage(), ex);
        }
    }


    private Money yuan(String field, String text) {
        return ReportCells.requiredAmount(field, text, AmountUnit.YUAN, ctx.currency());
    }

    private Optional<Money> optionalYuan(String field, String text) {
        return ReportCells.amount(field, text, AmountUnit.YUAN, ctx.currency());
    }

    private static LocalDate day(String text) {
        try {
            return LocalDate.parse(Checks.notNull(text, "date").trim());
        } catch (DateTimeParseException e) {
            throw new InvalidValueException("date", "date is not a day (was " + Checks.show(text) + ")");
        }
    }


    private static String trimmed(String s) {
        return s == null ? null : s.trim();
    }
}
