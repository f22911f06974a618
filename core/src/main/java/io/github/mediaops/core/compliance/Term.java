package io.github.mediaops.core.compliance;

import io.github.mediaops.core.validate.Checks;
import io.github.mediaops.core.platform.Platform;
import java.util.Set;

/**
 * One dictionary entry.
 *
 * @param text       the term as written in the dictionary (matching is normalised); a leading {@code {d}}
 *                   means "only right after a digit"
 * @param category   what kind of problem it signals
 * @param severity   how bad a match is
 * @param basis      the legal article or platform rule, e.g. {@code 广告法第九条第三项}
 * @param suggestion a suggested rewrite; may be empty (then the category's advice applies)
 * @param platforms  the platforms the term applies to; empty means every platform
 */
public record Term(String text, Category category, Severity severity, String basis, String suggestion,
                   Set<Platform> platforms) {
    public Term {
        Checks.notBlank(text, "text");
        Checks.notNull(category, "category");
        Checks.notNull(severity, "severity");
        Checks.notBlank(basis, "basis");
        Checks.notNull(suggestion, "suggestion");
        platforms = Checks.setOf(platforms, "platforms");
    }

    /** Whether the term applies when checking for {@code platform} ({@code null}: no particular platform). */
    public boolean appliesTo(Platform platform) {
        return platforms.isEmpty() || (platform != null && platforms.contains(platform));
    }
}
