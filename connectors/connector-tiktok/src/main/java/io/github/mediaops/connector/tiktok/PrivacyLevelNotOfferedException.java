package io.github.mediaops.connector.tiktok;

import io.github.mediaops.core.connector.ErrorDetails;
import io.github.mediaops.core.connector.InvalidRequestException;
import java.util.Set;
import java.util.TreeSet;

/**
 * A post asked for a privacy level the creator does not offer ({@code creator_info/query}'s
 * {@code privacy_level_options}); nothing was uploaded. Not retryable: choose one of {@link #offered()}.
 */
public final class PrivacyLevelNotOfferedException extends InvalidRequestException {
    private final PrivacyLevel requested;
    private final Set<PrivacyLevel> offered;

    PrivacyLevelNotOfferedException(PrivacyLevel requested, Set<PrivacyLevel> offered, ErrorDetails details) {
        super("privacyLevel " + requested + " is not offered by this creator (offered: " + new TreeSet<>(offered) + ")",
                details);
        this.requested = requested;
        this.offered = Set.copyOf(offered);
    }

    /** The level the post asked for. */
    public PrivacyLevel requested() {
        return requested;
    }

    /** The levels the creator offers. */
    public Set<PrivacyLevel> offered() {
        return offered;
    }
}
