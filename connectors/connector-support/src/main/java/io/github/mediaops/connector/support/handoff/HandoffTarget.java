package io.github.mediaops.connector.support.handoff;

import io.github.mediaops.core.InvalidValueException;
import io.github.mediaops.core.platform.Platform;
import io.github.mediaops.core.rules.AspectRatio;
import java.net.URI;
import java.util.List;

/**
 * What a platform without a publishing API tells the hand-off machinery about itself: how its post ids look,
 * where a post can be seen, which image ratios it shows and the posting steps a person follows. A platform
 * module implements it once (see {@code XiaohongshuHandoff}, {@code ChannelsHandoff}) and hands it to
 * {@link HandoffPublisher}.
 */
public interface HandoffTarget {
    /** The platform the packages are for. */
    Platform platform();

    /** The prefix of hand-off ids (and package names), e.g. {@code xhs}; letters, digits and {@code -} only. */
    String idPrefix();

    /** The word for one post in messages and steps, e.g. {@code note}, {@code video}. */
    String postNoun();

    /**
     * The platform's post id in what a person hands back after posting (an id or an address), normalised.
     *
     * @throws InvalidValueException naming {@code postId} when it is neither
     */
    String parsePostId(String idOrAddress);

    /** Where the post (or, for a platform without public post pages, its management page) can be opened. */
    URI postUrl(String postId);

    /** The image ratios images are cropped to unless the host configures others; not empty. */
    List<AspectRatio> defaultImageRatios();

    /** Why the first image goes first, for the manifest's adaptation lines, e.g. "a note shows its first image as the cover". */
    String coverRule();

    /**
     * The posting steps written into the manifest (Chinese and English), for a package of {@code files} with
     * id {@code handoffId}.
     */
    List<String> steps(String handoffId, List<HandoffFile> files);

    /** The {@code manifest.json} schema id: {@code mediaops.<platform id>.handoff/1}. */
    default String manifestSchema() {
        return "mediaops." + platform().id() + ".handoff/1";
    }

    /** The registry file's schema id: {@code mediaops.<platform id>.handoffs/1}. */
    default String registrySchema() {
        return "mediaops." + platform().id() + ".handoffs/1";
    }
}
