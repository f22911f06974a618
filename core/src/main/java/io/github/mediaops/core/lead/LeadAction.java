package io.github.mediaops.core.lead;

/** What a lead did when they entered the brand's private traffic (私域). */
public enum LeadAction {
    /** Followed an official account (e.g. after scanning a parametric QR code). */
    FOLLOW,
    /** Scanned a QR code (already following, or a code that does not follow). */
    SCAN,
    /** Added a WeCom (企业微信) contact through a "contact me" (联系我) link or code. */
    ADD_CONTACT,
    /** Signed up on a form, landing page or mini-program. */
    SIGN_UP
}
