package io.github.mediaops.core.rules;

import io.github.mediaops.core.InvalidValueException;
import io.github.mediaops.core.content.ContentItem;
import io.github.mediaops.core.content.MediaAsset;
import io.github.mediaops.core.content.MediaKind;
import io.github.mediaops.core.validate.Checks;
import io.github.mediaops.core.platform.Platform;
import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.OptionalDouble;
import java.util.Set;

/**
 * Checks a content item against the rules of a platform form and reports every violation at once
 * (code, field, limit, actual value, and the rule's confidence and source).
 *
 * <p>Lengths are measured in the unit each limit names ({@link LengthUnit}). Topics are the union of
 * {@link ContentItem#hashtags()} and topics written in the body; links are the union of
 * {@link ContentItem#links()} and URLs in the body. Frame rates are checked only when the
 * {@link MediaProbe} knows them. The validator is pure and thread-safe.
 */
public final class ContentValidator {
    private final RuleBook rules;
    private final MediaProbe probe;

    private ContentValidator(RuleBook rules, MediaProbe probe) {
        this.rules = Checks.notNull(rules, "rules");
        this.probe = Checks.notNull(probe, "probe");
    }

    /** A validator over {@code rules} that knows no frame rates. */
    public static ContentValidator of(RuleBook rules) {
        return new ContentValidator(rules, MediaProbe.NONE);
    }

    /** A copy that asks {@code probe} for facts {@link MediaAsset} lacks. */
    public ContentValidator withProbe(MediaProbe probe) {
        return new ContentValidator(rules, probe);
    }

    /**
     * Validates against the platform's first form for the item's kind.
     *
     * @throws InvalidValueException when the platform has no rules or no form for the item's kind
     */
    public ValidationReport validate(ContentItem item, Platform platform) {
        Checks.notNull(item, "item");
        FormatRules form = rules.formFor(platform, item.kind()).orElseThrow(() -> new InvalidValueException("platform",
                "no rules of platform " + platform.id() + " publish " + item.kind() + "; forms: "
                        + rules.forms(platform).stream().map(FormatRules::form).toList()));
        return validate(item, form);
    }

    /** Validates against one form. */
    public ValidationReport validate(ContentItem item, FormatRules form) {
        Checks.notNull(item, "item");
        Checks.notNull(form, "form");
        List<Violation> out = new ArrayList<>();
        checkText(item, form, out);
        checkImages(item, form, out);
        checkVideos(item, form, out);
        checkCover(item, form, out);
        checkHashtags(item, form, out);
        checkMentions(item, form, out);
        checkLinks(item, form, out);
        return new ValidationReport(form.platform(), form.form(), out);
    }

    private static void checkText(ContentItem item, FormatRules form, List<Violation> out) {
        Sourced<Presence> title = form.titlePresence();
        if (title.value() == Presence.NONE && !item.title().isBlank()) {
            out.add(new Violation(ViolationCode.TITLE_NOT_SUPPORTED, "title", "no title field", quote(item.title()),
                    title.confidence(), title.source()));
        } else if (title.value() == Presence.REQUIRED && item.title().isBlank()) {
            out.add(new Violation(ViolationCode.TITLE_REQUIRED, "title", "a title", "none", title.confidence(), title.source()));
        }
        for (TextField f : TextField.values()) {
            String text = switch (f) {
                case TITLE -> item.title();
                case BODY -> item.body();
                case SUMMARY -> item.summary();
            };
            for (TextLimit limit : form.limits(f)) {
                long actual = limit.unit().measure(text);
                if (actual > limit.max()) {
                    out.add(new Violation(ViolationCode.TEXT_TOO_LONG, f.fieldName(),
                            "<= " + limit.max() + " " + limit.unit().configName(), actual + " " + limit.unit().configName(),
                            limit.confidence(), limit.source()));
                }
            }
        }
        String forbidden = form.titleForbiddenCharacters();
        if (!forbidden.isEmpty()) {
            Set<String> found = new LinkedHashSet<>();
            item.title().codePoints().filter(cp -> forbidden.indexOf(cp) >= 0).forEach(cp -> found.add(Character.toString(cp)));
            if (!found.isEmpty()) {
                Sourced<String> s = form.sourceOf("title.forbiddenChars");
                out.add(new Violation(ViolationCode.FORBIDDEN_CHARACTER, "title", "none of " + forbidden,
                        String.join("", found), s.confidence(), s.source()));
            }
        }
    }

