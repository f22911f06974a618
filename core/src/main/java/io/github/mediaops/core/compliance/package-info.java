/**
 * Advertising Law compliance checking for Chinese (and some English) marketing copy.
 *
 * <p>{@link io.github.mediaops.core.compliance.ComplianceChecker} finds absolute terms, restricted
 * claims, education and property promises, special-use cosmetic claims, expert endorsements, drug comparisons,
 * superstition, platform-banned words, brand taboos and missing disclosures, with the legal article, severity, a
 * {@link io.github.mediaops.core.compliance.Verdict} and its reason, and a suggested rewrite for each finding. A rule
 * layer ({@link io.github.mediaops.core.compliance.Rule}) over the word lists finds composite claims and drops the
 * lawful uses of the SAMR 2023 guideline. Matching is normalised and linear
 * ({@link io.github.mediaops.core.compliance.TermMatcher}); dictionaries
 * ({@link io.github.mediaops.core.compliance.Dictionary}) are plain text files that can be merged and
 * swapped at run time. See {@code core/RULES.md}.
 */
package io.github.mediaops.core.compliance;
