package io.github.mediaops.analytics.measure.funnel;

import io.github.mediaops.core.validate.Checks;
import java.time.Instant;

/**
 * A user reached a funnel step at an instant.
 *
 * @param userId the user, never blank
 * @param step   the step's name, e.g. {@code content_view}
 * @param at     when
 */
public record FunnelEvent(String userId, String step, Instant at) {
    public FunnelEvent {
        Checks.notBlank(userId, "userId");
        Checks.notBlank(step, "step");
        Checks.notNull(at, "at");
    }
}
