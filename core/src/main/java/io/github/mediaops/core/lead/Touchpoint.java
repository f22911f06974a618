package io.github.mediaops.core.lead;

import io.github.mediaops.core.validate.Checks;
import io.github.mediaops.core.platform.AccountRef;
import java.util.Optional;

/**
 * Where a tracking code was placed: which campaign, which piece of content, on which account, through
 * which channel. A lead that arrives with the code is attributed to this touchpoint.
 *
 * @param campaignId the campaign; never blank
 * @param contentId  the content item carrying the code, or {@code null} (e.g. a poster, an offline QR)
 * @param account    the account the content was published on
 * @param channel    how the code travels
 */
public record Touchpoint(String campaignId, String contentId, AccountRef account, TrackingChannel channel) {
    public Touchpoint {
        Checks.notBlank(campaignId, "campaignId");
        Checks.blankToNullRejected(contentId, "contentId");
        Checks.notNull(account, "account");
        Checks.notNull(channel, "channel");
    }

    public Optional<String> content() {
        return Optional.ofNullable(contentId);
    }
}
