package io.github.mediaops.core.live;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.mediaops.core.validate.Checks;
import java.time.Instant;

/**
 * Concurrent viewers (在线人数) of a livestream at one moment, as the platform samples it.
 *
 * @param at      the moment
 * @param viewers viewers watching at that moment
 */
public record ViewerSample(Instant at, @JsonProperty(required = true) long viewers) {
    public ViewerSample {
        Checks.notNull(at, "at");
        Checks.nonNegative(viewers, "viewers");
    }
}
