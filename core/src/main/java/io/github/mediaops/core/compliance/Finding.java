package io.github.mediaops.core.compliance;

import com.fasterxml.jackson.annotation.JsonProperty;

import io.github.mediaops.core.validate.Checks;

/**
 * One compliance problem found in a text.
 *
 * @param field      where: {@code title}, {@code body}, {@code summary}, {@code script[3]} … ({@code text}
 *                   for a bare string)
 * @param start      first char of the match in that field's text (UTF-16 index); 0 for a missing label
 * @param end        one past the last char; equal to {@code start} for a missing label
 * @param matched    the text as written, e.g. {@code 最*佳}
 * @param term       the dictionary term it matched, e.g. {@code 最佳}; for a missing label the label wanted
 * @param category   what kind of problem
 * @param basis      the legal article or platform rule
 * @param severity   how bad
 * @param suggestion a suggested rewrite or fix
 * @param verdict    {@link Verdict#VIOLATION}, or {@link Verdict#REVIEW} when it depends on facts the checker cannot know
 * @param rule       the id of the rule that produced or qualified it ({@code dictionary} for a plain term)
 * @param reason     why, in words a reviewer can act on; never empty
 */
public record Finding(String field, @JsonProperty(required = true) int start, @JsonProperty(required = true) int end,
                      String matched, String term, Category category, String basis,
                      Severity severity, String suggestion, Verdict verdict, String rule, String reason) {
    /** A dictionary-term {@link Verdict#VIOLATION}, its reason naming the term and the basis. */
    public Finding(String field, int start, int end, String matched, String term, Category category, String basis,
                   Severity severity, String suggestion) {
        this(field, start, end, matched, term, category, basis, severity, suggestion, Verdict.VIOLATION, "dictionary",
                "「" + term + "」: " + basis);
    }

    public Finding {
        Checks.notBlank(field, "field");
        Checks.nonNegative(start, "start");
        if (end < start) {
            throw new io.github.mediaops.core.InvalidValueException("end", "end must be >= start (was " + start + ".." + end + ")");
        }
        Checks.notNull(matched, "matched");
        Checks.notBlank(term, "term");
        Checks.notNull(category, "category");
        Checks.notBlank(basis, "basis");
        Checks.notNull(severity, "severity");
        Checks.notNull(suggestion, "suggestion");
        Checks.notNull(verdict, "verdict");
        Checks.notBlank(rule, "rule");
        Checks.notBlank(reason, "reason");
    }

    @Override
    public String toString() {
        return verdict + " " + severity + " " + category + " " + field + "[" + start + "," + end + ") \"" + matched + "\" (" + basis + ")"
                + " [" + rule + "]" + (suggestion.isEmpty() ? "" : " → " + suggestion);
    }
}
