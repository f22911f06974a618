package io.github.mediaops.connector.tiktok;

/** How a video reaches TikTok through the Content Posting API. */
public enum PostMode {
    /**
     * Direct Post ({@code post/publish/video/init}, scope {@code video.publish}): TikTok publishes it with the
     * settings sent; the ticket is published when the status reaches {@code PUBLISH_COMPLETE}.
     */
    DIRECT_POST,
    /**
     * Upload to the creator's inbox ({@code post/publish/inbox/video/init}, scope {@code video.upload}): the creator
     * finishes the post in the TikTok app; the ticket stays pending ({@code SEND_TO_USER_INBOX}) until they do.
     */
    INBOX
}