    private static void checkImages(ContentItem item, FormatRules form, List<Violation> out) {
        List<MediaAsset> images = item.media().stream().filter(m -> m.kind() == MediaKind.IMAGE).toList();
        form.limit(NumericRule.IMAGES_MIN).filter(r -> images.size() < r.value()).ifPresent(r -> out.add(new Violation(
                ViolationCode.TOO_FEW_IMAGES, "media", ">= " + r.value() + " images", images.size() + " images",
                r.confidence(), r.source())));
        form.limit(NumericRule.IMAGES_MAX).filter(r -> images.size() > r.value()).ifPresent(r -> out.add(new Violation(
                ViolationCode.TOO_MANY_IMAGES, "media", "<= " + r.value() + " images", images.size() + " images",
                r.confidence(), r.source())));
        Set<String> formats = form.imageFormats();
        for (int i = 0; i < item.media().size(); i++) {
            MediaAsset m = item.media().get(i);
            if (m.kind() != MediaKind.IMAGE) {
                continue;
            }
            String field = "media[" + i + "]";
            if (!formats.isEmpty() && !formats.contains(subtype(m.mimeType()))) {
                Sourced<String> s = form.sourceOf("images.formats");
                out.add(new Violation(ViolationCode.IMAGE_FORMAT_NOT_ACCEPTED, field, String.join(", ", sorted(formats)),
                        m.mimeType(), s.confidence(), s.source()));
            }
            form.limit(NumericRule.IMAGE_MAX_BYTES).filter(r -> m.bytes() > r.value()).ifPresent(r -> out.add(new Violation(
                    ViolationCode.IMAGE_TOO_LARGE, field, "<= " + r.value() + " bytes", m.bytes() + " bytes",
                    r.confidence(), r.source())));
        }
    }

    private void checkVideos(ContentItem item, FormatRules form, List<Violation> out) {
        Sourced<Presence> presence = form.videoPresence();
        List<MediaAsset> media = item.media();
        boolean any = media.stream().anyMatch(m -> m.kind() == MediaKind.VIDEO);
        if (presence.value() == Presence.REQUIRED && !any) {
            out.add(new Violation(ViolationCode.VIDEO_REQUIRED, "media", "a video", "no video", presence.confidence(),
                    presence.source()));
            // a script tells how long the video will be: check it before the video exists
            item.videoScript().ifPresent(s -> form.limit(NumericRule.VIDEO_MAX_SECONDS)
                    .filter(r -> s.totalDuration().toSeconds() > r.value())
                    .ifPresent(r -> out.add(new Violation(ViolationCode.VIDEO_TOO_LONG, "script", "<= " + r.value() + " s",
                            s.totalDuration().toSeconds() + " s", r.confidence(), r.source()))));
        }
        if (presence.value() == Presence.NONE && any) {
            out.add(new Violation(ViolationCode.VIDEO_NOT_SUPPORTED, "media", "no video",
                    media.stream().filter(m -> m.kind() == MediaKind.VIDEO).count() + " videos", presence.confidence(),
                    presence.source()));
        }
        for (int i = 0; i < media.size(); i++) {
            MediaAsset m = media.get(i);
            if (m.kind() != MediaKind.VIDEO) {
                continue;
            }
            String field = "media[" + i + "]";
            long seconds = m.duration().toSeconds();
            form.limit(NumericRule.VIDEO_MIN_SECONDS).filter(r -> seconds < r.value()).ifPresent(r -> out.add(new Violation(
                    ViolationCode.VIDEO_TOO_SHORT, field, ">= " + r.value() + " s", seconds + " s", r.confidence(), r.source())));
            form.limit(NumericRule.VIDEO_MAX_SECONDS).filter(r -> m.duration().compareTo(java.time.Duration.ofSeconds(r.value())) > 0)
                    .ifPresent(r -> out.add(new Violation(ViolationCode.VIDEO_TOO_LONG, field, "<= " + r.value() + " s",
                            m.duration().toMillis() / 1000.0 + " s", r.confidence(), r.source())));
            form.limit(NumericRule.VIDEO_MAX_BYTES).filter(r -> m.bytes() > r.value()).ifPresent(r -> out.add(new Violation(
                    ViolationCode.VIDEO_TOO_LARGE, field, "<= " + r.value() + " bytes", m.bytes() + " bytes",
                    r.confidence(), r.source())));
            Set<String> formats = form.videoFormats();
            if (!formats.isEmpty() && !formats.contains(subtype(m.mimeType()))) {
                Sourced<String> s = form.sourceOf("video.formats");
                out.add(new Violation(ViolationCode.VIDEO_FORMAT_NOT_ACCEPTED, field, String.join(", ", sorted(formats)),
                        m.mimeType(), s.confidence(), s.source()));
            }
            List<AspectRatio> aspects = form.videoAspects();
            if (!aspects.isEmpty() && aspects.stream().noneMatch(a -> a.matches(m.width(), m.height()))) {
                Sourced<String> s = form.sourceOf("video.aspects");
                out.add(new Violation(ViolationCode.VIDEO_ASPECT_NOT_ACCEPTED, field,
                        aspects.stream().map(AspectRatio::toString).toList().toString(), m.width() + "x" + m.height(),
                        s.confidence(), s.source()));
            }
            int small = Math.min(m.width(), m.height());
            int large = Math.max(m.width(), m.height());
            form.limit(NumericRule.VIDEO_MIN_SIDE).filter(r -> small < r.value()).ifPresent(r -> out.add(new Violation(
                    ViolationCode.VIDEO_RESOLUTION_OUT_OF_RANGE, field, "each side >= " + r.value() + " px",
                    m.width() + "x" + m.height(), r.confidence(), r.source())));
            form.limit(NumericRule.VIDEO_MAX_SIDE).filter(r -> large > r.value()).ifPresent(r -> out.add(new Violation(
                    ViolationCode.VIDEO_RESOLUTION_OUT_OF_RANGE, field, "each side <= " + r.value() + " px",
                    m.width() + "x" + m.height(), r.confidence(), r.source())));
            OptionalDouble fps = probe.frameRate(m);
            if (fps.isPresent()) {
                double f = fps.getAsDouble();
                form.limit(NumericRule.VIDEO_MIN_FPS).filter(r -> f < r.value()).ifPresent(r -> out.add(new Violation(
                        ViolationCode.VIDEO_FRAME_RATE_OUT_OF_RANGE, field, ">= " + r.value() + " fps", f + " fps",
                        r.confidence(), r.source())));
                form.limit(NumericRule.VIDEO_MAX_FPS).filter(r -> f > r.value()).ifPresent(r -> out.add(new Violation(
                        ViolationCode.VIDEO_FRAME_RATE_OUT_OF_RANGE, field, "<= " + r.value() + " fps", f + " fps",
                        r.confidence(), r.source())));
            }
        }
    }

