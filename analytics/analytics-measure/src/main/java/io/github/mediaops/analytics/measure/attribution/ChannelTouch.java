package io.github.mediaops.analytics.measure.attribution;

import io.github.mediaops.core.validate.Checks;
import java.time.Instant;

/**
 * One contact of a user with a channel, e.g. {@code ("wechat-article", 2026-11-01T10:00Z)}.
 *
 * @param channel the channel's name, never blank
 * @param at      when it happened
 */
public record ChannelTouch(String channel, Instant at) {
    public ChannelTouch {
        Checks.notBlank(channel, "channel");
        Checks.notNull(at, "at");
    }
}
