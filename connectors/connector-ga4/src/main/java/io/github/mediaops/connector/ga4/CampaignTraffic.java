package io.github.mediaops.connector.ga4;

import io.github.mediaops.core.Money;
import io.github.mediaops.core.validate.Checks;
import java.time.LocalDate;
import java.util.Optional;

/**
 * One day of GA4 traffic from one source / medium / campaign (the session-scoped {@code sessionSource},
 * {@code sessionMedium} and {@code sessionCampaignName}, which GA4 takes from the {@code utm_source},
 * {@code utm_medium} and {@code utm_campaign} of the landing URL): the operations KPIs sessions, users, key events
 * (GA4's conversions: sign-ups, leads, purchases) and purchase revenue.
 *
 * @param day         the day in the property's time zone
 * @param source      {@code utm_source} (a mediaops link carries the platform id, e.g. {@code douyin}); {@code (direct)} or {@code (not set)} otherwise
 * @param medium      {@code utm_medium}
 * @param campaign    {@code utm_campaign} (a mediaops link carries the campaign id)
 * @param sessions    sessions that started from it
 * @param activeUsers engaged users
 * @param totalUsers  distinct users
 * @param keyEvents   key events (conversions) in those sessions
 * @param revenue     purchase revenue in the property's currency, when GA4 reported it
 */
public record CampaignTraffic(LocalDate day, String source, String medium, String campaign, long sessions,
                              long activeUsers, long totalUsers, long keyEvents, Optional<Money> revenue) {
    public CampaignTraffic {
        Checks.notNull(day, "day");
        Checks.notNull(source, "source");
        Checks.notNull(medium, "medium");
        Checks.notNull(campaign, "campaign");
        Checks.nonNegative(sessions, "sessions");
        Checks.nonNegative(activeUsers, "activeUsers");
        Checks.nonNegative(totalUsers, "totalUsers");
        Checks.nonNegative(keyEvents, "keyEvents");
        revenue = revenue == null ? Optional.empty() : revenue;
    }
}
