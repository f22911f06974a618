package io.github.mediaops.analytics.membership.community;

import io.github.mediaops.core.validate.Checks;
import java.util.OptionalDouble;

/**
 * How many of the members one piece of content brought stayed.
 *
 * @param source   the tracking code or post id, or {@link CommunityRetention#UNATTRIBUTED}
 * @param joined   members it brought (each member counted once, by their first join)
 * @param observed of those, members whose cohort has fully observed the week asked about
 * @param stayed   of those, members active (sent a message) in that week after their joining week
 * @param rate     stayed / observed; empty when nobody has been observed that long
 *
 * @since 0.1.0
 */
public record SourceRetention(String source, long joined, long observed, long stayed, OptionalDouble rate) {
    /** Validates the components; bad values fail with the field named. */
    public SourceRetention {
        Checks.notBlank(source, "source");
        Checks.nonNegative(joined, "joined");
        Checks.nonNegative(observed, "observed");
        Checks.nonNegative(stayed, "stayed");
        Checks.notNull(rate, "rate");
    }
}
