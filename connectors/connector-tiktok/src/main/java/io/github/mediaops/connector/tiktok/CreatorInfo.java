package io.github.mediaops.connector.tiktok;

import io.github.mediaops.core.validate.Checks;
import java.time.Duration;
import java.util.Set;

/**
 * What {@code post/publish/creator_info/query} says about a creator just before posting: who they are (TikTok asks
 * apps to show the nickname), the privacy levels they offer, which interactions their settings turn off, and the
 * longest video they may post. Query it for every post: the options change with the creator's settings.
 *
 * @param username         {@code creator_username}
 * @param nickname         {@code creator_nickname}
 * @param privacyLevels    {@code privacy_level_options}; levels TikTok adds later and this SDK does not know are left out
 * @param commentDisabled  comments are off in the creator's settings
 * @param duetDisabled     duets are off
 * @param stitchDisabled   stitches are off
 * @param maxVideoDuration {@code max_video_post_duration_sec}
 */
public record CreatorInfo(String username, String nickname, Set<PrivacyLevel> privacyLevels, boolean commentDisabled,
                          boolean duetDisabled, boolean stitchDisabled, Duration maxVideoDuration) {
    public CreatorInfo {
        Checks.notNull(username, "username");
        Checks.notNull(nickname, "nickname");
        privacyLevels = Set.copyOf(Checks.notNull(privacyLevels, "privacyLevels"));
        Checks.notNull(maxVideoDuration, "maxVideoDuration");
    }
}
