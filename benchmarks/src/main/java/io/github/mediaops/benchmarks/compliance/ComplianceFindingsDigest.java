package io.github.mediaops.benchmarks.compliance;

import io.github.mediaops.core.compliance.ComplianceChecker;
import io.github.mediaops.core.compliance.Finding;
import io.github.mediaops.core.platform.Platform;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Evidence that a speed change leaves the compliance findings as they were: a SHA-256 over every finding
 * (every field: {@code toString}'s verdict, severity, category, field, span, matched text, basis, rule and suggestion,
 * then term and reason) of a fixed set of
 * texts, each checked twice in a row (the second time on the thread's reused arrays). The texts: the benchmark's 1 MiB
 * and 64 120-character texts, 300 generated texts of 50–5,133 characters, every column of every line of the given
 * development corpus ({@code core/src/test/resources/compliance/corpus/dev.tsv}; never the frozen part), each corpus text
 * again with seeded floods of skipped characters (emoji, variation selectors, spaces, zero-width spaces; up to 70 in a
 * row) between its characters, 100 long texts joined from corpus texts, and every corpus text for six platforms. Run
 * with the jar of each build and compare the digests:
 * {@code java -cp benchmarks/target/benchmarks.jar io.github.mediaops.benchmarks.compliance.ComplianceFindingsDigest
 * core/src/test/resources/compliance/corpus/dev.tsv}.
 */
public final class ComplianceFindingsDigest {
    private static final String[] SKIPPED = {"🔥", "\uFE0F", " ", "✨", "*", "\u200B", "  ", "🈚", "·", "-"};

    private ComplianceFindingsDigest() {
    }

    public static void main(String[] args) throws Exception {
        List<String> texts = new ArrayList<>();
        texts.add(ComplianceTexts.text(1 << 20, 42));
        for (int i = 0; i < 64; i++) {
            texts.add(ComplianceTexts.text(120, 1000 + i));
        }
        for (int i = 0; i < 300; i++) {
            texts.add(ComplianceTexts.text(50 + (i * 977) % 5084, 7000 + i));
        }
        List<String> corpus = new ArrayList<>();
        for (String line : Files.readAllLines(Path.of(args[0]), StandardCharsets.UTF_8)) {
            if (line.startsWith("#") || line.isBlank()) {
                continue;
            }
            String[] columns = line.split("\t");
            texts.addAll(List.of(columns));
            corpus.add(columns[2]);
        }
        SplittableRandom random = new SplittableRandom(99);
        for (String t : corpus) {
            StringBuilder b = new StringBuilder();
            for (int k = 0; k < t.length(); k++) {
                b.append(t.charAt(k));
                if (random.nextInt(3) == 0) {
                    int n = random.nextInt(4) == 0 ? 10 + random.nextInt(60) : 1 + random.nextInt(3);
                    for (int j = 0; j < n; j++) {
                        b.append(SKIPPED[random.nextInt(SKIPPED.length)]);
                    }
                }
            }
            texts.add(b.toString());
        }
        for (int i = 0; i < 100; i++) {
            StringBuilder b = new StringBuilder();
            for (int j = 5 + random.nextInt(40); j > 0; j--) {
                b.append(corpus.get(random.nextInt(corpus.size())));
                if (random.nextBoolean()) {
                    b.append('，');
                }
            }
            texts.add(b.toString());
        }
        Platform[] platforms = {null, Platform.DOUYIN, Platform.XIAOHONGSHU, Platform.WECHAT_OFFICIAL_ACCOUNT,
            Platform.KUAISHOU, Platform.WEIBO};
        ComplianceChecker checker = ComplianceChecker.withBundledDictionary();
        MessageDigest digest = MessageDigest.getInstance("SHA-256");
        long findings = 0;
        for (int round = 0; round < 2; round++) {
            for (String t : texts) {
                findings += add(digest, checker.check(t));
            }
            for (String t : corpus) {
                for (Platform p : platforms) {
                    findings += add(digest, checker.check(t, p, "body"));
                }
            }
        }
        System.out.println(texts.size() + " texts and " + corpus.size() * platforms.length + " platform checks, twice: "
                + findings + " findings, SHA-256 " + HexFormat.of().formatHex(digest.digest()));
    }

    private static int add(MessageDigest digest, List<Finding> findings) {
        for (Finding f : findings) {
            digest.update((f + "|" + f.term() + "|" + f.reason()).getBytes(StandardCharsets.UTF_8));
        }
        digest.update((byte) '\n');
        return findings.size();
    }
}
