package io.github.mediaops.core.rules;

import io.github.mediaops.core.validate.Checks;
import io.github.mediaops.core.platform.Platform;
import java.util.List;

/**
 * The result of validating one content item against one platform form: every violation found, not
 * only the first.
 *
 * @param platform   the platform
 * @param form       the form within the platform
 * @param violations every violation, in field order (title, body, summary, media, cover, hashtags,
 *                   mentions, links)
 */
public record ValidationReport(Platform platform, String form, List<Violation> violations) {
    public ValidationReport {
        Checks.notNull(platform, "platform");
        Checks.notBlank(form, "form");
        violations = Checks.listOf(violations, "violations");
    }

    /** Whether there is no violation at all. */
    public boolean isValid() {
        return violations.isEmpty();
    }

    /** Whether no rule of at least {@code minimum} confidence is broken ({@code OFFICIAL} ignores unverified rules). */
    public boolean isValidAt(Confidence minimum) {
        return violations.stream().noneMatch(v -> v.confidence().ordinal() <= minimum.ordinal());
    }

    /** The violations with a given code. */
    public List<Violation> withCode(ViolationCode code) {
        return violations.stream().filter(v -> v.code() == code).toList();
    }
}
