package io.github.mediaops.connector.xiaohongshu;

import io.github.mediaops.connector.support.handoff.HandoffFile;
import io.github.mediaops.connector.support.handoff.HandoffPublisher;
import io.github.mediaops.connector.support.handoff.HandoffRegistry;
import io.github.mediaops.connector.support.handoff.HandoffTarget;
import io.github.mediaops.core.platform.Platform;
import io.github.mediaops.core.rules.AspectRatio;
import java.net.URI;
import java.nio.file.Path;
import java.util.List;

/**
 * Publishing to Xiaohongshu by hand-off: Xiaohongshu offers no public API that posts a note, so this writes
 * a <em>hand-off package</em> that a person (or an RPA tool) posts, and learns the note id afterwards (the
 * machinery is {@link HandoffPublisher}'s; this class says what Xiaohongshu is).
 *
 * <ul>
 *   <li>The master item is adapted to the Xiaohongshu form for its kind ({@code note} for image notes,
 *       {@code video}): title within the platform's limit, topics as {@code #话题}, links removed, at most 18
 *       images.</li>
 *   <li>Images are cropped, centred, to the one of {@link #DEFAULT_IMAGE_RATIOS} (3:4, 1:1, 4:3) closest to the
 *       first image's: a note shows all images in one frame, and its first image is its cover.</li>
 *   <li>{@link #recordPost} takes the note id (24 hex digits) or its {@code xiaohongshu.com/explore/<id>}
 *       address; the ticket then reads PUBLISHED with that address.</li>
 * </ul>
 *
 * <pre>{@code
 * XiaohongshuHandoff handoff = XiaohongshuHandoff.builder(Path.of("handoffs")).format(PackageFormat.ZIP).build();
 * HandoffPackage pkg = handoff.export(master, account, "plan-2026-12-coat", Disclosure.none());
 * handoff.recordPost(pkg.handoffId(), "https://www.xiaohongshu.com/explore/6747a1b2000000000b00c3d4", postedAt);
 * }</pre>
 */
public final class XiaohongshuHandoff extends HandoffPublisher {
    /** The default note image ratios: portrait 3:4, square 1:1 and landscape 4:3. */
    public static final List<AspectRatio> DEFAULT_IMAGE_RATIOS =
            List.of(new AspectRatio(3, 4), new AspectRatio(1, 1), new AspectRatio(4, 3));
    /** Xiaohongshu as a hand-off target: note ids, note addresses, note ratios and posting steps. */
    public static final HandoffTarget TARGET = new Target();

    private XiaohongshuHandoff(HandoffPublisher.Builder<XiaohongshuHandoff> b) {
        super(TARGET, b);
    }

    /** A hand-off writer for packages under {@code outputDir} (registry: {@code handoffs.json} in it). */
    public static HandoffPublisher.Builder<XiaohongshuHandoff> builder(Path outputDir) {
        return HandoffPublisher.builder(outputDir, XiaohongshuHandoff::new);
    }

    /** A registry of Xiaohongshu hand-offs kept in {@code file} (see {@link HandoffRegistry#file}). */
    public static HandoffRegistry registry(Path file) {
        return HandoffRegistry.file(file, TARGET);
    }

    /** A registry of Xiaohongshu hand-offs kept in memory. */
    public static HandoffRegistry inMemoryRegistry() {
        return HandoffRegistry.inMemory(TARGET);
    }

    /** The hand-off id an idempotency key gets: {@code xhs-<key>} (see {@link HandoffPublisher#handoffId}). */
    static String handoffId(String key) {
        return handoffId(TARGET.idPrefix(), key);
    }

    private static final class Target implements HandoffTarget {
        @Override
        public Platform platform() {
            return Platform.XIAOHONGSHU;
        }

        @Override
        public String idPrefix() {
            return "xhs";
        }

        @Override
        public String postNoun() {
            return "note";
        }

        @Override
        public String parsePostId(String idOrAddress) {
            return NoteIds.parse(idOrAddress);
        }

        @Override
        public URI postUrl(String postId) {
            return NoteIds.url(postId);
        }

        @Override
        public List<AspectRatio> defaultImageRatios() {
            return DEFAULT_IMAGE_RATIOS;
        }

        @Override
        public String coverRule() {
            return "a Xiaohongshu note shows its first image as the cover";
        }

        @Override
        public List<String> steps(String handoffId, List<HandoffFile> files) {
            boolean video = files.stream().anyMatch(f -> f.role().equals("video"));
            return List.of(
                    (video ? "发布视频笔记：上传视频文件，封面用第 1 张图片" : "发布图文笔记：按 files 的顺序上传图片，第 1 张为封面")
                            + " / " + (video ? "Post a video note: upload the video, the first image as its cover"
                            : "Post an image note: upload the images in the order of files; the first is the cover"),
                    "标题填 title，正文粘贴 body；正文中的 #话题 请从话题列表中选中 / Type title, paste body; pick each #topic from the"
                            + " editor's topic list",
                    "发布后交回笔记链接：recordPost(\"" + handoffId + "\", 笔记链接, 发布时间) / When it is live, record the note"
                            + " address: recordPost(\"" + handoffId + "\", noteUrl, postedAt)");
        }

        @Override
        public String toString() {
            return "HandoffTarget[xiaohongshu]";
        }
    }
}
