package io.github.mediaops.connector.channels;

import io.github.mediaops.core.validate.Checks;
import java.time.Instant;

/**
 * A live reservation (直播预约) from {@code getfinderlivenoticerecordlist}: one entry of the account's live calendar.
 *
 * @param noticeId      the reservation id
 * @param status        WeChat's status code as sent (the documentation gives {@code status_wording} as its meaning)
 * @param statusWording WeChat's description of the status
 * @param start         the announced start (WeChat sends epoch seconds as text)
 * @param description   the reservation's description
 * @param nickname      the Channels account's nickname
 */
public record ChannelsLiveNotice(String noticeId, int status, String statusWording, Instant start, String description,
                                 String nickname) {
    public ChannelsLiveNotice {
        Checks.notBlank(noticeId, "noticeId");
        Checks.notNull(statusWording, "statusWording");
        Checks.notNull(start, "start");
        Checks.notNull(description, "description");
        Checks.notNull(nickname, "nickname");
    }
}
