package io.github.mediaops.analytics.planning.calendar;

import io.github.mediaops.core.InvalidValueException;
import io.github.mediaops.core.validate.Checks;
import io.github.mediaops.core.platform.AccountRef;
import io.github.mediaops.core.platform.Platform;
import java.time.Duration;
import java.util.Optional;

/**
 * How often one account (or every account of a platform) should post: at most {@code maxPerDay} a
 * day, between {@code minPerWeek} and {@code maxPerWeek} a week (ISO weeks, Monday first, in the
 * plan's zone), at most {@code maxPerMonth} a calendar month, and at least {@code minSpacing}
 * between two posts.
 *
 * <p>A rule for one account (non-null {@code accountId}) overrides the platform-wide rule for that
 * account. {@link Integer#MAX_VALUE} means "no upper limit" and 0 "no lower limit".
 *
 * <p>The presets encode the platforms' published limits or common practice:
 * {@link #WECHAT_SUBSCRIPTION} is WeChat's one mass send (群发) a day for subscription accounts,
 * {@link #WECHAT_SERVICE} the four mass sends a month for service accounts (both per
 * https://developers.weixin.qq.com/doc/offiaccount/Message_Management/Batch_Sends_and_Originality_Checks.html);
 * {@link #DOUYIN_3_TO_5_A_WEEK} is an editorial cadence, not a platform limit.
 *
 * @since 0.1.0
 */
public final class CadenceRule {
    private final Platform platform;
    private final String accountId;
    private final int maxPerDay;
    private final int minPerWeek;
    private final int maxPerWeek;
    private final int maxPerMonth;
    private final Duration minSpacing;

    private CadenceRule(Platform platform, String accountId, int maxPerDay, int minPerWeek, int maxPerWeek, int maxPerMonth, Duration minSpacing) {
        Checks.notNull(platform, "platform");
        Checks.blankToNullRejected(accountId, "accountId");
        Checks.positive(maxPerDay, "maxPerDay");
        Checks.nonNegative(minPerWeek, "minPerWeek");
        Checks.positive(maxPerWeek, "maxPerWeek");
        Checks.positive(maxPerMonth, "maxPerMonth");
        if (minPerWeek > maxPerWeek) {
            throw new InvalidValueException("minPerWeek", "minPerWeek " + minPerWeek + " exceeds maxPerWeek " + maxPerWeek);
        }
        Checks.notNull(minSpacing, "minSpacing");
        if (minSpacing.isNegative()) {
            throw new InvalidValueException("minSpacing", "minSpacing must not be negative (was " + minSpacing + ")");
        }
        this.platform = platform;
        this.accountId = accountId;
        this.maxPerDay = maxPerDay;
        this.minPerWeek = minPerWeek;
        this.maxPerWeek = maxPerWeek;
        this.maxPerMonth = maxPerMonth;
        this.minSpacing = minSpacing;
    }

    /** @return the platform the rule applies to */
    public Platform platform() {
        return platform;
    }

    /** @return the one account the rule applies to, or {@code null} for every account of the platform */
    public String accountId() {
        return accountId;
    }

    /** @return most posts on one local day */
    public int maxPerDay() {
        return maxPerDay;
    }

    /** @return fewest posts in a full ISO week inside the plan period */
    public int minPerWeek() {
        return minPerWeek;
    }

    /** @return most posts in one ISO week */
    public int maxPerWeek() {
        return maxPerWeek;
    }

    /** @return most posts in one calendar month */
    public int maxPerMonth() {
        return maxPerMonth;
    }

    /** @return least time between two consecutive posts; {@link Duration#ZERO} for none */
    public Duration minSpacing() {
        return minSpacing;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof CadenceRule o && java.util.Objects.equals(platform, o.platform) && java.util.Objects.equals(accountId, o.accountId) && maxPerDay == o.maxPerDay && minPerWeek == o.minPerWeek && maxPerWeek == o.maxPerWeek && maxPerMonth == o.maxPerMonth && java.util.Objects.equals(minSpacing, o.minSpacing);
    }

    @Override
    public int hashCode() {
        return java.util.Objects.hash(platform, accountId, maxPerDay, minPerWeek, maxPerWeek, maxPerMonth, minSpacing);
    }

    @Override
    public String toString() {
        return "CadenceRule[" + "platform=" + platform + ", " + "accountId=" + accountId + ", " + "maxPerDay=" + maxPerDay + ", " + "minPerWeek=" + minPerWeek + ", " + "maxPerWeek=" + maxPerWeek + ", " + "maxPerMonth=" + maxPerMonth + ", " + "minSpacing=" + minSpacing + "]";
    }

    /** WeChat subscription account: one mass send a day. */
    public static final CadenceRule WECHAT_SUBSCRIPTION = forPlatform(Platform.WECHAT_OFFICIAL_ACCOUNT).maxPerDay(1);
    /** WeChat service account: four mass sends a calendar month. */
    public static final CadenceRule WECHAT_SERVICE = forPlatform(Platform.WECHAT_OFFICIAL_ACCOUNT).maxPerMonth(4);
    /** Douyin: three to five videos a week, at least four hours apart (editorial practice). */
    public static final CadenceRule DOUYIN_3_TO_5_A_WEEK = forPlatform(Platform.DOUYIN).perWeek(3, 5)
            .minSpacing(Duration.ofHours(4));

    

    /** A rule without limits for every account of {@code platform}; narrow it with the withers. */
    public static CadenceRule forPlatform(Platform platform) {
        return new CadenceRule(platform, null, Integer.MAX_VALUE, 0, Integer.MAX_VALUE, Integer.MAX_VALUE, Duration.ZERO);
    }

    /** A rule without limits for one account; it overrides the platform-wide rule. */
    public static CadenceRule forAccount(AccountRef account) {
        Checks.notNull(account, "account");
        return new CadenceRule(account.platform(), account.accountId(), Integer.MAX_VALUE, 0, Integer.MAX_VALUE,
                Integer.MAX_VALUE, Duration.ZERO);
    }

    /**
     * A copy with a daily maximum.
     *
     * @param max posts per day at most
     * @return the copy
     */
    public CadenceRule maxPerDay(int max) {
        return new CadenceRule(platform, accountId, max, minPerWeek, maxPerWeek, maxPerMonth, minSpacing);
    }

    /**
     * A copy with a weekly range (min above max is refused).
     *
     * @param min posts per week at least
     * @param max posts per week at most
     * @return the copy
     */
    public CadenceRule perWeek(int min, int max) {
        return new CadenceRule(platform, accountId, maxPerDay, min, max, maxPerMonth, minSpacing);
    }

    /**
     * A copy with a monthly maximum.
     *
     * @param max posts per month at most
     * @return the copy
     */
    public CadenceRule maxPerMonth(int max) {
        return new CadenceRule(platform, accountId, maxPerDay, minPerWeek, maxPerWeek, max, minSpacing);
    }

    /**
     * A copy with a minimum time between two posts.
     *
     * @param spacing the spacing, not negative
     * @return the copy
     */
    public CadenceRule minSpacing(Duration spacing) {
        return new CadenceRule(platform, accountId, maxPerDay, minPerWeek, maxPerWeek, maxPerMonth, spacing);
    }

    /** The account this rule is limited to, if any. */
    public Optional<AccountRef> account() {
        return accountId == null ? Optional.empty() : Optional.of(AccountRef.of(platform, accountId));
    }

    boolean appliesTo(AccountRef account) {
        return account.platform().equals(platform) && (accountId == null || accountId.equals(account.accountId()));
    }
}
