package io.github.mediaops.core.live;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.mediaops.core.InvalidValueException;
import io.github.mediaops.core.validate.Checks;
import java.time.Duration;

/**
 * Audience totals of a livestream session.
 *
 * @param views          views (观看次数 / 人次): entries into the room, a viewer may count several times
 * @param uniqueViewers  unique viewers (观看人数); at most {@code views}
 * @param totalWatchTime summed watch time of all viewers
 * @param comments       comments (弹幕/评论)
 * @param likes          likes
 * @param shares         shares
 * @param newFollowers   follows gained during the session
 */
public record LiveAudience(@JsonProperty(required = true) long views,
                           @JsonProperty(required = true) long uniqueViewers, Duration totalWatchTime,
                           @JsonProperty(required = true) long comments, @JsonProperty(required = true) long likes,
                           @JsonProperty(required = true) long shares,
                           @JsonProperty(required = true) long newFollowers) {
    public LiveAudience {
        Checks.nonNegative(views, "views");
        Checks.nonNegative(uniqueViewers, "uniqueViewers");
        if (uniqueViewers > views) {
            throw new InvalidValueException("uniqueViewers", "uniqueViewers " + uniqueViewers + " exceeds views " + views);
        }
        Checks.notNull(totalWatchTime, "totalWatchTime");
        if (totalWatchTime.isNegative()) {
            throw new InvalidValueException("totalWatchTime", "totalWatchTime must not be negative (was " + totalWatchTime + ")");
        }
        Checks.nonNegative(comments, "comments");
        Checks.nonNegative(likes, "likes");
        Checks.nonNegative(shares, "shares");
        Checks.nonNegative(newFollowers, "newFollowers");
    }
}
