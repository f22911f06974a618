package io.github.mediaops.analytics.planning.checkin;

import io.github.mediaops.core.validate.Checks;
import java.time.Instant;

/**
 * One check-in (打卡) by a user.
 *
 * @param userId who
 * @param at     when
 */
public record CheckIn(String userId, Instant at) {
    public CheckIn {
        Checks.notBlank(userId, "userId");
        Checks.notNull(at, "at");
    }
}
