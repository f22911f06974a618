package io.github.mediaops.core.connector;

/**
 * What a connector can do. A connector lists its capabilities in {@link PlatformConnector#capabilities()}
 * and returns a working object from the matching accessor; the accessors of capabilities it lacks throw
 * {@link UnsupportedCapabilityException}.
 */
public enum Capability {
    /** {@link Publishing}: publish content, follow publish tickets. */
    PUBLISH("publishing()"),
    /** {@link ContentMetricsReader}: per-post metrics. */
    CONTENT_METRICS("contentMetrics()"),
    /** {@link AudienceMetricsReader}: follower numbers. */
    AUDIENCE_METRICS("audienceMetrics()"),
    /** {@link Comments}: list, reply to, feature and delete comments. */
    COMMENTS("comments()"),
    /** {@link Messaging}: send private messages. */
    MESSAGES("messaging()"),
    /** {@link Webhooks}: receive and verify platform pushes. */
    WEBHOOKS("webhooks()"),
    /** {@link AdReports}: ad performance and spend. */
    AD_REPORTS("adReports()"),
    /** {@link Notifications}: send notifications or create tasks (Feishu, Trello). */
    NOTIFICATIONS("notifications()");

    private final String accessor;

    Capability(String accessor) {
        this.accessor = accessor;
    }

    /** The {@link PlatformConnector} method that returns this capability. */
    public String accessor() {
        return accessor;
    }
}
