package io.github.mediaops.analytics.report;

import io.github.mediaops.core.validate.Checks;
import java.util.List;

/**
 * A narrative section of a report: a heading, paragraphs of plain text and charts.
 *
 * @param heading    the heading
 * @param paragraphs plain-text paragraphs (escaped by the renderers)
 * @param charts     charts, in order
 */
public record Section(String heading, List<String> paragraphs, List<Chart> charts) {
    public Section {
        Checks.notBlank(heading, "heading");
        paragraphs = Checks.listOf(paragraphs, "paragraphs");
        charts = Checks.listOf(charts, "charts");
    }
}
