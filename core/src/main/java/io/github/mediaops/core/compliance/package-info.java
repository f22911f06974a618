/**
 * Advertising Law compliance checking for Chinese (and some English) marketing copy.
 *
 * <p>{@link io.github.mediaops.core.compliance.ComplianceChecker} finds absolute terms, restricted
 * claims, superstition, platform-banned words, brand taboos and missing disclosures, with the legal
 * article, severity and a suggested rewrite for each finding. Matching is normalised and linear
 * ({@link io.github.mediaops.core.compliance.TermMatcher}); dictionaries
 * ({@link io.github.mediaops.core.compliance.Dictionary}) are plain text files that can be merged and
 * swapped at run time. See {@code core/RULES.md}.
 */
package io.github.mediaops.core.compliance;
