package io.github.mediaops.connector.channels;

import io.github.mediaops.core.DateRange;
import io.github.mediaops.core.InvalidValueException;
import io.github.mediaops.core.connector.AudienceMetricsReader;
import io.github.mediaops.core.metrics.AudienceMetric;
import io.github.mediaops.core.metrics.AudienceMetrics;
import io.github.mediaops.core.platform.AccountRef;
import io.github.mediaops.core.validate.Checks;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * The follower count from {@code channels/finderlive/get_finder_attr_by_appid} ({@code fans_count}), the only follower
 * number WeChat gives a Channels account's server. It is a current value, not a daily series: the reader returns one
 * snapshot for today (Beijing time) with {@link AudienceMetric#FOLLOWERS_TOTAL}, and refuses a range that does not
 * contain today, since WeChat cannot answer for other days. Hosts that want a history store today's snapshot daily.
 */
final class ChannelsAudience implements AudienceMetricsReader {
    private final ChannelsConnector c;

    ChannelsAudience(ChannelsConnector connector) {
        this.c = connector;
    }

    @Override
    public List<AudienceMetrics> audienceMetrics(AccountRef account, DateRange days) {
        c.checkAccount(account);
        Checks.notNull(days, "days");
        Instant now = c.rt().clock().instant();
        LocalDate today = LocalDate.ofInstant(now, c.zone());
        if (!days.contains(today)) {
            throw new InvalidValueException("days", "WeChat Channels reports only the current follower count, so the range "
                    + "must contain today (" + today + "); was " + days);
        }
        String op = "channels/finderlive/get_finder_attr_by_appid";
        ChannelsApi.FinderAttrResponse r = c.rt().read(op, t -> c.api().finderAttr(t, Map.of()));
        if (r.finderAttr() == null) {
            throw ChannelsErrors.WIRE.unexpected(op, "an answer without finder_attr");
        }
        Long fans = ChannelsMapping.count(op, "fans_count", r.finderAttr().fansCount());
        if (fans == null) {
            throw ChannelsErrors.WIRE.unexpected(op, "an answer without fans_count");
        }
        return List.of(AudienceMetrics.of(account, today, c.zone(), now).with(AudienceMetric.FOLLOWERS_TOTAL, fans));
    }
}
