package io.github.mediaops.core.content;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.mediaops.core.InvalidValueException;
import io.github.mediaops.core.validate.Checks;
import java.net.URI;
import java.time.Duration;

/**
 * An image, video or audio file used by a content item.
 *
 * @param kind     image, video or audio
 * @param uri      where the file is (a local file, object storage or a CDN)
 * @param mimeType e.g. {@code image/jpeg}, {@code video/mp4}
 * @param width    width in pixels; 0 for audio
 * @param height   height in pixels; 0 for audio
 * @param duration playing time; {@link Duration#ZERO} for images and required to be positive for video
 *                 and audio
 * @param bytes    file size in bytes
 * @param license  copyright owner, terms and expiry
 */
public record MediaAsset(MediaKind kind, URI uri, String mimeType, @JsonProperty(required = true) int width,
                         @JsonProperty(required = true) int height, Duration duration,
                         @JsonProperty(required = true) long bytes, AssetLicense license) {

    public MediaAsset {
        Checks.notNull(kind, "kind");
        Checks.notNull(uri, "uri");
        Checks.notBlank(mimeType, "mimeType");
        Checks.nonNegative(width, "width");
        Checks.nonNegative(height, "height");
        Checks.notNull(duration, "duration");
        Checks.nonNegative(bytes, "bytes");
        Checks.notNull(license, "license");
        if (duration.isNegative()) {
            throw new InvalidValueException("duration", "duration must not be negative (was " + duration + ")");
        }
        if (kind != MediaKind.AUDIO && (width == 0 || height == 0)) {
            throw new InvalidValueException("width", kind + " needs a width and height > 0 (was " + width + "x" + height + ")");
        }
        if (kind != MediaKind.IMAGE && duration.isZero()) {
            throw new InvalidValueException("duration", kind + " needs a duration > 0");
        }
        if (kind == MediaKind.IMAGE && !duration.isZero()) {
            throw new InvalidValueException("duration", "an IMAGE has no duration (was " + duration + ")");
        }
    }

    public static MediaAsset image(URI uri, String mimeType, int width, int height, long bytes, AssetLicense license) {
        return new MediaAsset(MediaKind.IMAGE, uri, mimeType, width, height, Duration.ZERO, bytes, license);
    }

    public static MediaAsset video(URI uri, String mimeType, int width, int height, Duration duration, long bytes,
                                   AssetLicense license) {
        return new MediaAsset(MediaKind.VIDEO, uri, mimeType, width, height, duration, bytes, license);
    }

    /** Width divided by height; 0 for audio. */
    public double aspectRatio() {
        return height == 0 ? 0 : (double) width / height;
    }
}
