package io.github.mediaops.core.metrics;

/** A metric a platform reports about an account's audience. All are counts of people. */
public enum AudienceMetric {
    /** Followers at the end of the snapshot's day (WeChat cumulate_user). */
    FOLLOWERS_TOTAL,
    /** Followers gained (WeChat new_user). */
    NEW_FOLLOWERS,
    /** Followers lost (WeChat cancel_user). */
    LOST_FOLLOWERS,
    /** Profile visits. */
    PROFILE_VISITS
}
