package io.github.mediaops.analytics.membership.community;

import io.github.mediaops.core.validate.Checks;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A member joined a group, and what brought them: the tracking code or post id of the join source (for
 * WeCom, the {@code state} of the contact way or group QR code, which {@code analytics} tracking codes fill).
 *
 * @param memberId the member
 * @param groupId  the group
 * @param joinedAt when
 * @param source   the content that brought them; empty if unknown
 *
 * @since 0.1.0
 */
public record GroupJoin(String memberId, String groupId, Instant joinedAt, Optional<String> source) {
    /** Validates the components; bad values fail with the field named. */
    public GroupJoin {
        Checks.notBlank(memberId, "memberId");
        Checks.notBlank(groupId, "groupId");
        Objects.requireNonNull(joinedAt, "joinedAt");
        Objects.requireNonNull(source, "source");
        source.ifPresent(s -> Checks.notBlank(s, "source"));
    }
}
