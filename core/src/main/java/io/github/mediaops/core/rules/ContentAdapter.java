package io.github.mediaops.core.rules;

import io.github.mediaops.core.InvalidValueException;
import io.github.mediaops.core.content.ContentItem;
import io.github.mediaops.core.content.ContentVariant;
import io.github.mediaops.core.content.MediaAsset;
import io.github.mediaops.core.content.MediaKind;
import io.github.mediaops.core.validate.Checks;
import io.github.mediaops.core.platform.Platform;
import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Adapts one master {@link ContentItem} to per-platform {@link ContentVariant}s following the
 * platform's {@link FormatRules}, and reports every change it makes.
 *
 * <p>Steps, in order:
 * <ol>
 *   <li>{@code fold-title}: a form without a title gets the title at the start of the body
 *       ({@code 【标题】} for Chinese, a first line otherwise);</li>
 *   <li>{@code hashtags}: topics written in the body are converted to the platform's syntax
 *       ({@code #话题#} ↔ {@code #话题}), listed topics not yet in the body are appended, extra topics
 *       beyond the platform maximum are dropped, and all are removed where the form forbids them;</li>
 *   <li>{@code mentions}: {@code @handles} become plain names where mentions are not allowed; elsewhere a
 *       listed handle written directly before more text gets a space so the mention ends there;</li>
 *   <li>{@code links}: URLs are moved out of the text or dropped when the platform refuses them, and a
 *       safe-domain link is moved into the text where one is required;</li>
 *   <li>{@code media}: images beyond the maximum and videos the form cannot carry are dropped;</li>
 *   <li>the host's own {@link AdaptationStep}s, in the order added;</li>
 *   <li>{@code fit}: title and summary are truncated grapheme-safely with {@code …}; a long body
 *       becomes a thread where the form allows threads, otherwise it is truncated (the appended
 *       topics are kept when they fit);</li>
 *   <li>{@code cover}: a cover is chosen from the images when missing, and its crops computed.</li>
 * </ol>
 * Truncation never splits a grapheme cluster (emoji sequence, flag, surrogate pair) or a URL.
 * The adapter is immutable and thread-safe when the host steps are.
 */
public final class ContentAdapter {
    private final RuleBook rules;
    private final List<AdaptationStep> hostSteps;
    private final ContentValidator validator;

    private ContentAdapter(RuleBook rules, List<AdaptationStep> hostSteps) {
        this.rules = rules;
        this.hostSteps = List.copyOf(hostSteps);
        this.validator = ContentValidator.of(rules);
    }

    /** An adapter with only the built-in steps. */
    public static ContentAdapter of(RuleBook rules) {
        return builder(rules).build();
    }

    public static Builder builder(RuleBook rules) {
        return new Builder(Checks.notNull(rules, "rules"));
    }

    /**
     * Adapts to the platform's first form for the item's kind.
     *
     * @throws InvalidValueException when the platform has no rules for the item's kind
     */
    public Adaptation adapt(ContentItem master, Platform platform) {
        Checks.notNull(master, "master");
        FormatRules form = rules.formFor(platform, master.kind()).orElseThrow(() -> new InvalidValueException("platform",
                "no rules of platform " + platform.id() + " publish " + master.kind() + "; forms: "
                        + rules.forms(platform).stream().map(FormatRules::form).toList()));
        return adapt(master, form);
    }

    /** Adapts to every platform given, in order. */
    public List<Adaptation> adaptAll(ContentItem master, List<Platform> platforms) {
        Checks.listOf(platforms, "platforms");
        return platforms.stream().map(p -> adapt(master, p)).toList();
    }

    /** Adapts to one form. */
    public Adaptation adapt(ContentItem master, FormatRules form) {
        Checks.notNull(master, "master");
        Checks.notNull(form, "form");
        AdaptationContext ctx = new AdaptationContext(master, master, form);
        run(ctx, "fold-title", ContentAdapter::foldTitle);
        run(ctx, "hashtags", ContentAdapter::hashtags);
        run(ctx, "mentions", ContentAdapter::mentions);
        run(ctx, "links", ContentAdapter::links);
        run(ctx, "media", ContentAdapter::media);
        for (AdaptationStep s : hostSteps) {
            run(ctx, s.name(), s::apply);
        }
        run(ctx, "fit", ContentAdapter::fit);
        run(ctx, "cover", ContentAdapter::cover);
        ContentItem adapted = ctx.item();
        String variantId = master.id() + "@" + form.platform().id();
        ContentItem withId = new ContentItem(variantId, adapted.kind(), adapted.title(), adapted.body(), adapted.summary(),
                adapted.cover(), adapted.media(), adapted.hashtags(), adapted.mentions(), adapted.links(),
                adapted.language(), adapted.script(), adapted.history());
        List<Change> changes = ctx.changes();
        ContentVariant variant = new ContentVariant(master.id(), form.platform(), withId,
                changes.stream().map(Change::toString).toList());
        // a thread is judged post by post: validate the first post (the variant's body); the others were
        // cut to the same limit
        ValidationReport remaining = validator.validate(withId, form);
        return new Adaptation(variant, form.form(), changes, ctx.crops, ctx.thread, remaining);
    }

    private static void run(AdaptationContext ctx, String name, java.util.function.Consumer<AdaptationContext> step) {
        ctx.step(name);
        step.accept(ctx);
    }

    private static boolean chinese(ContentItem item) {
        return item.language().toLowerCase(Locale.ROOT).startsWith("zh");
    }

    // ---- built-in steps ----

    private static void foldTitle(AdaptationContext ctx) {
        ContentItem item = ctx.item();
        if (ctx.rules().titlePresence().value() != Presence.NONE || item.title().isBlank()) {
            return;
        }
        String lead = chinese(item) ? "【" + item.title().strip() + "】" : item.title().strip() + "\n\n";
        String body = item.body().isBlank() ? lead.strip() : lead + item.body();
        ctx.replace(item.toBuilder().title("").body(body).build());
        ctx.record("title", "form has no title; title moved to the start of the body as " + Checks.show(lead.strip()));
    }

    private static void hashtags(AdaptationContext ctx) {
        ContentItem item = ctx.item();
        FormatRules r = ctx.rules();
        HashtagStyle style = r.hashtagStyle().value();
        boolean allowed = r.hashtagsAllowed().value();
        String body = item.body();
        List<InlineText.Token> inline = InlineText.hashtags(body, style == HashtagStyle.PAIRED);
        StringBuilder out = new StringBuilder();
        int from = 0;
        Set<String> present = new LinkedHashSet<>();
        for (InlineText.Token t : inline) {
            out.append(body, from, t.start());
            String written = body.substring(t.start(), t.end());
            String tag = t.value();
            String replacement;
            if (!allowed || style == HashtagStyle.NONE) {
                replacement = tag;
            } else if (style == HashtagStyle.LEADING) {
                String compact = tag.replace(" ", "");
                replacement = "#" + compact;
                int next = t.end();
                if (next < body.length() && (isWordChar(body.charAt(next)) || body.charAt(next) == '#')) {
                    replacement += " ";
                }
            } else {
                replacement = "#" + tag + "#";
            }
            if (!replacement.equals(written)) {
                ctx.record("body", "topic " + Checks.show(written) + " written as " + Checks.show(replacement.strip()));
            }
            out.append(replacement);
            present.add(tag.replace(" ", ""));
            from = t.end();
        }
        out.append(body, from, body.length());
        List<String> tags = new ArrayList<>(item.hashtags());
        if (!allowed) {
            if (!tags.isEmpty()) {
                ctx.record("hashtags", "form allows no topics; dropped " + String.join(", ", tags));
            }
            ctx.replace(item.toBuilder().body(out.toString()).hashtags(List.of()).build());
            return;
        }
        long max = r.limit(NumericRule.HASHTAGS_MAX).map(Sourced::value).orElse(Long.MAX_VALUE);
        long inBody = present.size();
        List<String> kept = new ArrayList<>();
        for (String t : tags) {
            boolean inText = present.contains(t.replace(" ", ""));
            if (inText || inBody + kept.stream().filter(k -> !present.contains(k.replace(" ", ""))).count() < max) {
                kept.add(t);
            } else {
                ctx.record("hashtags", "dropped topic " + Checks.show(t) + " beyond the maximum of " + max);
            }
        }
        if (style != HashtagStyle.NONE) {
            for (String t : kept) {
                if (!present.contains(t.replace(" ", ""))) {
                    ctx.tagTail.add(style == HashtagStyle.LEADING ? "#" + t.replace(" ", "") : "#" + t + "#");
                }
            }
            if (!ctx.tagTail.isEmpty()) {
                ctx.record("body", "appended topics " + String.join(" ", ctx.tagTail));
            }
        }
        ctx.replace(item.toBuilder().body(out.toString()).hashtags(kept).build());
    }

    private static boolean isWordChar(char c) {
        return Character.isLetterOrDigit(c) || c == '_';
    }

    private static void mentions(AdaptationContext ctx) {
        ContentItem item = ctx.item();
        if (ctx.rules().mentionsAllowed().value()) {
            endMentions(ctx);
            return;
        }
        String body = item.body();
        List<InlineText.Token> found = InlineText.mentions(body);
        StringBuilder out = new StringBuilder();
        int from = 0;
        for (InlineText.Token t : found) {
            out.append(body, from, t.start()).append(t.value());
            from = t.end();
        }
        out.append(body, from, body.length());
        if (!found.isEmpty()) {
            ctx.record("body", "form allows no mentions; @ removed from "
                    + String.join(", ", found.stream().map(InlineText.Token::value).toList()));
        }
        if (!item.mentions().isEmpty()) {
            ctx.record("mentions", "form allows no mentions; dropped " + String.join(", ", item.mentions()));
        }
        ctx.replace(new ContentItem(item.id(), item.kind(), item.title(), out.toString(), item.summary(), item.cover(),
                item.media(), item.hashtags(), List.of(), item.links(), item.language(), item.script(), item.history()));
    }

    /**
     * Platforms read a mention up to the next space or punctuation, so {@code @小周也在用} would mention
     * "小周也在用": when a listed handle is followed directly by a letter or digit, a space is inserted.
     */
    private static void endMentions(AdaptationContext ctx) {
        ContentItem item = ctx.item();
        String body = item.body();
        StringBuilder out = new StringBuilder();
        int from = 0;
        for (InlineText.Token t : InlineText.mentions(body)) {
            String handle = item.mentions().stream().filter(h -> t.value().startsWith(h) && t.value().length() > h.length())
                    .max(java.util.Comparator.comparingInt(String::length)).orElse(null);
            if (handle == null || item.mentions().contains(t.value())) {
                continue;
            }
            int cut = t.start() + 1 + handle.length();
            out.append(body, from, cut).append(' ');
            from = cut;
            ctx.record("body", "space inserted after @" + handle + " so the mention ends there");
        }
        if (from > 0) {
            out.append(body, from, body.length());
            ctx.replace(item.toBuilder().body(out.toString()).build());
        }
    }

    private static void links(AdaptationContext ctx) {
        ContentItem item = ctx.item();
        FormatRules r = ctx.rules();
        LinkPolicy policy = r.links().value();
        String body = item.body();
        List<InlineText.Token> urls = InlineText.urls(body);
        List<URI> links = new ArrayList<>(item.links());
        switch (policy) {
            case ALLOWED -> {
                return;
            }
            case MOVE_OUT_OF_TEXT, FORBIDDEN -> {
                String stripped = removeSpans(body, urls);
                for (InlineText.Token u : urls) {
                    if (policy == LinkPolicy.MOVE_OUT_OF_TEXT) {
                        URI uri = toUri(u.value());
                        if (uri != null && !links.contains(uri)) {
                            links.add(uri);
                        }
                        ctx.record("body", "link " + u.value() + " is not clickable here; moved out of the text into links"
                                + " (post it in the first comment or the profile)");
                    } else {
                        ctx.record("body", "link " + u.value() + " is refused here; dropped");
                    }
                }
                if (policy == LinkPolicy.FORBIDDEN && !links.isEmpty()) {
                    ctx.record("links", "links are refused here; dropped " + links);
                    links.clear();
                }
                ContentItem b = item.toBuilder().body(stripped).build();
                ctx.replace(new ContentItem(b.id(), b.kind(), b.title(), b.body(), b.summary(), b.cover(), b.media(),
                        b.hashtags(), b.mentions(), links, b.language(), b.script(), b.history()));
            }
            case SAFE_DOMAIN_REQUIRED -> {
                List<String> safe = r.safeDomains();
                if (safe.isEmpty()) {
                    return;
                }
                List<InlineText.Token> bad = urls.stream().filter(u -> !ContentValidator.onDomain(u.value(), safe)).toList();
                String next = removeSpans(body, bad);
                for (InlineText.Token u : bad) {
                    ctx.record("body", "link " + u.value() + " is not on a safe domain " + safe + "; dropped");
                }
                boolean hasSafe = urls.size() > bad.size();
                if (!hasSafe) {
                    for (URI u : links) {
                        if (ContentValidator.onDomain(u.toString(), safe)) {
                            next = next.isBlank() ? u.toString() : next.stripTrailing() + " " + u;
                            ctx.record("body", "required link " + u + " moved into the text");
                            break;
                        }
                    }
                }
                ctx.replace(item.toBuilder().body(next).build());
            }
        }
    }

    private static String removeSpans(String body, List<InlineText.Token> spans) {
        if (spans.isEmpty()) {
            return body;
        }
        StringBuilder out = new StringBuilder();
        int from = 0;
        for (InlineText.Token t : spans) {
            out.append(body, from, t.start());
            from = t.end();
        }
        out.append(body, from, body.length());
        return out.toString().replaceAll("[ \\t]{2,}", " ").replaceAll("[ \\t]+\\n", "\n")
                .replaceAll("[ \\t]+(?=[，。！？、；：,.!?;:])", "").strip();
    }

    private static URI toUri(String s) {
        try {
            return URI.create(s);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static void media(AdaptationContext ctx) {
        ContentItem item = ctx.item();
        FormatRules r = ctx.rules();
        long maxImages = r.limit(NumericRule.IMAGES_MAX).map(Sourced::value).orElse(Long.MAX_VALUE);
        boolean noVideo = r.videoPresence().value() == Presence.NONE;
        List<MediaAsset> kept = new ArrayList<>();
        int images = 0;
        int droppedImages = 0;
        int droppedVideos = 0;
        for (MediaAsset m : item.media()) {
            if (m.kind() == MediaKind.IMAGE) {
                if (images < maxImages) {
                    kept.add(m);
                    images++;
                } else {
                    droppedImages++;
                }
            } else if (m.kind() == MediaKind.VIDEO && noVideo) {
                droppedVideos++;
            } else {
                kept.add(m);
            }
        }
        if (droppedImages > 0) {
            ctx.record("media", "kept the first " + maxImages + " images; dropped " + droppedImages);
        }
        if (droppedVideos > 0) {
            ctx.record("media", "form carries no video; dropped " + droppedVideos + " video(s)");
        }
        if (droppedImages + droppedVideos > 0) {
            ContentItem base = item;
            ctx.replace(new ContentItem(base.id(), base.kind(), base.title(), base.body(), base.summary(), base.cover(),
                    kept, base.hashtags(), base.mentions(), base.links(), base.language(), base.script(), base.history()));
        }
    }

    private static void fit(AdaptationContext ctx) {
        ContentItem item = ctx.item();
        FormatRules r = ctx.rules();
        String title = fitField(ctx, TextField.TITLE, item.title());
        String summary = fitField(ctx, TextField.SUMMARY, item.summary());
        List<TextLimit> bodyLimits = r.limits(TextField.BODY);
        Predicate<String> bodyFits = s -> bodyLimits.stream().allMatch(l -> l.fits(s));
        List<String> tail = new ArrayList<>(ctx.tagTail);
        String main = item.body();
        String body;
        long maxPosts = r.limit(NumericRule.THREAD_MAX_POSTS).map(Sourced::value).orElse(0L);
        if (maxPosts > 1 && !bodyFits.test(join(main, tail))) {
            body = thread(ctx, main, tail, bodyFits, (int) maxPosts);
        } else {
            // drop topics from the end until the tail alone leaves room for some text
            while (!tail.isEmpty() && !bodyFits.test(join(Graphemes.ELLIPSIS, tail))) {
                String dropped = tail.remove(tail.size() - 1);
                ctx.record("body", "dropped appended topic " + dropped + " to fit the length limit");
            }
            String full = join(main, tail);
            if (bodyFits.test(full)) {
                body = full;
            } else {
                String sep = tail.isEmpty() ? "" : "\n";
                String tagText = String.join(" ", tail);
                String cut = Graphemes.fit(main, s -> bodyFits.test(s + sep + tagText), Graphemes.ELLIPSIS);
                body = cut + sep + tagText;
                ctx.record("body", "truncated from " + describe(bodyLimits, full) + " to " + describe(bodyLimits, body)
                        + " (limit " + limitsText(bodyLimits) + ")");
            }
        }
        ctx.replace(item.toBuilder().title(title).summary(summary).body(body).build());
    }

    private static String join(String main, List<String> tail) {
        if (tail.isEmpty()) {
            return main;
        }
        return main.isEmpty() ? String.join(" ", tail) : main + "\n" + String.join(" ", tail);
    }

    private static String thread(AdaptationContext ctx, String main, List<String> tail, Predicate<String> fits, int maxPosts) {
        String rest = join(main, tail);
        List<String> posts = new ArrayList<>();
        // reserve room for a " 10/10" counter on every post
        String counter = " " + maxPosts + "/" + maxPosts;
        while (!rest.isEmpty() && posts.size() < maxPosts) {
            boolean last = posts.size() == maxPosts - 1;
            if (last && !fits.test(rest + counter)) {
                posts.add(Graphemes.fit(rest, s -> fits.test(s + counter), Graphemes.ELLIPSIS));
                ctx.record("body", "text longer than " + maxPosts + " posts; the last post was truncated");
                rest = "";
                break;
            }
            int at = Graphemes.splitPoint(rest, s -> fits.test(s + counter));
            posts.add(rest.substring(0, at).strip());
            rest = rest.substring(at).strip();
        }
        int n = posts.size();
        for (int i = 0; i < n; i++) {
            ctx.thread.add(posts.get(i) + " " + (i + 1) + "/" + n);
        }
        ctx.record("body", "split into a thread of " + n + " posts; the body is the first post");
        return ctx.thread.get(0);
    }

    private static String fitField(AdaptationContext ctx, TextField field, String text) {
        List<TextLimit> limits = ctx.rules().limits(field);
        if (limits.isEmpty() || text.isEmpty()) {
            return text;
        }
        Predicate<String> fits = s -> limits.stream().allMatch(l -> l.fits(s));
        String out = Graphemes.fit(text, fits, Graphemes.ELLIPSIS);
        if (!out.equals(text)) {
            ctx.record(field.fieldName(), "truncated from " + describe(limits, text) + " to " + describe(limits, out)
                    + " (limit " + limitsText(limits) + ")");
        }
        return out;
    }

    private static String describe(List<TextLimit> limits, String text) {
        return limits.stream().map(l -> l.unit().measure(text) + " " + l.unit().configName()).distinct()
                .reduce((a, b) -> a + ", " + b).orElse(text.length() + " chars");
    }

    private static String limitsText(List<TextLimit> limits) {
        return limits.stream().map(l -> l.max() + " " + l.unit().configName()).reduce((a, b) -> a + ", " + b).orElse("-");
    }

    private static void cover(AdaptationContext ctx) {
        ContentItem item = ctx.item();
        List<AspectRatio> crops = ctx.rules().coverCrops();
        MediaAsset cover = item.cover();
        if (cover == null && !crops.isEmpty()) {
            AspectRatio first = crops.get(0);
            MediaAsset best = null;
            double bestKept = -1;
            for (MediaAsset m : item.media()) {
                if (m.kind() == MediaKind.IMAGE) {
                    double kept = CoverCrop.centred(first, m.width(), m.height()).keptFraction(m.width(), m.height());
                    if (kept > bestKept) {
                        bestKept = kept;
                        best = m;
                    }
                }
            }
            if (best != null) {
                cover = best;
                ctx.replace(item.toBuilder().cover(best).build());
                ctx.record("cover", "no cover; chose image " + best.uri() + " whose shape best fits " + first);
            }
        }
        if (cover == null || cover.kind() != MediaKind.IMAGE) {
            return;
        }
        for (AspectRatio ratio : crops) {
            CoverCrop c = CoverCrop.centred(ratio, cover.width(), cover.height());
            ctx.crops.add(c);
            if (c.width() != cover.width() || c.height() != cover.height()) {
                ctx.record("cover", "crop " + ratio + " = " + c.width() + "x" + c.height() + " at (" + c.x() + "," + c.y()
                        + ") of " + cover.width() + "x" + cover.height());
            }
        }
    }

    /** Configures a {@link ContentAdapter}. */
    public static final class Builder {
        private final RuleBook rules;
        private final List<AdaptationStep> steps = new ArrayList<>();

        private Builder(RuleBook rules) {
            this.rules = rules;
        }

        /** Adds a host step, run after the built-in conversions and before lengths are fitted. */
        public Builder addStep(AdaptationStep step) {
            Checks.notNull(step, "step");
            Checks.notBlank(step.name(), "step.name");
            steps.add(step);
            return this;
        }

        public ContentAdapter build() {
            return new ContentAdapter(rules, steps);
        }
    }
}
