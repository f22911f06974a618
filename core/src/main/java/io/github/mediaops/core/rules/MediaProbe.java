package io.github.mediaops.core.rules;

import io.github.mediaops.core.content.MediaAsset;
import java.util.OptionalDouble;

/**
 * Facts about a media file that {@link MediaAsset} does not carry, supplied by the host (for example
 * from ffprobe output it already has). The validator checks a rule that needs a fact only when the
 * probe knows it.
 */
@FunctionalInterface
public interface MediaProbe {
    /** A probe that knows nothing. */
    MediaProbe NONE = asset -> OptionalDouble.empty();

    /** The frame rate of a video in frames per second, when known. */
    OptionalDouble frameRate(MediaAsset video);
}
