package io.github.mediaops.core.lead;

/** How a tracking code travels from a piece of content to the lead. */
public enum TrackingChannel {
    /** A UTM-tagged link (utm_source, utm_medium, utm_campaign, utm_content). */
    UTM_LINK,
    /** A WeChat parametric QR code's {@code scene_str} (1 to 64 characters). */
    WECHAT_QR_SCENE,
    /** A WeCom "contact me" {@code state} (at most 30 characters). */
    WECOM_CONTACT_STATE,
    /**
     * A WeCom customer-acquisition (获客助手) link's {@code customer_channel} query parameter (at most 64
     * bytes), which WeCom hands back as the {@code State} of the contact it brings.
     */
    WECOM_ACQUISITION_LINK,
    /** A mini-program path query or unlimited-code {@code scene} (at most 32 visible characters). */
    MINI_PROGRAM
}
