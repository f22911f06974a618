package io.github.mediaops.connector.datatools;

import io.github.mediaops.connector.imports.Quantity;
import io.github.mediaops.core.platform.AccountRef;
import io.github.mediaops.core.platform.Platform;
import io.github.mediaops.core.validate.Checks;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * One account row of a Newrank (新榜) rank list: an account's totals over the list's period (a day, week or
 * month), as the competitor-benchmark input no platform API gives for other people's accounts. Core has no
 * type for a period's totals of someone else's account (its {@code AudienceMetrics} is one day of an own
 * account), so this record keeps the columns as Newrank prints them. Absent is not zero: a blank cell is empty.
 *
 * <p>Counts that Newrank may print as a lower bound ({@code 10万+}) or round ({@code 523.1万}) are
 * {@link Quantity quantities}; {@code 523.1万} is exactly 5,231,000.
 *
 * @param row           the row number in the file (as a spreadsheet shows it)
 * @param rank          排名
 * @param name          账号名称 (the display name)
 * @param accountId     账号ID / 微信号, when the list has it
 * @param posts         发布次数 (times the account published; a WeChat push holds several articles)
 * @param articles      发布篇数 (articles published)
 * @param reads         阅读数 (total reads in the period)
 * @param headlineReads 头条阅读数 (reads of the first article of each push)
 * @param averageReads  平均阅读数
 * @param maxReads      最高阅读数
 * @param likes         点赞数
 * @param looks         在看数 (WeChat's "wow")
 * @param index         新榜指数 (NRI/WCI), Newrank's own score
 * @param day           日期: the list's day (or the first day of its period), when the file has it
 * @param updatedAt     更新时间, read in the importer's zone
 */
public record NewrankAccount(int row, OptionalLong rank, String name, Optional<String> accountId, OptionalLong posts,
                             OptionalLong articles, Optional<Quantity> reads, Optional<Quantity> headlineReads,
                             Optional<Quantity> averageReads, Optional<Quantity> maxReads, Optional<Quantity> likes,
                             Optional<Quantity> looks, Optional<BigDecimal> index, Optional<LocalDate> day,
                             Optional<Instant> updatedAt) {
    public NewrankAccount {
        Checks.positive(row, "row");
        Checks.notNull(rank, "rank");
        Checks.notBlank(name, "name");
        Checks.notNull(accountId, "accountId");
        Checks.notNull(posts, "posts");
        Checks.notNull(articles, "articles");
        Checks.notNull(reads, "reads");
        Checks.notNull(headlineReads, "headlineReads");
        Checks.notNull(averageReads, "averageReads");
        Checks.notNull(maxReads, "maxReads");
        Checks.notNull(likes, "likes");
        Checks.notNull(looks, "looks");
        Checks.notNull(index, "index");
        Checks.notNull(day, "day");
        Checks.notNull(updatedAt, "updatedAt");
    }

    /** The account on {@code platform} (Newrank's lists are per platform), when the row has an account id. */
    public Optional<AccountRef> account(Platform platform) {
        Checks.notNull(platform, "platform");
        return accountId.map(id -> AccountRef.of(platform, id));
    }
}
