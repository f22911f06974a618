package io.github.mediaops.core.metrics;

/**
 * The level an ad platform aggregates a report row at, from the coarsest to the finest. Platforms name
 * their levels differently; each connector says in its README how it maps them:
 *
 * <ul>
 *   <li>Ocean Engine 巨量广告 (v3): project 项目 = {@link #CAMPAIGN}, promotion 广告 = {@link #AD_GROUP},
 *       material 素材 = {@link #CREATIVE}; DOU+: the order.</li>
 *   <li>Tencent Ads 3.0: the ad 广告 ({@code adgroup}) = {@link #AD_GROUP}, the dynamic creative 创意 =
 *       {@link #CREATIVE}; 3.0 has no campaign level.</li>
 * </ul>
 *
 * In an {@link AdPerformance} row, {@code campaignId} is always the coarsest id the platform reports for the
 * row and {@code adId} the id at the row's level ({@code null} at {@link #CAMPAIGN}).
 *
 * @since 0.1.0
 */
public enum AdLevel {
    /** The campaign (or its platform equivalent: project, DOU+ order). */
    CAMPAIGN,
    /** The ad group (Ocean Engine promotion, Tencent Ads adgroup). */
    AD_GROUP,
    /** The creative (Ocean Engine material, Tencent Ads dynamic creative). */
    CREATIVE
}
