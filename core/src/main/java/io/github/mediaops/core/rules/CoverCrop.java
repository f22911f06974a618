package io.github.mediaops.core.rules;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.mediaops.core.validate.Checks;

/**
 * A crop of the cover image for one of the ratios a platform derives from it: the largest centred
 * rectangle of that ratio inside the image, in pixels.
 *
 * @param ratio  the crop ratio
 * @param x      left edge, from 0
 * @param y      top edge, from 0
 * @param width  crop width, positive
 * @param height crop height, positive
 */
public record CoverCrop(AspectRatio ratio, @JsonProperty(required = true) int x, @JsonProperty(required = true) int y,
                        @JsonProperty(required = true) int width, @JsonProperty(required = true) int height) {
    public CoverCrop {
        Checks.notNull(ratio, "ratio");
        Checks.nonNegative(x, "x");
        Checks.nonNegative(y, "y");
        Checks.positive(width, "width");
        Checks.positive(height, "height");
    }

    /** The largest centred crop of {@code ratio} inside a {@code w x h} image. */
    public static CoverCrop centred(AspectRatio ratio, int w, int h) {
        Checks.positive(w, "width");
        Checks.positive(h, "height");
        double r = ratio.value();
        if ((double) w / h > r) {
            int cw = Math.max(1, Math.min(w, (int) Math.round(h * r)));
            return new CoverCrop(ratio, (w - cw) / 2, 0, cw, h);
        }
        int ch = Math.max(1, Math.min(h, (int) Math.round(w / r)));
        return new CoverCrop(ratio, 0, (h - ch) / 2, w, ch);
    }

    /** The share of the image's area the crop keeps, in (0, 1]. */
    public double keptFraction(int w, int h) {
        return (double) width * height / ((double) w * h);
    }
}
