package io.github.mediaops.analytics.planning.inbox;

import io.github.mediaops.core.InvalidValueException;
import io.github.mediaops.core.validate.Checks;
import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;

/**
 * Service-level targets per priority: time to first response and time to resolution, measured from
 * when the item was written. Every priority needs both.
 *
 * @param firstResponse time allowed until the first reply
 * @param resolution    time allowed until the item is resolved
 *
 * @since 0.1.0
 */
public record SlaPolicy(Map<Priority, Duration> firstResponse, Map<Priority, Duration> resolution) {
    /** P1 15 min / 4 h, P2 1 h / 24 h, P3 4 h / 48 h, P4 24 h / 7 days. */
    public static final SlaPolicy DEFAULT = new SlaPolicy(
            Map.of(Priority.P1, Duration.ofMinutes(15), Priority.P2, Duration.ofHours(1), Priority.P3, Duration.ofHours(4),
                    Priority.P4, Duration.ofHours(24)),
            Map.of(Priority.P1, Duration.ofHours(4), Priority.P2, Duration.ofHours(24), Priority.P3, Duration.ofHours(48),
                    Priority.P4, Duration.ofDays(7)));

    /** Validates the components; bad values fail with the field named. */
    public SlaPolicy {
        firstResponse = complete(firstResponse, "firstResponse");
        resolution = complete(resolution, "resolution");
        for (Priority p : Priority.values()) {
            if (resolution.get(p).compareTo(firstResponse.get(p)) < 0) {
                throw new InvalidValueException("resolution", "resolution for " + p + " (" + resolution.get(p)
                        + ") must not be shorter than the first response (" + firstResponse.get(p) + ")");
            }
        }
    }

    private static Map<Priority, Duration> complete(Map<Priority, Duration> m, String field) {
        Map<Priority, Duration> copy = Checks.mapOf(m, field);
        for (Priority p : Priority.values()) {
            Duration d = copy.get(p);
            if (d == null || d.isNegative() || d.isZero()) {
                throw new InvalidValueException(field, field + " needs a positive duration for " + p + " (was " + d + ")");
            }
        }
        return Map.copyOf(new EnumMap<>(copy));
    }
}
