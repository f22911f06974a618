package io.github.mediaops.core.rules;

import io.github.mediaops.core.validate.Checks;

/**
 * One way a content item breaks a platform rule.
 *
 * @param code       what is wrong
 * @param field      the content field, e.g. {@code title}, {@code body}, {@code media[2]}, {@code cover}
 * @param limit      the rule's limit in words, e.g. {@code "<= 32 codepoints"}, {@code "jpeg, png"}
 * @param actual     what the item has, e.g. {@code "41 codepoints"}, {@code "image/heic"}
 * @param confidence how sure we are of the rule; hosts often treat {@link Confidence#UNVERIFIED} as a warning
 * @param source     where the rule comes from
 */
public record Violation(ViolationCode code, String field, String limit, String actual, Confidence confidence,
                        String source) {
    public Violation {
        Checks.notNull(code, "code");
        Checks.notBlank(field, "field");
        Checks.notBlank(limit, "limit");
        Checks.notNull(actual, "actual");
        Checks.notNull(confidence, "confidence");
        Checks.notBlank(source, "source");
    }

    /** One line for people: {@code TEXT_TOO_LONG title: 41 codepoints, limit <= 32 codepoints}. */
    public String message() {
        return code + " " + field + ": " + actual + ", limit " + limit;
    }
}
