package io.github.mediaops.core.compliance;

/** What kind of problem a {@link Finding} is. */
public enum Category {
    /** Absolute terms (绝对化用语): 最佳, 第一, 国家级, 顶级, 唯一, 100% … — Advertising Law Art. 9(3). */
    ABSOLUTE_TERM,
    /** Disease treatment or medical efficacy claims outside medical advertising — Art. 16, 17. */
    MEDICAL_CLAIM,
    /** Guaranteed efficacy or safety (立竿见影, 无效退款, 无副作用) — Art. 16(1), 18(1), 28. */
    EFFICACY_GUARANTEE,
    /** Promised returns, principal or no risk for investment products — Art. 25(1). */
    FINANCIAL_PROMISE,
    /** Investment return promises in property advertising (升值潜力, 包租, 10分钟到达市中心) — Art. 26. */
    PROPERTY_PROMISE,
    /** Guaranteed exam, admission or learning results in education advertising (保过, 保录取) — Art. 24. */
    EDUCATION_PROMISE,
    /** Before/after and time-bound effect promises (使用前后对比, 7天瘦10斤, 三天见效) — Art. 28 (fictitious effects). */
    BEFORE_AFTER,
    /**
     * Special-use cosmetic claims (祛斑美白, 祛痘, 防脱, 防晒) for an ordinary cosmetic — 化妆品监督管理条例 Art. 16
     * and 43; Advertising Law Art. 28.
     */
    SPECIAL_USE_COSMETIC,
    /** Doctors, experts or institutions recommending health products (医生推荐) — Art. 16(1)(4), 18(1)(5). */
    EXPERT_ENDORSEMENT,
    /** Comparison with, or substitution for, drugs and medical treatments (比降压药还管用) — Art. 16(1)(3), 17, 18(1)(4). */
    DRUG_COMPARISON,
    /** Use of state bodies or officials as endorsement (国家机关推荐, 特供) — Art. 9(2). */
    STATE_ENDORSEMENT,
    /** Superstition (开光, 转运, 辟邪) — Art. 9(8). */
    SUPERSTITION,
    /** Words a platform's own rules ban (traffic diversion, induced interaction). */
    PLATFORM_BANNED,
    /** A brand's own taboo list. */
    BRAND_TABOO,
    /** Paid content without a 广告 label — Art. 14; 互联网广告管理办法 (2023) Art. 9. */
    MISSING_AD_LABEL,
    /** AI-generated content without a declaration — 人工智能生成合成内容标识办法 (2025). */
    MISSING_AI_LABEL
}
