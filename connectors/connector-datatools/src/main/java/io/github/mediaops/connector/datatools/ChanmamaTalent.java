package io.github.mediaops.connector.datatools;

import io.github.mediaops.connector.imports.Quantity;
import io.github.mediaops.core.platform.AccountRef;
import io.github.mediaops.core.platform.Platform;
import io.github.mediaops.core.validate.Checks;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * One talent (达人, a Douyin KOL) row of a Chanmama (蝉妈妈) talent list: the KOL record a team screens
 * creators with before a deal. It holds no cost and no per-collaboration results, so it is not yet a
 * KOL evaluation input; it says who the creator is and how they sell. Sales and amounts are
 * {@link Quantity quantities} (Chanmama prints ranges such as {@code 7.5w~10w}); amounts are in yuan.
 * Absent is not zero: a blank cell is empty.
 *
 * @param row             the row number in the file (as a spreadsheet shows it)
 * @param table           the title of the table the row is in, when the file has titles
 * @param rank            排名
 * @param nickname        达人昵称
 * @param douyinId        抖音号, when the list has it
 * @param category        带货分类 / 主营类目
 * @param followers       粉丝数
 * @param followersGained 粉丝增量
 * @param sales           销量 (units)
 * @param gmv             销售额 (yuan)
 * @param averagePrice    客单价 (yuan)
 * @param lives           直播场次
 * @param videos          视频数 / 带货视频数
 * @param commissionRate  佣金比例 as a fraction
 * @param conversionRate  转化率 as a fraction
 * @param day             日期, when the file has it
 */
public record ChanmamaTalent(int row, Optional<String> table, OptionalLong rank, String nickname,
                             Optional<String> douyinId, Optional<String> category, Optional<Quantity> followers,
                             Optional<Quantity> followersGained, Optional<Quantity> sales, Optional<Quantity> gmv,
                             Optional<Quantity> averagePrice, OptionalLong lives, OptionalLong videos,
                             Optional<BigDecimal> commissionRate, Optional<BigDecimal> conversionRate,
                             Optional<LocalDate> day) {
    public ChanmamaTalent {
        Checks.positive(row, "row");
        Checks.notNull(table, "table");
        Checks.notNull(rank, "rank");
        Checks.notBlank(nickname, "nickname");
        Checks.notNull(douyinId, "douyinId");
        Checks.notNull(category, "category");
        Checks.notNull(followers, "followers");
        Checks.notNull(followersGained, "followersGained");
        Checks.notNull(sales, "sales");
        Checks.notNull(gmv, "gmv");
        Checks.notNull(averagePrice, "averagePrice");
        Checks.notNull(lives, "lives");
        Checks.notNull(videos, "videos");
        Checks.notNull(commissionRate, "commissionRate");
        Checks.notNull(conversionRate, "conversionRate");
        Checks.notNull(day, "day");
    }

    /** The talent's Douyin account, when the row has its 抖音号. */
    public Optional<AccountRef> account() {
        return douyinId.map(id -> AccountRef.of(Platform.DOUYIN, id));
    }
}
