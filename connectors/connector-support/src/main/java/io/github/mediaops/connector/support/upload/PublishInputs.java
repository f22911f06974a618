package io.github.mediaops.connector.support.upload;

import io.github.mediaops.core.InvalidValueException;
import io.github.mediaops.core.connector.Capability;
import io.github.mediaops.core.connector.ContentRejectedException;
import io.github.mediaops.core.connector.ErrorDetails;
import io.github.mediaops.core.connector.UnsupportedCapabilityException;
import io.github.mediaops.core.content.ContentItem;
import io.github.mediaops.core.content.MediaAsset;
import io.github.mediaops.core.platform.Platform;
import io.github.mediaops.core.publish.PublishRequest;
import io.github.mediaops.core.rules.Confidence;
import io.github.mediaops.core.rules.ContentValidator;
import io.github.mediaops.core.rules.Violation;
import io.github.mediaops.core.validate.Checks;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * The checks a publishing connector runs on a variant before it uploads anything (Kuaishou, Bilibili): the platform
 * rules from a confidence up, and the media files a host hands over as local {@code file:} URIs. Each failure is a
 * typed error naming the field, so nothing is sent for a variant the platform would refuse or a file that is not
 * what its asset says.
 */
public final class PublishInputs {
    private PublishInputs() {
    }

    /**
     * Refuses a request with a {@link PublishRequest#schedule() schedule} on a platform whose publishing call
     * publishes at once (WeChat, Douyin, Kuaishou, Bilibili, Weibo, TikTok), rather than publishing it early: the
     * host calls {@code publish} at the scheduled time instead.
     *
     * @param atOnce how the platform's call publishes, for the message ({@code "freepublish publishes at once"})
     * @throws UnsupportedCapabilityException for {@link Capability#PUBLISH}, reading "scheduled publishing
     *         (<i>atOnce</i>; call publish at the scheduled time) is not supported by ..."
     */
    public static void refuseSchedule(PublishRequest request, Platform platform, String atOnce) {
        Checks.notNull(request, "request");
        Checks.notNull(platform, "platform");
        Checks.notBlank(atOnce, "atOnce");
        if (request.schedule().isPresent()) {
            throw new UnsupportedCapabilityException(platform, Capability.PUBLISH,
                    "scheduled publishing (" + atOnce + "; call publish at the scheduled time)");
        }
    }

    /**
     * Refuses a variant that breaks {@code platform}'s rules, counting only violations whose confidence is
     * {@code enforceFrom} or firmer ({@link Confidence#UNVERIFIED} counts every rule, {@link Confidence#OFFICIAL}
     * only rules from the platform's documentation).
     *
     * @param operation the call the refusal is reported for (the creating endpoint)
     * @throws ContentRejectedException listing every counted violation with its confidence and source
     */
    public static void enforceRules(ContentValidator validator, ContentItem item, Platform platform, Confidence enforceFrom,
                                    String operation) {
        Checks.notNull(validator, "validator");
        Checks.notNull(item, "item");
        Checks.notNull(platform, "platform");
        Checks.notNull(enforceFrom, "enforceFrom");
        List<Violation> refused = validator.validate(item, platform).violations().stream()
                .filter(v -> v.confidence().ordinal() <= enforceFrom.ordinal()).toList();
        if (!refused.isEmpty()) {
            throw new ContentRejectedException("the variant breaks " + platform.displayName() + "'s rules; nothing was uploaded",
                    ErrorDetails.builder(platform).operation(operation).build(),
                    refused.stream().map(v -> v.message() + " (" + v.confidence().name().toLowerCase(Locale.ROOT)
                            + ", " + v.source() + ")").toList());
        }
    }

    /**
     * The local file of an asset.
     *
     * @param field the asset's field in the variant ({@code media}, {@code cover}); errors name {@code <field>.uri}
     * @throws InvalidValueException when the asset's URI is not a {@code file:} URI
     */
    public static Path localFile(MediaAsset asset, String field) {
        Checks.notNull(asset, "asset");
        if (!"file".equals(asset.uri().getScheme())) {
            throw new InvalidValueException(field + ".uri", "only file: URIs can be uploaded (was "
                    + asset.uri().getScheme() + ":)");
        }
        return Path.of(asset.uri());
    }

    /**
     * The size of an asset's file, which must not be empty and must be the asset's {@code bytes} when the asset
     * states one (a file replaced after the variant was reviewed is refused).
     *
     * @throws InvalidValueException naming {@code <field>.uri} (unreadable or empty) or {@code <field>.bytes}
     */
    public static long fileSize(Path file, MediaAsset asset, String field) {
        Checks.notNull(file, "file");
        Checks.notNull(asset, "asset");
        long actual;
        try {
            actual = Files.size(file);
        } catch (IOException e) {
            throw new InvalidValueException(field + ".uri", "cannot read " + file.getFileName() + ": " + e.getMessage());
        }
        if (asset.bytes() > 0 && asset.bytes() != actual) {
            throw new InvalidValueException(field + ".bytes", "the file " + file.getFileName() + " has " + actual
                    + " bytes but the asset says " + asset.bytes());
        }
        if (actual == 0) {
            throw new InvalidValueException(field + ".uri", "the file " + file.getFileName() + " is empty");
        }
        return actual;
    }

    /** The bytes of a small file (a cover); {@link InvalidValueException} naming {@code field} if it cannot be read. */
    public static byte[] readAll(Path file, String field) {
        Checks.notNull(file, "file");
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new InvalidValueException(field, "cannot read " + file.getFileName() + ": " + e.getMessage());
        }
    }

    /**
     * The caption of a short-video post on platforms with one text field (Kuaishou, TikTok): the body, then each
     * hashtag the body does not already carry, as {@code #tag}, separated by spaces.
     */
    public static String caption(ContentItem item) {
        Checks.notNull(item, "item");
        StringBuilder caption = new StringBuilder(item.body().strip());
        for (String tag : item.hashtags()) {
            String t = "#" + tag;
            if (caption.indexOf(t) < 0) {
                caption.append(caption.isEmpty() ? "" : " ").append(t);
            }
        }
        return caption.toString();
    }
}
