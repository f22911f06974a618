package io.github.mediaops.core.platform;

/** What an account is to the operator's team; an account may have several roles. */
public enum AccountRole {
    /** An account of the brand the team operates. */
    OWN_BRAND,
    /** A rival brand's account, watched for benchmarking. */
    COMPETITOR,
    /** A key opinion leader (KOL / influencer) the brand works with or considers. */
    KOL,
    /** A partner's account: a co-branding partner, a channel or a retailer. */
    PARTNER,
    /** A media outlet's account. */
    MEDIA
}
