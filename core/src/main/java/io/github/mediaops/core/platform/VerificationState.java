package io.github.mediaops.core.platform;

/** How a platform has verified an account (认证). */
public enum VerificationState {
    /** Not verified. */
    UNVERIFIED,
    /** Verified as a person (个人认证), e.g. a KOL's blue or yellow V. */
    PERSONAL,
    /** Verified as a company or brand (企业认证). */
    ENTERPRISE,
    /** Verified as a government body (政务号). */
    GOVERNMENT,
    /** Verified as a media organisation (媒体号). */
    MEDIA,
    /** Verified as another kind of organisation (NGO, school, ...). */
    ORGANIZATION
}
