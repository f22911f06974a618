package io.github.mediaops.connector.channels;

import io.github.mediaops.core.validate.Checks;
import java.time.Duration;
import java.time.Instant;
import java.util.OptionalLong;

/**
 * The numbers of one live that used the lead component (留资组件), from {@code get_finder_live_data_list}. Lives
 * without the component are not reported by WeChat at all. A number WeChat did not send is empty, never 0.
 *
 * @param exportId         the live's export id
 * @param start            when the live started
 * @param duration         how long it ran
 * @param audience         viewers in total (total_audience_count)
 * @param cheers           cheers/likes in total (total_cheer_count)
 * @param forwards         forwards (forward_count)
 * @param comments         comments in total (total_comment_count)
 * @param avgWatchSeconds  average watch time per viewer, seconds (audiences_avg_seconds)
 * @param maxOnline        peak concurrent viewers (max_online_count)
 * @param newFollowers     followers gained during the live (new_follow_count)
 */
public record ChannelsLiveData(String exportId, Instant start, Duration duration, OptionalLong audience, OptionalLong cheers,
                               OptionalLong forwards, OptionalLong comments, OptionalLong avgWatchSeconds,
                               OptionalLong maxOnline, OptionalLong newFollowers) {
    public ChannelsLiveData {
        Checks.notBlank(exportId, "exportId");
        Checks.notNull(start, "start");
        Checks.notNull(duration, "duration");
        Checks.notNull(audience, "audience");
        Checks.notNull(cheers, "cheers");
        Checks.notNull(forwards, "forwards");
        Checks.notNull(comments, "comments");
        Checks.notNull(avgWatchSeconds, "avgWatchSeconds");
        Checks.notNull(maxOnline, "maxOnline");
        Checks.notNull(newFollowers, "newFollowers");
    }
}
