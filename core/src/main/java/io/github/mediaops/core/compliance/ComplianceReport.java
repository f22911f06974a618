package io.github.mediaops.core.compliance;

import io.github.mediaops.core.validate.Checks;
import java.util.List;

/**
 * Every compliance finding for one piece of content, ordered by field then position.
 *
 * @param findings the findings; empty when nothing was found
 */
public record ComplianceReport(List<Finding> findings) {
    public ComplianceReport {
        findings = Checks.listOf(findings, "findings");
    }

    /** Whether nothing was found. */
    public boolean isClean() {
        return findings.isEmpty();
    }

    /** The findings of at least {@code severity} ({@code HIGH} is the most severe). */
    public List<Finding> atLeast(Severity severity) {
        return findings.stream().filter(f -> f.severity().ordinal() <= severity.ordinal()).toList();
    }

    /** The findings of one category. */
    public List<Finding> of(Category category) {
        return findings.stream().filter(f -> f.category() == category).toList();
    }
}
