package io.github.mediaops.core.compliance;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * Speed work on the checker must not change what it reports. {@code compliance/findings-snapshot.txt} holds every
 * field of every finding the checker gave, before the speed rework of issue 15, for each line of the development corpus,
 * and digests of the findings for long and short texts assembled from those lines with random separators. Regenerate it
 * only for an intended change of findings: {@code -Dcompliance.snapshot.write=<path of the resource>}.
 */
class FindingsSnapshotTest {
    private static final String RESOURCE = "/compliance/findings-snapshot.txt";
    private static final String[] SEPARATORS = {"", "", "，", "。", "\n", " ", "！", "；"};

    @Test
    void findings_are_those_recorded_before_the_speed_rework() throws IOException {
        String actual = snapshot(ComplianceChecker.withBundledDictionary());
        String out = System.getProperty("compliance.snapshot.write");
        if (out != null && !out.isBlank()) {
            Files.writeString(Path.of(out), actual, StandardCharsets.UTF_8);
        }
        String expected;
        try (InputStream in = Objects.requireNonNull(getClass().getResourceAsStream(RESOURCE), RESOURCE)) {
            expected = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        List<String> exp = expected.lines().toList();
        List<String> act = actual.lines().toList();
        assertThat(exp).hasSizeGreaterThan(1_000);
        for (int i = 0; i < Math.min(exp.size(), act.size()); i++) {
            assertThat(act.get(i)).as("snapshot line %d", i + 1).isEqualTo(exp.get(i));
        }
        assertThat(act).hasSameSizeAs(exp);
    }

    static String snapshot(ComplianceChecker checker) {
        List<CorpusEvaluation.Line> lines = CorpusEvaluation.read("dev");
        StringBuilder b = new StringBuilder();
        for (CorpusEvaluation.Line line : lines) {
            for (Finding f : checker.check(line.text(), line.platform(), "text")) {
                b.append(line.no()).append('\t').append(row(f)).append('\n');
            }
        }
        // many findings per text, including pair rules across line boundaries and overlaps between adjacent lines
        for (int size : new int[] {120, 120, 500, 4_096, 65_536, 262_144}) {
            for (long seed = 1; seed <= (size <= 500 ? 200 : 2); seed++) {
                String text = assemble(lines, size, seed * 7919 + size);
                List<Finding> found = checker.check(text);
                StringBuilder all = new StringBuilder();
                for (Finding f : found) {
                    all.append(row(f)).append('\n');
                }
                b.append("assembled ").append(size).append(' ').append(seed).append('\t').append(found.size()).append('\t')
                        .append(sha256(all.toString())).append('\n');
            }
        }
        return b.toString();
    }

    private static String row(Finding f) {
        return String.join("\t", f.field(), Integer.toString(f.start()), Integer.toString(f.end()), f.matched(), f.term(),
                f.category().name(), f.basis(), f.severity().name(), f.suggestion(), f.verdict().name(), f.rule(),
                f.reason()).replace("\n", "\\n");
    }

    private static String assemble(List<CorpusEvaluation.Line> lines, int size, long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        StringBuilder b = new StringBuilder(size + 256);
        List<String> texts = new ArrayList<>(lines.size());
        lines.forEach(l -> texts.add(l.text()));
        while (b.length() < size) {
            b.append(texts.get(r.nextInt(texts.size()))).append(SEPARATORS[r.nextInt(SEPARATORS.length)]);
        }
        b.setLength(size);
        return b.toString();
    }

    private static String sha256(String s) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
