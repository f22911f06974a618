/**
 * Hand-off publishing for platforms that offer no public API to post: {@link
 * io.github.mediaops.connector.support.handoff.HandoffPublisher} adapts a master item to the platform's rules,
 * checks it for compliance, crops its images and writes a package (folder or zip with {@code manifest.json})
 * that a person or an RPA tool posts; {@link io.github.mediaops.connector.support.handoff.HandoffRegistry}
 * keeps hand-off id → post id so that imported metrics attach to the post. A platform module describes itself
 * once in a {@link io.github.mediaops.connector.support.handoff.HandoffTarget} (post ids, addresses, image
 * ratios, posting steps) and subclasses the publisher; see {@code connector-xiaohongshu} and
 * {@code connector-channels}.
 */
package io.github.mediaops.connector.support.handoff;
