package io.github.mediaops.core.compliance;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.mediaops.core.platform.Platform;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Precision and recall of the bundled dictionary on the hand-labelled corpus
 * {@code src/test/resources/compliance/corpus.tsv}, counted per (line, category) pair: a category found on
 * a line that is labelled with it is a true positive, one not labelled a false positive, a label not
 * found a false negative.
 */
class CorpusPrecisionRecallTest {
    private static final Map<String, Category> CODES = Map.of("ABS", Category.ABSOLUTE_TERM, "MED", Category.MEDICAL_CLAIM,
            "EFF", Category.EFFICACY_GUARANTEE, "FIN", Category.FINANCIAL_PROMISE, "BA", Category.BEFORE_AFTER,
            "STATE", Category.STATE_ENDORSEMENT, "SUP", Category.SUPERSTITION, "PLAT", Category.PLATFORM_BANNED);

    record Line(int no, Set<Category> expected, Platform platform, String text) {
    }

    static List<Line> corpus() throws IOException {
        List<Line> out = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(Objects.requireNonNull(
                CorpusPrecisionRecallTest.class.getResourceAsStream("/compliance/corpus.tsv")), StandardCharsets.UTF_8))) {
            String line;
            int no = 0;
            while ((line = r.readLine()) != null) {
                no++;
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] cols = line.split("\t", 3);
                assertThat(cols).as("line " + no).hasSize(3);
                EnumSet<Category> expected = EnumSet.noneOf(Category.class);
                if (!cols[0].equals("-")) {
                    for (String code : cols[0].split(",")) {
                        expected.add(Objects.requireNonNull(CODES.get(code.strip()), "unknown code " + code + " on line " + no));
                    }
                }
                Platform p = cols[1].equals("-") ? null : Platform.of(cols[1]);
                out.add(new Line(no, expected, p, cols[2]));
            }
        }
        return out;
    }

    @Test
    void precision_and_recall_on_the_labelled_corpus_are_at_least_095() throws IOException {
        List<Line> lines = corpus();
        ComplianceChecker checker = ComplianceChecker.withBundledDictionary();
        int tp = 0;
        int fp = 0;
        int fn = 0;
        int violating = 0;
        int lineTp = 0;
        int lineFp = 0;
        int lineFn = 0;
        List<String> errors = new ArrayList<>();
        for (Line l : lines) {
            EnumSet<Category> found = EnumSet.noneOf(Category.class);
            checker.check(l.text(), l.platform(), "text").forEach(f -> found.add(f.category()));
            for (Category c : found) {
                if (l.expected().contains(c)) {
                    tp++;
                } else {
                    fp++;
                    errors.add("FP line " + l.no() + " " + c + ": " + l.text());
                }
            }
            for (Category c : l.expected()) {
                if (!found.contains(c)) {
                    fn++;
                    errors.add("FN line " + l.no() + " " + c + ": " + l.text());
                }
            }
            if (!l.expected().isEmpty()) {
                violating++;
            }
            boolean flagged = !found.isEmpty();
            boolean bad = !l.expected().isEmpty();
            if (flagged && bad) {
                lineTp++;
            } else if (flagged) {
                lineFp++;
            } else if (bad) {
                lineFn++;
            }
        }
        double precision = tp / (double) (tp + fp);
        double recall = tp / (double) (tp + fn);
        System.out.printf("corpus: %d lines (%d violating, %d clean)%n", lines.size(), violating, lines.size() - violating);
        System.out.printf("per category: TP=%d FP=%d FN=%d precision=%.4f recall=%.4f%n", tp, fp, fn, precision, recall);
        System.out.printf("per line:     TP=%d FP=%d FN=%d precision=%.4f recall=%.4f%n", lineTp, lineFp, lineFn,
                lineTp / (double) (lineTp + lineFp), lineTp / (double) (lineTp + lineFn));
        errors.forEach(System.out::println);
        assertThat(lines).hasSizeGreaterThanOrEqualTo(300);
        assertThat(violating).isGreaterThanOrEqualTo(100);
        assertThat(lines.size() - violating).isGreaterThanOrEqualTo(100);
        assertThat(precision).as("precision; errors: %s", errors).isGreaterThanOrEqualTo(0.95);
        assertThat(recall).as("recall; errors: %s", errors).isGreaterThanOrEqualTo(0.95);
    }
}
