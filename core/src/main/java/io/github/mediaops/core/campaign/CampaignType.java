package io.github.mediaops.core.campaign;

/** The kinds of campaign new-media teams run. */
public enum CampaignType {
    /** Fission / referral (裂变): users invite users for a reward. */
    FISSION,
    /** Check-in challenge (打卡): daily participation over a streak. */
    CHECK_IN_CHALLENGE,
    /** Live commerce (直播带货). */
    LIVE_COMMERCE,
    /** Topic or hashtag interaction (话题互动). */
    TOPIC_INTERACTION,
    /** Collaboration with KOLs (达人合作). */
    KOL_COLLABORATION,
    /** Paid promotion: feed ads, DOU+, boosted posts. */
    PAID_PROMOTION,
    /** Warm-up before a launch or shopping festival (预热). */
    LAUNCH_WARM_UP,
    /** Lottery or giveaway (抽奖). */
    LOTTERY,
    /** Anything else. */
    OTHER
}
