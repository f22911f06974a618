package io.github.mediaops.core.content;

import io.github.mediaops.core.InvalidValueException;
import io.github.mediaops.core.validate.Checks;
import java.time.Duration;
import java.util.List;

/**
 * A script for a short video or a livestream segment: an ordered list of scenes.
 *
 * @param hook   the opening line or idea meant to hold viewers in the first seconds; may be empty
 * @param scenes the scenes, numbered 1..n in order; at least one
 */
public record VideoScript(String hook, List<Scene> scenes) {
    public VideoScript {
        Checks.notNull(hook, "hook");
        scenes = Checks.listOf(scenes, "scenes");
        if (scenes.isEmpty()) {
            throw new InvalidValueException("scenes", "a script needs at least one scene");
        }
        for (int i = 0; i < scenes.size(); i++) {
            if (scenes.get(i).number() != i + 1) {
                throw new InvalidValueException("scenes", "scenes must be numbered 1.." + scenes.size()
                        + " in order; scene at position " + (i + 1) + " has number " + scenes.get(i).number());
            }
        }
    }

    /** The sum of the scenes' durations. */
    public Duration totalDuration() {
        return scenes.stream().map(Scene::duration).reduce(Duration.ZERO, Duration::plus);
    }

    /** All lines meant to be spoken or shown, in order, for compliance checking. */
    public List<String> lines() {
        return scenes.stream()
                .flatMap(s -> java.util.stream.Stream.of(s.voiceOver(), s.onScreenText()))
                .filter(t -> !t.isBlank())
                .toList();
    }
}
