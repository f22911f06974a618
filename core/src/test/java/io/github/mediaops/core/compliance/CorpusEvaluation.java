package io.github.mediaops.core.compliance;

import io.github.mediaops.core.platform.Platform;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Reads a part of the labelled corpus ({@code src/test/resources/compliance/corpus/dev.tsv} or {@code frozen.tsv}) and
 * scores the checker on it, counted per (line, category): a category with a finding of any verdict on a line labelled
 * with it is a true positive, on a line not labelled with it a false positive; a label without a finding is a false
 * negative. Among true positives, the verdict is compared with the label ({@code ABS?} expects REVIEW).
 *
 * <p>The frozen part is scored by running {@link #main} with {@code frozen}; see core/RULES.md for the protocol.
 */
final class CorpusEvaluation {
    static final Map<String, Category> CODES = Map.ofEntries(Map.entry("ABS", Category.ABSOLUTE_TERM),
            Map.entry("MED", Category.MEDICAL_CLAIM), Map.entry("EFF", Category.EFFICACY_GUARANTEE),
            Map.entry("FIN", Category.FINANCIAL_PROMISE), Map.entry("EDU", Category.EDUCATION_PROMISE),
            Map.entry("PROP", Category.PROPERTY_PROMISE), Map.entry("BA", Category.BEFORE_AFTER),
            Map.entry("COSM", Category.SPECIAL_USE_COSMETIC), Map.entry("EXPERT", Category.EXPERT_ENDORSEMENT),
            Map.entry("DRUG", Category.DRUG_COMPARISON), Map.entry("STATE", Category.STATE_ENDORSEMENT),
            Map.entry("SUP", Category.SUPERSTITION), Map.entry("PLAT", Category.PLATFORM_BANNED));

    record Line(int no, Map<Category, Verdict> expected, Platform platform, String text, String source) {
    }

    /** Counts for one category. */
    static final class Count {
        int tp;
        int fp;
        int fn;
        int verdictMismatch;

        double precision() {
            return tp + fp == 0 ? 1.0 : tp / (double) (tp + fp);
        }

        double recall() {
            return tp + fn == 0 ? 1.0 : tp / (double) (tp + fn);
        }
    }

    record Result(int lines, int violating, Map<Category, Count> perCategory, Count total, List<String> errors) {
        String table() {
            StringBuilder b = new StringBuilder();
            b.append(String.format("%d lines (%d labelled, %d clean)%n", lines, violating, lines - violating));
            b.append(String.format("%-22s %5s %5s %5s %9s %9s %s%n", "category", "TP", "FP", "FN", "precision", "recall",
                    "verdict≠label"));
            for (Map.Entry<Category, Count> e : perCategory.entrySet()) {
                Count c = e.getValue();
                b.append(String.format("%-22s %5d %5d %5d %9.3f %9.3f %d%n", e.getKey(), c.tp, c.fp, c.fn, c.precision(),
                        c.recall(), c.verdictMismatch));
            }
            b.append(String.format("%-22s %5d %5d %5d %9.3f %9.3f %d%n", "ALL (micro)", total.tp, total.fp, total.fn,
                    total.precision(), total.recall(), total.verdictMismatch));
            return b.toString();
        }
    }

    private CorpusEvaluation() {
    }

    static List<Line> read(String part) {
        List<Line> out = new ArrayList<>();
        String path = "/compliance/corpus/" + part + ".tsv";
        try (BufferedReader r = new BufferedReader(new InputStreamReader(Objects.requireNonNull(
                CorpusEvaluation.class.getResourceAsStream(path), path), StandardCharsets.UTF_8))) {
            String line;
            int no = 0;
            while ((line = r.readLine()) != null) {
                no++;
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] cols = line.split("\t", -1);
                if (cols.length != 4) {
                    throw new IllegalStateException(path + ":" + no + ": expected 4 columns, got " + cols.length);
                }
                Map<Category, Verdict> expected = new EnumMap<>(Category.class);
                if (!cols[0].equals("-")) {
                    for (String code : cols[0].split(",")) {
                        boolean review = code.endsWith("?");
                        String c = review ? code.substring(0, code.length() - 1) : code;
                        expected.put(Objects.requireNonNull(CODES.get(c), path + ":" + no + ": unknown code " + code),
                                review ? Verdict.REVIEW : Verdict.VIOLATION);
                    }
                }
                Platform p = cols[1].equals("-") ? null : Platform.of(cols[1]);
                out.add(new Line(no, expected, p, cols[2], cols[3]));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    static Result evaluate(ComplianceChecker checker, List<Line> lines) {
        Map<Category, Count> per = new EnumMap<>(Category.class);
        Count total = new Count();
        List<String> errors = new ArrayList<>();
        int violating = 0;
        for (Line l : lines) {
            Map<Category, Verdict> found = new EnumMap<>(Category.class);
            for (Finding f : checker.check(l.text(), l.platform(), "text")) {
                found.merge(f.category(), f.verdict(), (a, b) -> a == Verdict.VIOLATION ? a : b);
            }
            Set<Category> all = EnumSet.noneOf(Category.class);
            all.addAll(found.keySet());
            all.addAll(l.expected().keySet());
            for (Category c : all) {
                Count k = per.computeIfAbsent(c, x -> new Count());
                boolean e = l.expected().containsKey(c);
                boolean f = found.containsKey(c);
                if (e && f) {
                    k.tp++;
                    total.tp++;
                    if (found.get(c) != l.expected().get(c)) {
                        k.verdictMismatch++;
                        total.verdictMismatch++;
                        errors.add("VERDICT " + c + " " + found.get(c) + " (label " + l.expected().get(c) + "): " + l.text());
                    }
                } else if (f) {
                    k.fp++;
                    total.fp++;
                    errors.add("FP " + c + ": " + l.text() + "  " + checker.check(l.text(), l.platform(), "text"));
                } else {
                    k.fn++;
                    total.fn++;
                    errors.add("FN " + c + ": " + l.text());
                }
            }
            if (!l.expected().isEmpty()) {
                violating++;
            }
        }
        return new Result(lines.size(), violating, per, total, errors);
    }

    /** Scores one part: {@code dev} or {@code frozen}. Prints the table and, with {@code -v}, every error. */
    public static void main(String[] args) {
        String part = args.length > 0 ? args[0] : "dev";
        Result r = evaluate(ComplianceChecker.withBundledDictionary(), read(part));
        System.out.print(r.table());
        if (args.length > 1 && args[1].equals("-v")) {
            r.errors().forEach(System.out::println);
        }
    }
}
