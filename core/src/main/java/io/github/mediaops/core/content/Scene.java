package io.github.mediaops.core.content;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.mediaops.core.InvalidValueException;
import io.github.mediaops.core.validate.Checks;
import java.time.Duration;
import java.util.List;

/**
 * One scene (or shot) of a short-video or livestream script.
 *
 * @param number       1-based position in the script
 * @param shot         the shot description (framing, camera move, what is seen); never blank
 * @param duration     planned length, positive
 * @param voiceOver    what is said, or empty
 * @param onScreenText captions and stickers shown, or empty
 * @param props        props and products needed on set
 */
public record Scene(@JsonProperty(required = true) int number, String shot, Duration duration, String voiceOver,
                    String onScreenText, List<String> props) {
    public Scene {
        Checks.positive(number, "number");
        Checks.notBlank(shot, "shot");
        Checks.notNull(duration, "duration");
        if (duration.isNegative() || duration.isZero()) {
            throw new InvalidValueException("duration", "scene " + number + " duration must be > 0 (was " + duration + ")");
        }
        Checks.notNull(voiceOver, "voiceOver");
        Checks.notNull(onScreenText, "onScreenText");
        props = Checks.notBlankEach(props, "props");
    }
}
