package io.github.mediaops.connector.datatools;

import io.github.mediaops.connector.imports.ImportRow;
import io.github.mediaops.connector.imports.Quantity;
import java.math.BigDecimal;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;

/** Cell readings both tools' rows share. */
final class Cells {
    /** What the tools print in the rank column of a totals row. */
    private static final Set<String> TOTALS = Set.of("合计", "总计", "汇总", "总数", "平均", "均值");

    private Cells() {
    }

    /** The text of a required column, or the row's problem "a value is required". */
    static String required(ImportRow row, String key) {
        return row.text(key).orElseThrow(() -> row.missing(key));
    }

    /** The rank; a totals row ({@code 合计}) is skipped on purpose. */
    static OptionalLong rank(ImportRow row, String key) {
        Optional<String> text = row.text(key);
        if (text.isPresent() && TOTALS.contains(text.get().strip())) {
            throw row.skip("totals row (" + text.get().strip() + ")");
        }
        return row.count(key);
    }

    /** A count, a bound or a range that must not be negative. */
    static Optional<Quantity> amount(ImportRow row, String key) {
        Optional<Quantity> q = row.quantity(key);
        if (q.isPresent() && q.get().low().signum() < 0) {
            throw row.problem(key, "must not be negative");
        }
        return q;
    }

    /** A rate ({@code 12.3%} is 0.123) that must not be negative. */
    static Optional<BigDecimal> rate(ImportRow row, String key) {
        Optional<BigDecimal> r = row.fraction(key);
        if (r.isPresent() && r.get().signum() < 0) {
            throw row.problem(key, "must not be negative");
        }
        return r;
    }

    /** An exact number (a score) that must not be negative. */
    static Optional<BigDecimal> score(ImportRow row, String key) {
        Optional<BigDecimal> v = row.decimal(key);
        if (v.isPresent() && v.get().signum() < 0) {
            throw row.problem(key, "must not be negative");
        }
        return v;
    }
}