    private static void checkCover(ContentItem item, FormatRules form, List<Violation> out) {
        Sourced<Presence> presence = form.coverPresence();
        if (item.cover() == null) {
            if (presence.value() == Presence.REQUIRED) {
                out.add(new Violation(ViolationCode.COVER_REQUIRED, "cover", "a cover image", "none", presence.confidence(),
                        presence.source()));
            }
            return;
        }
        MediaAsset c = item.cover();
        form.limit(NumericRule.COVER_MAX_BYTES).filter(r -> c.bytes() > r.value()).ifPresent(r -> out.add(new Violation(
                ViolationCode.COVER_TOO_LARGE, "cover", "<= " + r.value() + " bytes", c.bytes() + " bytes", r.confidence(),
                r.source())));
        form.limit(NumericRule.COVER_MIN_WIDTH).filter(r -> c.width() < r.value()).ifPresent(r -> out.add(new Violation(
                ViolationCode.COVER_TOO_SMALL, "cover", "width >= " + r.value() + " px", c.width() + " px", r.confidence(),
                r.source())));
        form.limit(NumericRule.COVER_MIN_HEIGHT).filter(r -> c.height() < r.value()).ifPresent(r -> out.add(new Violation(
                ViolationCode.COVER_TOO_SMALL, "cover", "height >= " + r.value() + " px", c.height() + " px", r.confidence(),
                r.source())));
    }

    private static void checkHashtags(ContentItem item, FormatRules form, List<Violation> out) {
        List<InlineText.Token> inline = InlineText.hashtags(item.body(), form.hashtagStyle().value() == HashtagStyle.PAIRED);
        Set<String> all = new LinkedHashSet<>(item.hashtags());
        inline.forEach(t -> all.add(t.value()));
        Sourced<Boolean> allowed = form.hashtagsAllowed();
        if (!allowed.value() && !all.isEmpty()) {
            out.add(new Violation(ViolationCode.HASHTAGS_NOT_ALLOWED, "hashtags", "no topics", String.join(", ", all),
                    allowed.confidence(), allowed.source()));
            return;
        }
        form.limit(NumericRule.HASHTAGS_MAX).filter(r -> all.size() > r.value()).ifPresent(r -> out.add(new Violation(
                ViolationCode.TOO_MANY_HASHTAGS, "hashtags", "<= " + r.value(), Integer.toString(all.size()),
                r.confidence(), r.source())));
        Sourced<HashtagStyle> style = form.hashtagStyle();
        List<String> wrong = new ArrayList<>();
        for (InlineText.Token t : inline) {
            boolean ok = switch (style.value()) {
                case PAIRED -> t.paired();
                case LEADING -> !t.paired();
                case NONE -> false;
            };
            if (!ok) {
                wrong.add(item.body().substring(t.start(), t.end()));
            }
        }
        if (!wrong.isEmpty()) {
            out.add(new Violation(ViolationCode.HASHTAG_SYNTAX, "body", style.value() == HashtagStyle.NONE ? "no inline topics"
                    : "topics written " + style.value().render("topic"), String.join(", ", wrong), style.confidence(),
                    style.source()));
        }
    }

