package io.github.mediaops.core.connector;

/**
 * What a connector can do. A connector lists its capabilities in {@link PlatformConnector#capabilities()}
 * and returns a working object from the matching accessor; the accessors of capabilities it lacks throw
 * {@link UnsupportedCapabilityException}.
 */
public enum Capability {
    /** {@link Publishing}: publish content, follow publish tickets. */
    PUBLISH("publishing()", Publishing.class),
    /** {@link ContentMetricsReader}: per-post metrics. */
    CONTENT_METRICS("contentMetrics()", ContentMetricsReader.class),
    /** {@link AudienceMetricsReader}: follower numbers. */
    AUDIENCE_METRICS("audienceMetrics()", AudienceMetricsReader.class),
    /** {@link Comments}: list, reply to, feature and delete comments. */
    COMMENTS("comments()", Comments.class),
    /** {@link Messaging}: send private messages. */
    MESSAGES("messaging()", Messaging.class),
    /** {@link Webhooks}: receive and verify platform pushes. */
    WEBHOOKS("webhooks()", Webhooks.class),
    /** {@link AdReports}: ad performance and spend. */
    AD_REPORTS("adReports()", AdReports.class),
    /** {@link Notifications}: send notifications or create tasks (Feishu, Trello). */
    NOTIFICATIONS("notifications()", Notifications.class);

    private final String accessor;
    private final Class<?> type;

    Capability(String accessor, Class<?> type) {
        this.accessor = accessor;
        this.type = type;
    }

    /** The interface the accessor returns, e.g. {@code Publishing.class} for {@link #PUBLISH}. */
    public Class<?> type() {
        return type;
    }

    /** The {@link PlatformConnector} method that returns this capability. */
    public String accessor() {
        return accessor;
    }
}
