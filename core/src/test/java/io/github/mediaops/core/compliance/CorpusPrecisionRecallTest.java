package io.github.mediaops.core.compliance;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Precision and recall on the development part of the labelled corpus (the part the rules were tuned on). The frozen
 * part is scored once, at the end, by {@link CorpusEvaluation#main}; see core/RULES.md.
 */
class CorpusPrecisionRecallTest {
    @Test
    void precision_and_recall_on_the_development_part() {
        List<CorpusEvaluation.Line> lines = CorpusEvaluation.read("dev");
        CorpusEvaluation.Result r = CorpusEvaluation.evaluate(ComplianceChecker.withBundledDictionary(), lines);
        System.out.print(r.table());
        assertThat(lines).hasSizeGreaterThanOrEqualTo(900);
        assertThat(r.total().precision()).as("precision; errors: %s", r.errors()).isGreaterThanOrEqualTo(0.95);
        assertThat(r.total().recall()).as("recall; errors: %s", r.errors()).isGreaterThanOrEqualTo(0.95);
    }
}