    private static void checkMentions(ContentItem item, FormatRules form, List<Violation> out) {
        Set<String> all = new LinkedHashSet<>(item.mentions());
        InlineText.mentions(item.body()).forEach(t -> all.add(t.value()));
        Sourced<Boolean> allowed = form.mentionsAllowed();
        if (!allowed.value() && !all.isEmpty()) {
            out.add(new Violation(ViolationCode.MENTIONS_NOT_ALLOWED, "mentions", "no mentions", String.join(", ", all),
                    allowed.confidence(), allowed.source()));
            return;
        }
        form.limit(NumericRule.MENTIONS_MAX).filter(r -> all.size() > r.value()).ifPresent(r -> out.add(new Violation(
                ViolationCode.TOO_MANY_MENTIONS, "mentions", "<= " + r.value(), Integer.toString(all.size()),
                r.confidence(), r.source())));
    }

    private static void checkLinks(ContentItem item, FormatRules form, List<Violation> out) {
        List<String> inText = InlineText.urls(item.body()).stream().map(InlineText.Token::value).toList();
        Set<String> all = new LinkedHashSet<>();
        item.links().forEach(u -> all.add(u.toString()));
        all.addAll(inText);
        Sourced<LinkPolicy> policy = form.links();
        switch (policy.value()) {
            case FORBIDDEN -> {
                if (!all.isEmpty()) {
                    out.add(new Violation(ViolationCode.LINK_NOT_ALLOWED, "links", "no external links",
                            String.join(", ", all), policy.confidence(), policy.source()));
                }
            }
            case MOVE_OUT_OF_TEXT -> {
                if (!inText.isEmpty()) {
                    out.add(new Violation(ViolationCode.LINK_NOT_ALLOWED, "body", "no links in the text (not clickable)",
                            String.join(", ", inText), policy.confidence(), policy.source()));
                }
            }
            case SAFE_DOMAIN_REQUIRED -> {
                List<String> safe = form.safeDomains();
                if (!safe.isEmpty()) {
                    List<String> bad = inText.stream().filter(u -> !onDomain(u, safe)).toList();
                    if (!bad.isEmpty()) {
                        Sourced<String> s = form.sourceOf("links.safeDomains");
                        out.add(new Violation(ViolationCode.LINK_DOMAIN_NOT_ALLOWED, "body", "links on " + safe,
                                String.join(", ", bad), s.confidence(), s.source()));
                    }
                }
            }
            case ALLOWED -> {
            }
        }
        Sourced<Boolean> required = form.linksRequired();
        if (required.value() && inText.isEmpty()) {
            out.add(new Violation(ViolationCode.LINK_REQUIRED, "body", "a link in the text", "none", required.confidence(),
                    required.source()));
        }
        form.limit(NumericRule.LINKS_MAX).filter(r -> all.size() > r.value()).ifPresent(r -> out.add(new Violation(
                ViolationCode.TOO_MANY_LINKS, "links", "<= " + r.value(), Integer.toString(all.size()), r.confidence(),
                r.source())));
    }

    /** Whether the URL's host is one of {@code domains} or a subdomain of one. */
    static boolean onDomain(String url, List<String> domains) {
        String host;
        try {
            host = URI.create(url).getHost();
        } catch (IllegalArgumentException e) {
            return false;
        }
        if (host == null) {
            return false;
        }
        String h = host.toLowerCase(Locale.ROOT);
        return domains.stream().anyMatch(d -> h.equals(d) || h.endsWith("." + d));
    }

    private static String subtype(String mime) {
        int slash = mime.indexOf('/');
        return (slash < 0 ? mime : mime.substring(slash + 1)).toLowerCase(Locale.ROOT).trim();
    }

    private static List<String> sorted(Set<String> s) {
        return s.stream().sorted().toList();
    }

    private static String quote(String s) {
        return Checks.show(s);
    }
}
