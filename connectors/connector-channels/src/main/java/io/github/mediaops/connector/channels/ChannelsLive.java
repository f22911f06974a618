package io.github.mediaops.connector.channels;

import io.github.mediaops.core.validate.Checks;

/**
 * One live of the Channels account, from {@code getfinderliverecordlist} (直播记录). WeChat gives no start time or
 * numbers here; numbers for lives that used the lead component come from {@link ChannelsConnector#liveData}.
 *
 * @param exportId    the live's export id (the key of the live data endpoints)
 * @param description the live's description, empty when WeChat sent none
 * @param coverUrl    the cover image URL, empty when WeChat sent none
 * @param nickname    the Channels account's nickname
 */
public record ChannelsLive(String exportId, String description, String coverUrl, String nickname) {
    public ChannelsLive {
        Checks.notBlank(exportId, "exportId");
        Checks.notNull(description, "description");
        Checks.notNull(coverUrl, "coverUrl");
        Checks.notNull(nickname, "nickname");
    }
}
