package io.github.mediaops.connector.weibo;

import io.github.mediaops.core.connector.ContentRejectedException;
import io.github.mediaops.core.connector.ErrorDetails;
import io.github.mediaops.core.content.ContentItem;
import io.github.mediaops.core.content.MediaAsset;
import io.github.mediaops.core.content.MediaKind;
import io.github.mediaops.core.platform.Platform;
import io.github.mediaops.core.rules.Adaptation;
import io.github.mediaops.core.rules.Change;
import io.github.mediaops.core.rules.ContentAdapter;
import io.github.mediaops.core.rules.ContentValidator;
import io.github.mediaops.core.rules.FormatRules;
import io.github.mediaops.core.rules.LengthUnit;
import io.github.mediaops.core.rules.RuleBook;
import io.github.mediaops.core.rules.Sourced;
import io.github.mediaops.core.rules.TextField;
import io.github.mediaops.core.rules.Violation;
import io.github.mediaops.core.rules.ViolationCode;
import io.github.mediaops.core.validate.Checks;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The {@code statuses/share} form's rules, applied with core's {@link ContentAdapter} and {@link ContentValidator}
 * on the bundled Weibo {@code share} rules (core {@code weibo.properties}) plus the app's safe domains.
 *
 * <p>What the form cannot carry is adapted and reported (topics, mentions, links off the safe domains, a title,
 * which becomes 【title】 at the start of the text); what would lose content is refused with every reason at once:
 * no link on a safe domain, a text longer than {@link #MAX_LENGTH} by Weibo's count, more than one image, a video,
 * an image Weibo does not take (JPEG, GIF, PNG, under 5 MB), an image that is not a local file.
 *
 * <p>Weibo's count: a 汉字 (any non-ASCII character) counts 1 and two half-width (ASCII) characters count 1, rounded
 * up ({@link LengthUnit#HALF_WIDTH_HALF}); "不超过140个汉字" on the share page. The bundled rule file measures code
 * points, which never under-counts; the connector enforces Weibo's own count and does not truncate: the adapter
 * runs on a copy of the form without its length limit.
 */
final class ShareRules {
    static final String OPERATION = "statuses/share";
    static final String FORM = "share";
    /** The longest {@code status} in 字 by Weibo's count (open.weibo.com/wiki/2/statuses/share). */
    static final long MAX_LENGTH = 140;
    static final LengthUnit WEIBO_COUNT = LengthUnit.HALF_WIDTH_HALF;
    private static final String ADAPT_FORM = "share-adapt";
    /** Violations of the bundled form found on the variant as given: these would lose media, so they refuse. */
    private static final Set<ViolationCode> MEDIA = EnumSet.of(ViolationCode.TOO_MANY_IMAGES,
            ViolationCode.IMAGE_FORMAT_NOT_ACCEPTED, ViolationCode.IMAGE_TOO_LARGE, ViolationCode.VIDEO_NOT_SUPPORTED);

    private final FormatRules share;
    private final FormatRules adaptForm;
    private final ContentAdapter adapter;
    private final ContentValidator validator;

    ShareRules(List<String> safeDomains) {
        RuleBook bundled = RuleBook.bundled();
        this.share = bundled.form(Platform.WEIBO, FORM);
        StringBuilder text = new StringBuilder("platform = weibo\nforms = ").append(ADAPT_FORM).append('\n');
        for (Map.Entry<String, Sourced<String>> e : share.raw().entrySet()) {
            if (e.getKey().startsWith(TextField.BODY.fieldName() + ".max.")) {
                continue; // the connector measures Weibo's own count and refuses; the adapter must not truncate
            }
            Sourced<String> v = e.getValue();
            text.append(ADAPT_FORM).append('.').append(e.getKey()).append(" = ").append(v.value()).append(" ; ")
                    .append(v.confidence().name().toLowerCase(Locale.ROOT)).append(" ; ").append(v.source()).append('\n');
        }
        text.append(ADAPT_FORM).append(".links.safeDomains = ").append(String.join(", ", safeDomains))
                .append(" ; official ; WeiboConnector.Builder.safeDomains (the app's 安全域名)\n");
        RuleBook book = RuleBook.builder().addBundled().load(text.toString(), "weibo connector share form").build();
        this.adaptForm = book.form(Platform.WEIBO, ADAPT_FORM);
        this.adapter = ContentAdapter.of(book);
        this.validator = ContentValidator.of(bundled);
    }

    List<String> safeDomains() {
        return adaptForm.safeDomains();
    }

    /** The preflight of {@code item}, or the refusal with every reason; nothing is sent. */
    SharePreflight preflight(ContentItem item) {
        Checks.notNull(item, "item");
        Set<String> refusals = new LinkedHashSet<>();
        for (Violation v : validator.validate(item, share).violations()) {
            if (MEDIA.contains(v.code())) {
                refusals.add(v.message() + " (" + v.source() + ")");
            }
        }
        MediaAsset picture = picture(item, refusals);
        Adaptation a = adapter.adapt(item, adaptForm);
        String status = a.variant().content().body();
        for (Violation v : a.remaining().violations()) {
            refusals.add(v.message() + " (" + v.source() + ")");
        }
        long length = WEIBO_COUNT.measure(status);
        if (length > MAX_LENGTH) {
            refusals.add("TEXT_TOO_LONG body: " + length + " 字 by Weibo's count (two half-width characters count as one), "
                    + "limit " + MAX_LENGTH + " (" + share.limits(TextField.BODY).get(0).source() + ")");
        }
        if (!refusals.isEmpty()) {
            throw new ContentRejectedException("the variant cannot be published through statuses/share; nothing was sent",
                    ErrorDetails.builder(Platform.WEIBO).operation(OPERATION).build(), List.copyOf(refusals));
        }
        return new SharePreflight(status, length, picture == null ? "" : Path.of(picture.uri()).getFileName().toString(),
                a.changes().stream().map(this::withReason).toList());
    }

    /** The one picture the share form carries: the only image of the media, else the cover; a local file. */
    static MediaAsset picture(ContentItem item, Set<String> refusals) {
        MediaAsset pic = item.media().stream().filter(m -> m.kind() == MediaKind.IMAGE).findFirst()
                .orElse(item.coverImage().orElse(null));
        if (pic == null) {
            return null;
        }
        if (!"file".equals(pic.uri().getScheme())) {
            refusals.add("the picture must be a local file to be uploaded as pic (was " + pic.uri().getScheme() + ":)");
            return null;
        }
        Path file = Path.of(pic.uri());
        if (!Files.isRegularFile(file)) {
            refusals.add("the picture " + file.getFileName() + " is not a readable file");
            return null;
        }
        return pic;
    }

    static byte[] read(MediaAsset picture) {
        try {
            return Files.readAllBytes(Path.of(picture.uri()));
        } catch (IOException e) {
            throw new io.github.mediaops.core.InvalidValueException("media.uri", "cannot read the picture "
                    + Path.of(picture.uri()).getFileName() + ": " + e.getMessage());
        }
    }

    /** Adds the rule's source to the adapter's topic and mention changes: why the share form removed them. */
    private Change withReason(Change c) {
        String why = switch (c.step()) {
            case "hashtags" -> "statuses/share: " + adaptForm.hashtagsAllowed().source();
            case "mentions" -> "statuses/share: " + adaptForm.mentionsAllowed().source();
            case "links" -> "statuses/share: " + adaptForm.links().source();
            case "fold-title" -> "statuses/share: " + adaptForm.titlePresence().source();
            default -> "";
        };
        return why.isEmpty() ? c : new Change(c.step(), c.field(), c.description() + " [" + why + "]");
    }
}
