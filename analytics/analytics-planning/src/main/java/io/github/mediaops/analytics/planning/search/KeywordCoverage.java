package io.github.mediaops.analytics.planning.search;

import io.github.mediaops.core.InvalidValueException;
import io.github.mediaops.core.compliance.TermMatcher;
import io.github.mediaops.core.content.ContentItem;
import io.github.mediaops.core.plan.PlanEntry;
import io.github.mediaops.core.validate.Checks;
import io.github.mediaops.core.validate.Required;
import java.util.ArrayList;
import java.util.List;

/**
 * Checks a planned post against the keywords it should rank for: which keywords its title carries
 * (and whether within the first characters, where a truncated title in a feed or search result still
 * shows them), which its body and its hashtags carry, and which are missing.
 *
 * <p>Matching reads title, body and hashtags through the compliance checker's normalisation
 * ({@link TermMatcher}): full-width and half-width forms, upper and lower case, traditional and simplified
 * Chinese, and spaces or symbols inserted between characters all match; Latin keywords match whole words
 * only ({@code spf} does not match {@code spf50}); a keyword written with the matcher's {@code {d}} prefix
 * matches only after a digit, as in the compliance rules. All keywords are found in one pass over each text
 * (Aho–Corasick), so the check is linear in the text length plus the keywords' length. A keyword is
 * front-loaded when one of its occurrences in the title ends within the first {@code frontLoadChars}
 * characters of the title as written.
 *
 * <p>Score: each keyword earns 2 points in the title, 1 more when front-loaded, 1 in the body and 1 in the
 * hashtags; the score is the points earned ÷ (5 × keywords), in [0, 1]. The weights are this SDK's
 * convention (title first, as platform search weighs titles most), not a platform's published formula;
 * the {@link CoverageReport#reasons() reasons} name every point missed.
 *
 * <pre>{@code
 * KeywordCoverage check = KeywordCoverage.builder().keywords(List.of("防晒霜", "SPF", "敏感肌")).frontLoadChars(15).build();
 * CoverageReport r = check.check(item);
 * r.missing();    // keywords found nowhere
 * r.reasons();    // e.g. "敏感肌: not in the title"
 * }</pre>
 *
 * @since 0.1.0
 */
public final class KeywordCoverage {
    static final int TITLE_POINTS = 2;
    static final int FRONT_POINTS = 1;
    static final int BODY_POINTS = 1;
    static final int HASHTAG_POINTS = 1;
    static final int MAX_POINTS = TITLE_POINTS + FRONT_POINTS + BODY_POINTS + HASHTAG_POINTS;

    private final List<String> keywords;
    private final int frontLoadChars;
    private final TermMatcher matcher;

    private KeywordCoverage(List<String> keywords, int frontLoadChars) {
        this.keywords = keywords;
        this.frontLoadChars = frontLoadChars;
        this.matcher = TermMatcher.compile(keywords);
    }

    /**
     * Starts a check; {@link Builder#build()} names every missing setting at once.
     *
     * @return an empty builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * The settings of a {@link KeywordCoverage}.
     *
     * @since 0.1.0
     */
    public static final class Builder {
        private List<String> keywords;
        private Integer frontLoadChars;

        private Builder() {
        }

        /**
         * The keywords the post should carry, each at most once.
         *
         * @param keywords non-blank keywords
         * @return this builder
         */
        public Builder keywords(List<String> keywords) {
            this.keywords = Checks.notBlankEach(keywords, "keywords");
            return this;
        }

        /**
         * How many leading title characters count as the front of the title.
         *
         * @param chars a positive count of characters
         * @return this builder
         */
        public Builder frontLoadChars(int chars) {
            this.frontLoadChars = Checks.positive(chars, "frontLoadChars");
            return this;
        }

        /**
         * The check.
         *
         * @return the check
         * @throws InvalidValueException naming every missing setting, or when the keywords are empty or repeat
         */
        public KeywordCoverage build() {
            Required.of("keyword coverage").given("keywords", keywords).given("frontLoadChars", frontLoadChars).orThrow();
            if (keywords.isEmpty()) {
                throw new InvalidValueException("keywords", "keywords must not be empty");
            }
            if (keywords.stream().distinct().count() != keywords.size()) {
                throw new InvalidValueException("keywords", "keywords must not repeat (was " + keywords + ")");
            }
            return new KeywordCoverage(keywords, frontLoadChars);
        }
    }

    /**
     * Checks a content item's title, body and hashtags.
     *
     * @param item the planned post
     * @return the report, keywords in the order configured
     */
    public CoverageReport check(ContentItem item) {
        Checks.notNull(item, "item");
        return check(item.title(), item.body(), item.hashtags());
    }

    /**
     * Checks a calendar slot that holds only a working title (no body or hashtags yet): body and hashtag
     * points are missed and say so.
     *
     * @param entry the planned slot
     * @return the report, keywords in the order configured
     */
    public CoverageReport check(PlanEntry entry) {
        Checks.notNull(entry, "entry");
        return check(entry.title(), "", List.of());
    }

    private CoverageReport check(String title, String body, List<String> hashtags) {
        int n = keywords.size();
        boolean[] inTitle = new boolean[n];
        boolean[] front = new boolean[n];
        boolean[] inBody = new boolean[n];
        boolean[] inTags = new boolean[n];
        matcher.forEachMatch(title, (term, start, end) -> {
            inTitle[term] = true;
            front[term] |= end <= frontLoadChars;
        });
        matcher.forEachMatch(body, (term, start, end) -> inBody[term] = true);
        for (String tag : hashtags) {
            matcher.forEachMatch(tag, (term, start, end) -> inTags[term] = true);
        }
        List<KeywordHit> hits = new ArrayList<>(n);
        List<String> missing = new ArrayList<>();
        List<String> reasons = new ArrayList<>();
        int points = 0;
        for (int i = 0; i < n; i++) {
            String k = keywords.get(i);
            KeywordHit hit = new KeywordHit(k, inTitle[i], front[i], inBody[i], inTags[i]);
            hits.add(hit);
            points += hit.points();
            if (hit.points() == 0) {
                missing.add(k);
                reasons.add(k + ": missing from title, body and hashtags");
                continue;
            }
            if (!inTitle[i]) {
                reasons.add(k + ": not in the title");
            } else if (!front[i]) {
                reasons.add(k + ": in the title but not within the first " + frontLoadChars + " characters");
            }
            if (!inBody[i]) {
                reasons.add(k + ": not in the body");
            }
            if (!inTags[i]) {
                reasons.add(k + ": not in the hashtags");
            }
        }
        return new CoverageReport(hits, missing, (double) points / (MAX_POINTS * n), reasons);
    }
}
