package io.github.mediaops.connector.support.handoff;

import io.github.mediaops.core.validate.Checks;

/**
 * One media file of a hand-off package, in posting order (the first image is the post's cover).
 *
 * @param order        1-based posting position
 * @param role         {@code image} or {@code video}
 * @param file         the file's name inside the package; empty when the source could not be copied (not a
 *                     local file): fetch {@code source} and apply the crop by hand
 * @param source       where the original came from
 * @param sourceWidth  the original's width in pixels
 * @param sourceHeight the original's height in pixels
 * @param ratio        the ratio the image is cropped to (e.g. {@code 3:4}); empty for video
 * @param cropX        left edge of the crop in the original
 * @param cropY        top edge of the crop in the original
 * @param cropWidth    crop width; the whole width when nothing is cut
 * @param cropHeight   crop height; the whole height when nothing is cut
 * @param cropped      whether {@code file} already is the crop (false: the original was copied or not copied,
 *                     and the crop still has to be applied)
 */
public record HandoffFile(int order, String role, String file, String source, int sourceWidth, int sourceHeight,
                          String ratio, int cropX, int cropY, int cropWidth, int cropHeight, boolean cropped) {
    public HandoffFile {
        Checks.positive(order, "order");
        Checks.notBlank(role, "role");
        Checks.notNull(file, "file");
        Checks.notBlank(source, "source");
        Checks.nonNegative(sourceWidth, "sourceWidth");
        Checks.nonNegative(sourceHeight, "sourceHeight");
        Checks.notNull(ratio, "ratio");
        Checks.nonNegative(cropX, "cropX");
        Checks.nonNegative(cropY, "cropY");
        Checks.nonNegative(cropWidth, "cropWidth");
        Checks.nonNegative(cropHeight, "cropHeight");
    }
}
