package io.github.mediaops.core.campaign;

/** The kind of an outside party in a campaign. */
public enum PartnerKind {
    /** A key opinion leader / influencer (达人). */
    KOL,
    /** A multi-channel network that manages creators. */
    MCN,
    /** An agency. */
    AGENCY,
    /** An ad platform (Ocean Engine, Tencent Ads). */
    AD_PLATFORM,
    /** A co-branding or channel partner. */
    BRAND_PARTNER
}
