package io.github.mediaops.core.rules;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.mediaops.core.InvalidValueException;
import io.github.mediaops.core.validate.Checks;

/**
 * A width:height ratio such as 16:9 or 2.35:1.
 *
 * @param width  the width part, positive
 * @param height the height part, positive
 */
public record AspectRatio(@JsonProperty(required = true) double width, @JsonProperty(required = true) double height) {
    /** Relative tolerance used when matching a media file's ratio to an accepted ratio (2%). */
    public static final double TOLERANCE = 0.02;

    public AspectRatio {
        Checks.finite(width, "width");
        Checks.finite(height, "height");
        if (width <= 0 || height <= 0) {
            throw new InvalidValueException("aspectRatio", "aspect ratio parts must be > 0 (was " + width + ":" + height + ")");
        }
    }

    /** Parses {@code "16:9"}, {@code "2.35:1"} or {@code "2.35_1"} (the WeChat crop spelling). */
    public static AspectRatio parse(String text) {
        Checks.notBlank(text, "aspectRatio");
        String[] parts = text.trim().split("[:_x]");
        if (parts.length != 2) {
            throw new InvalidValueException("aspectRatio", "aspect ratio must look like 16:9 (was " + Checks.show(text) + ")");
        }
        try {
            return new AspectRatio(Double.parseDouble(parts[0].trim()), Double.parseDouble(parts[1].trim()));
        } catch (NumberFormatException e) {
            throw new InvalidValueException("aspectRatio", "aspect ratio must look like 16:9 (was " + Checks.show(text) + ")");
        }
    }

    /** Width divided by height. */
    public double value() {
        return width / height;
    }

    /** Whether a {@code w x h} frame has this ratio within {@link #TOLERANCE}. */
    public boolean matches(int w, int h) {
        if (w <= 0 || h <= 0) {
            return false;
        }
        double actual = (double) w / h;
        return Math.abs(actual - value()) <= TOLERANCE * value();
    }

    @Override
    public String toString() {
        return trim(width) + ":" + trim(height);
    }

    private static String trim(double d) {
        return d == Math.rint(d) ? Long.toString((long) d) : Double.toString(d);
    }
}
