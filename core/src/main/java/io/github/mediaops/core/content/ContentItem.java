package io.github.mediaops.core.content;

import io.github.mediaops.core.InvalidValueException;
import io.github.mediaops.core.validate.Checks;
import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.IllformedLocaleException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A master content item: what the team writes once and then adapts per platform (see
 * {@link ContentVariant}). Build one with {@link #builder(String, ContentKind)}; derive a changed copy
 * with {@link #toBuilder()}.
 *
 * <p>Hashtags are stored bare ({@code 秋季穿搭}, not {@code #秋季穿搭#}) and mentions without {@code @},
 * because each platform writes them differently.
 *
 * @param id       the team's own id for the item; never blank
 * @param kind     the form of the content
 * @param title    the title or headline; may be empty for forms without one (a microblog post)
 * @param body     the text: article body, caption or post text; may be empty
 * @param summary  a short digest (WeChat 摘要); may be empty
 * @param cover    the cover image, or {@code null}
 * @param media    images, videos and audio in order of appearance
 * @param hashtags bare topic names
 * @param mentions handles without {@code @}
 * @param links    links in the content
 * @param language a BCP 47 language tag such as {@code zh-CN}
 * @param script   the video script for video and livestream items, or {@code null}
 * @param history  the workflow history, oldest first; the last event is the current state; never empty
 */
public record ContentItem(String id, ContentKind kind, String title, String body, String summary, MediaAsset cover,
                          List<MediaAsset> media, List<String> hashtags, List<String> mentions, List<URI> links,
                          String language, VideoScript script, List<WorkflowEvent> history) {

    public ContentItem {
        Checks.notBlank(id, "id");
        Checks.notNull(kind, "kind");
        Checks.notNull(title, "title");
        Checks.notNull(body, "body");
        Checks.notNull(summary, "summary");
        media = Checks.listOf(media, "media");
        hashtags = Checks.notBlankEach(hashtags, "hashtags");
        for (String tag : hashtags) {
            if (tag.startsWith("#") || tag.endsWith("#")) {
                throw new InvalidValueException("hashtags", "store hashtags bare, without # (was " + Checks.show(tag) + ")");
            }
        }
        mentions = Checks.notBlankEach(mentions, "mentions");
        for (String m : mentions) {
            if (m.startsWith("@")) {
                throw new InvalidValueException("mentions", "store mentions without @ (was " + Checks.show(m) + ")");
            }
        }
        links = Checks.listOf(links, "links");
        Checks.notBlank(language, "language");
        try {
            new Locale.Builder().setLanguageTag(language);
        } catch (IllformedLocaleException e) {
            throw new InvalidValueException("language", "language must be a BCP 47 tag such as zh-CN (was " + Checks.show(language) + ")");
        }
        history = Checks.listOf(history, "history");
        if (history.isEmpty()) {
            throw new InvalidValueException("history", "history must hold at least the creating event");
        }
        for (int i = 1; i < history.size(); i++) {
            WorkflowEvent prev = history.get(i - 1);
            WorkflowEvent next = history.get(i);
            if (!prev.state().canMoveTo(next.state())) {
                throw new InvalidValueException("history", "illegal workflow move " + prev.state() + " -> " + next.state()
                        + " at position " + i + "; allowed from " + prev.state() + ": " + prev.state().next());
            }
            if (next.at().isBefore(prev.at())) {
                throw new InvalidValueException("history", "workflow event at position " + i + " (" + next.at()
                        + ") is earlier than the one before it (" + prev.at() + ")");
            }
        }
    }

    /** A builder for a new item in state {@link WorkflowState#DRAFT}, created by {@code author} at {@code createdAt}. */
    public static Builder builder(String id, ContentKind kind) {
        return new Builder(id, kind);
    }

    public Builder toBuilder() {
        Builder b = new Builder(id, kind);
        b.title = title;
        b.body = body;
        b.summary = summary;
        b.cover = cover;
        b.media.addAll(media);
        b.hashtags.addAll(hashtags);
        b.mentions.addAll(mentions);
        b.links.addAll(links);
        b.language = language;
        b.script = script;
        b.history.addAll(history);
        return b;
    }

    /** The current workflow state. */
    public WorkflowState state() {
        return history.get(history.size() - 1).state();
    }

    public Optional<MediaAsset> coverImage() {
        return Optional.ofNullable(cover);
    }

    public Optional<VideoScript> videoScript() {
        return Optional.ofNullable(script);
    }

    /**
     * A copy moved to {@code target}.
     *
     * @throws InvalidValueException if the workflow does not allow the move, or {@code at} is earlier
     *                               than the current state's time
     */
    public ContentItem moveTo(WorkflowState target, String by, Instant at) {
        Checks.notNull(target, "target");
        if (!state().canMoveTo(target)) {
            throw new InvalidValueException("state", "content " + id + " cannot move from " + state() + " to " + target
                    + "; allowed: " + state().next());
        }
        List<WorkflowEvent> next = new ArrayList<>(history);
        next.add(WorkflowEvent.of(target, by, at));
        return toBuilder().history(next).build();
    }

    /** Builds a {@link ContentItem}; only id and kind are required (plus a creating event). */
    public static final class Builder {
        private final String id;
        private final ContentKind kind;
        private String title = "";
        private String body = "";
        private String summary = "";
        private MediaAsset cover;
        private final List<MediaAsset> media = new ArrayList<>();
        private final List<String> hashtags = new ArrayList<>();
        private final List<String> mentions = new ArrayList<>();
        private final List<URI> links = new ArrayList<>();
        private String language = "zh-CN";
        private VideoScript script;
        private final List<WorkflowEvent> history = new ArrayList<>();

        private Builder(String id, ContentKind kind) {
            this.id = id;
            this.kind = kind;
        }

        public Builder title(String title) {
            this.title = title;
            return this;
        }

        public Builder body(String body) {
            this.body = body;
            return this;
        }

        public Builder summary(String summary) {
            this.summary = summary;
            return this;
        }

        public Builder cover(MediaAsset cover) {
            this.cover = cover;
            return this;
        }

        public Builder addMedia(MediaAsset asset) {
            media.add(asset);
            return this;
        }

        public Builder hashtags(List<String> tags) {
            hashtags.clear();
            hashtags.addAll(tags);
            return this;
        }

        public Builder addHashtag(String tag) {
            hashtags.add(tag);
            return this;
        }

        public Builder addMention(String handle) {
            mentions.add(handle);
            return this;
        }

        public Builder addLink(URI link) {
            links.add(link);
            return this;
        }

        public Builder language(String languageTag) {
            this.language = languageTag;
            return this;
        }

        public Builder script(VideoScript script) {
            this.script = script;
            return this;
        }

        /** Records the creation of the item as a draft. */
        public Builder created(String by, Instant at) {
            history.clear();
            history.add(WorkflowEvent.of(WorkflowState.DRAFT, by, at));
            return this;
        }

        public Builder history(List<WorkflowEvent> events) {
            history.clear();
            history.addAll(events);
            return this;
        }

        public ContentItem build() {
            return new ContentItem(id, kind, title, body, summary, cover, media, hashtags, mentions, links, language,
                    script, history);
        }
    }
}
