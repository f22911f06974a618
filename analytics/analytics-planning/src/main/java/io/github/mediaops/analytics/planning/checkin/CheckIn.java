package io.github.mediaops.analytics.planning.checkin;

import io.github.mediaops.core.validate.Checks;
import java.time.Instant;

/**
 * One check-in (打卡) by a user.
 *
 * @param userId who
 * @param at     when
 *
 * @since 0.1.0
 */
public record CheckIn(String userId, Instant at) {
    /** Validates the components; bad values fail with the field named. */
    public CheckIn {
        Checks.notBlank(userId, "userId");
        Checks.notNull(at, "at");
    }
}
