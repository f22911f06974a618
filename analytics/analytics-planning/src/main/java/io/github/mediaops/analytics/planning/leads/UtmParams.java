package io.github.mediaops.analytics.planning.leads;

import io.github.mediaops.core.validate.Checks;
import java.util.Optional;

/**
 * Google Analytics campaign parameters (https://support.google.com/analytics/answer/10917952):
 * {@code utm_source} (the platform, e.g. "douyin"), {@code utm_medium} ("social", "qr", "kol"),
 * {@code utm_campaign} (the campaign id), optional {@code utm_content} (the content id) and
 * {@code utm_term}.
 */
public record UtmParams(String source, String medium, String campaign, String content, String term) {
    public UtmParams {
        Checks.notBlank(source, "source");
        Checks.notBlank(medium, "medium");
        Checks.notBlank(campaign, "campaign");
        Checks.blankToNullRejected(content, "content");
        Checks.blankToNullRejected(term, "term");
    }

    public static UtmParams of(String source, String medium, String campaign) {
        return new UtmParams(source, medium, campaign, null, null);
    }

    public UtmParams withContent(String contentId) {
        return new UtmParams(source, medium, campaign, contentId, term);
    }

    public Optional<String> contentId() {
        return Optional.ofNullable(content);
    }

    public Optional<String> termValue() {
        return Optional.ofNullable(term);
    }
}
