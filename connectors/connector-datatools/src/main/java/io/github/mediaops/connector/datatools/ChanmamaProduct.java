package io.github.mediaops.connector.datatools;

import io.github.mediaops.connector.imports.Quantity;
import io.github.mediaops.core.validate.Checks;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * One product row of a Chanmama (蝉妈妈) sales list (抖音销量榜, 直播销量榜, 商品卡销量榜 ...). Chanmama prints
 * sales and amounts as ranges ({@code 7.5w~10w}); they are {@link Quantity quantities} with exact bounds.
 * Amounts are in yuan. Absent is not zero: a blank cell is empty.
 *
 * @param row            the row number in the file (as a spreadsheet shows it)
 * @param table          the title of the table the row is in ({@code 直播销量榜}), when the file has titles
 * @param rank           排名
 * @param product        商品 (the product title)
 * @param link           商品链接
 * @param category       商品分类
 * @param shop           小店 (the Douyin shop)
 * @param brand          品牌
 * @param commissionRate 佣金比例 as a fraction ({@code 20%} is 0.2)
 * @param conversionRate 转化率 as a fraction
 * @param salesYesterday 昨日销量 (units)
 * @param salesWeek      周销量 (units)
 * @param sales30Days    近30天销量 (units)
 * @param gmv            销售额 (yuan)
 * @param liveGmv        直播销售额 (yuan)
 * @param cardGmv        商品卡销售额 (yuan)
 * @param talents        关联达人 (how many talents sold it)
 * @param chanmamaLink   蝉妈妈链接
 * @param day            日期 (the list's day), when the file has it
 */
public record ChanmamaProduct(int row, Optional<String> table, OptionalLong rank, String product, Optional<String> link,
                              Optional<String> category, Optional<String> shop, Optional<String> brand,
                              Optional<BigDecimal> commissionRate, Optional<BigDecimal> conversionRate,
                              Optional<Quantity> salesYesterday, Optional<Quantity> salesWeek,
                              Optional<Quantity> sales30Days, Optional<Quantity> gmv, Optional<Quantity> liveGmv,
                              Optional<Quantity> cardGmv, Optional<Quantity> talents, Optional<String> chanmamaLink,
                              Optional<LocalDate> day) {
    public ChanmamaProduct {
        Checks.positive(row, "row");
        Checks.notNull(table, "table");
        Checks.notNull(rank, "rank");
        Checks.notBlank(product, "product");
        Checks.notNull(link, "link");
        Checks.notNull(category, "category");
        Checks.notNull(shop, "shop");
        Checks.notNull(brand, "brand");
        Checks.notNull(commissionRate, "commissionRate");
        Checks.notNull(conversionRate, "conversionRate");
        Checks.notNull(salesYesterday, "salesYesterday");
        Checks.notNull(salesWeek, "salesWeek");
        Checks.notNull(sales30Days, "sales30Days");
        Checks.notNull(gmv, "gmv");
        Checks.notNull(liveGmv, "liveGmv");
        Checks.notNull(cardGmv, "cardGmv");
        Checks.notNull(talents, "talents");
        Checks.notNull(chanmamaLink, "chanmamaLink");
        Checks.notNull(day, "day");
    }
}
