package io.github.mediaops.analytics.planning.search;

import io.github.mediaops.core.InvalidValueException;
import io.github.mediaops.core.validate.Checks;

/**
 * Where a post carries one keyword, as {@link KeywordCoverage} found it.
 *
 * @param keyword     the keyword as configured
 * @param inTitle     it occurs in the title
 * @param frontLoaded it occurs within the title's first characters (implies {@code inTitle})
 * @param inBody      it occurs in the body
 * @param inHashtags  it occurs in one of the hashtags
 *
 * @since 0.1.0
 */
public record KeywordHit(String keyword, boolean inTitle, boolean frontLoaded, boolean inBody, boolean inHashtags) {
    /** Validates the components; a front-loaded keyword must be in the title. */
    public KeywordHit {
        Checks.notBlank(keyword, "keyword");
        if (frontLoaded && !inTitle) {
            throw new InvalidValueException("frontLoaded", "keyword " + Checks.show(keyword)
                    + " cannot be front-loaded without being in the title");
        }
    }

    /**
     * The points this keyword earns: 2 in the title, 1 more front-loaded, 1 in the body, 1 in the hashtags.
     *
     * @return 0 to 5
     */
    public int points() {
        return (inTitle ? KeywordCoverage.TITLE_POINTS : 0) + (frontLoaded ? KeywordCoverage.FRONT_POINTS : 0)
                + (inBody ? KeywordCoverage.BODY_POINTS : 0) + (inHashtags ? KeywordCoverage.HASHTAG_POINTS : 0);
    }

    /**
     * Whether the post carries the keyword anywhere.
     *
     * @return true when in the title, body or hashtags
     */
    public boolean found() {
        return inTitle || inBody || inHashtags;
    }
}
