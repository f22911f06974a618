package io.github.mediaops.connector.channels;

import io.github.mediaops.connector.support.handoff.HandoffFile;
import io.github.mediaops.connector.support.handoff.HandoffPublisher;
import io.github.mediaops.connector.support.handoff.HandoffRegistry;
import io.github.mediaops.connector.support.handoff.HandoffTarget;
import io.github.mediaops.core.InvalidValueException;
import io.github.mediaops.core.platform.Platform;
import io.github.mediaops.core.rules.AspectRatio;
import io.github.mediaops.core.validate.Checks;
import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Publishing to WeChat Channels (视频号) by hand-off. <b>WeChat offers no server API that uploads or publishes a
 * Channels video</b> ({@code platform-apis-2.md} §2), so this writes a <em>hand-off package</em> — the video,
 * its cover cropped to a Channels cover ratio, the adapted description with its {@code #话题}, a
 * {@code manifest.json} — that a person posts in 视频号助手 (or an RPA tool), and records the post's
 * {@code feedId} afterwards. The machinery (adaptation, compliance refusal, crops, atomic folder or zip,
 * idempotency, registry) is connector-support's {@link HandoffPublisher}; this class says what Channels is.
 *
 * <ul>
 *   <li>Adaptation uses core's bundled {@code wechat-channels} rule file (form {@code video}: short title ≤ 16,
 *       description ≤ 1000, topics {@code #话题}; those limits are marked unverified there, so by default they
 *       are listed in the manifest's {@code unresolved}, not refused).</li>
 *   <li>Images — the cover first — are cropped, centred, to 3:4 or 9:16 ({@link #DEFAULT_IMAGE_RATIOS}, the
 *       cover crops of the rule file, unverified), whichever is closer to the first image.</li>
 *   <li>{@link #recordPost} takes the post's {@code feedId}, which WeChat documents as the unique id of a
 *       Channels video, copied in 视频号助手 → 动态管理 (developers.weixin.qq.com, 小程序「打开视频号视频」); it looks like
 *       {@code export/UzFfAgtgek…}. A Channels video has no public web address, so the ticket's URL is
 *       视频号助手 ({@link #ASSISTANT}), where the post is managed.</li>
 * </ul>
 *
 * <pre>{@code
 * ChannelsHandoff handoff = ChannelsHandoff.builder(Path.of("handoffs")).build();
 * HandoffPackage pkg = handoff.export(video, AccountRef.of(Platform.WECHAT_CHANNELS, "sphBrand"), "plan-12-coat", Disclosure.none());
 * // ... posted in 视频号助手, then:
 * handoff.recordPost(pkg.handoffId(), "export/UzFfAgtgekIEAQAAAAAA...", postedAt);
 * }</pre>
 */
public final class ChannelsHandoff extends HandoffPublisher {
    /** Cover crops: portrait 3:4 and full-screen 9:16 (the bundled rule file's {@code video.cover.crops}, unverified). */
    public static final List<AspectRatio> DEFAULT_IMAGE_RATIOS = List.of(new AspectRatio(3, 4), new AspectRatio(9, 16));
    /** 视频号助手, where a person posts and manages Channels posts (WeChat links it as the place to copy ids). */
    public static final URI ASSISTANT = URI.create("https://channels.weixin.qq.com/");
    /** WeChat Channels as a hand-off target: feedIds, 视频号助手, cover ratios and posting steps. */
    public static final HandoffTarget TARGET = new Target();

    private ChannelsHandoff(HandoffPublisher.Builder<ChannelsHandoff> b) {
        super(TARGET, b);
    }

    /** A hand-off writer for packages under {@code outputDir} (registry: {@code handoffs.json} in it). */
    public static HandoffPublisher.Builder<ChannelsHandoff> builder(Path outputDir) {
        return HandoffPublisher.builder(outputDir, ChannelsHandoff::new);
    }

    /** A registry of Channels hand-offs kept in {@code file} (see {@link HandoffRegistry#file}). */
    public static HandoffRegistry registry(Path file) {
        return HandoffRegistry.file(file, TARGET);
    }

    /** A registry of Channels hand-offs kept in memory. */
    public static HandoffRegistry inMemoryRegistry() {
        return HandoffRegistry.inMemory(TARGET);
    }

    private static final class Target implements HandoffTarget {
        /** The characters of feedIds seen in WeChat's pages ({@code export/} + URL-safe base64); no spaces, no scheme. */
        private static final Pattern FEED_ID = Pattern.compile("[A-Za-z0-9/_+=.-]{8,512}");

        @Override
        public Platform platform() {
            return Platform.WECHAT_CHANNELS;
        }

        @Override
        public String idPrefix() {
            return "channels";
        }

        @Override
        public String postNoun() {
            return "post";
        }

        @Override
        public String parsePostId(String idOrAddress) {
            Checks.notBlank(idOrAddress, "postId");
            String t = idOrAddress.strip();
            if (t.contains("://") || t.startsWith("sph")) {
                throw new InvalidValueException("postId", "not a Channels feedId: " + Checks.show(idOrAddress)
                        + (t.startsWith("sph") ? " is an account id (视频号 ID)" : " is an address")
                        + "; copy the post's feedId in 视频号助手 → 动态管理 (it looks like export/UzFfAgtgek…)");
            }
            if (!FEED_ID.matcher(t).matches()) {
                throw new InvalidValueException("postId", "not a Channels feedId (8 to 512 characters of letters, digits"
                        + " and / _ + = . -): " + Checks.show(idOrAddress));
            }
            return t;
        }

        @Override
        public URI postUrl(String postId) {
            return ASSISTANT;
        }

        @Override
        public List<AspectRatio> defaultImageRatios() {
            return DEFAULT_IMAGE_RATIOS;
        }

        @Override
        public String coverRule() {
            return "the first image is the cover to choose in 视频号助手";
        }

        @Override
        public List<String> steps(String handoffId, List<HandoffFile> files) {
            boolean video = files.stream().anyMatch(f -> f.role().equals("video"));
            return List.of(
                    "登录视频号助手（channels.weixin.qq.com）→ 发表动态 / Sign in to 视频号助手 (channels.weixin.qq.com) and start a new post",
                    (video ? "上传视频文件，封面选用第 1 张图片" : "按 files 的顺序上传图片，第 1 张为封面")
                            + " / " + (video ? "Upload the video; use the first image as its cover"
                            : "Upload the images in the order of files; the first is the cover"),
                    "短标题填 title，描述粘贴 body（含 #话题） / Type title as the short title, paste body (with its #topics) as the description",
                    "发表后在「动态管理」复制 feedId 交回：recordPost(\"" + handoffId + "\", feedId, 发表时间) / When it is live, copy"
                            + " its feedId in 动态管理 and record it: recordPost(\"" + handoffId + "\", feedId, postedAt)");
        }

        @Override
        public String toString() {
            return "HandoffTarget[wechat-channels]";
        }
    }
}
