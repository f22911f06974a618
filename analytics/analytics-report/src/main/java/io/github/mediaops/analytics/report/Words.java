package io.github.mediaops.analytics.report;

import io.github.mediaops.core.kpi.KpiCatalog;
import io.github.mediaops.core.kpi.KpiDefinition;
import io.github.mediaops.core.kpi.KpiUnit;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.text.MessageFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import java.util.OptionalDouble;
import java.util.Properties;

/**
 * The report's own words and number and date formats for one locale, from the UTF-8 files
 * {@code ReportWords_<language>.properties} beside this class ({@code ReportWords_zh} for Chinese) over
 * {@code ReportWords.properties} (English, for every language without its own file). Never looks at the
 * JVM's default locale, so a report renders the same on every server.
 */
final class Words {
    private final Locale locale;
    private final Properties base;
    private final Properties own;
    private final DecimalFormatSymbols symbols;
    private final DateTimeFormatter longDate;
    private final DateTimeFormatter axisDate;

    Words(Locale locale) {
        this.locale = locale;
        this.base = load("ReportWords.properties");
        this.own = locale.getLanguage().isEmpty() ? base : load("ReportWords_" + locale.getLanguage() + ".properties");
        this.symbols = DecimalFormatSymbols.getInstance(locale);
        this.longDate = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale);
        this.axisDate = DateTimeFormatter.ofPattern(word("date.axis"), locale);
    }

    Locale locale() {
        return locale;
    }

    /** The word for a key, e.g. {@code goals}. */
    String word(String key) {
        String w = own.getProperty(key, base.getProperty(key));
        if (w == null) {
            throw new IllegalStateException("ReportWords has no word " + key); // a packaging error, not input
        }
        return w;
    }

    private static Properties load(String name) {
        Properties p = new Properties();
        try (InputStream in = Words.class.getResourceAsStream(name)) {
            if (in != null) {
                p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + name, e);
        }
        return p;
    }

    /** A word with {0}, {1}… filled in. */
    String word(String key, Object... args) {
        return new MessageFormat(word(key), locale).format(args);
    }

    String date(LocalDate d) {
        return longDate.format(d);
    }

    String axisDate(LocalDate d) {
        return axisDate.format(d);
    }

    /**
     * The name to show for a KPI: the translation of a standard KPI when the line carries the catalog's
     * own definition, otherwise the name the host gave.
     */
    String kpiName(KpiDefinition kpi) {
        String key = "kpi." + kpi.id();
        boolean standard = KpiCatalog.standard().find(kpi.id()).filter(kpi::equals).isPresent();
        return standard && own.containsKey(key) ? own.getProperty(key) : kpi.name();
    }

    /** Met, missed, no target, or "not measured" with the reason (the reason is the host's text). */
    String status(KpiLine line) {
        if (!line.measured()) {
            return word("status.notMeasured") + word("label.separator") + line.notMeasuredBecause().orElseThrow();
        }
        return word(line.met().map(m -> m ? "status.met" : "status.missed").orElse("status.none"));
    }

    /** The CSS class for a line's status (locale-independent). */
    static String statusClass(KpiLine line) {
        return line.measured() ? line.met().map(m -> m ? "met" : "missed").orElse("no-target") : "not-measured";
    }

    /** A line's actual value in its unit, or a dash when it was not measured. */
    String actual(KpiLine line) {
        return line.actual().isPresent() ? value(line.kpi().unit(), line.actual().getAsDouble()) : "—";
    }

    /** A value in its KPI's unit: fractions as percentages, counts and ranks whole, money with 2 decimals. */
    String value(KpiUnit unit, double v) {
        return switch (unit) {
            case FRACTION -> number(v * 100, 2) + "%";
            case COUNT, RANK -> number(v, 0);
            case RATIO, MONEY -> number(v, 2);
            case SCORE -> number(v, 1);
        };
    }

    /** Actual − target with an explicit sign; fractions in percentage points. */
    String variance(KpiUnit unit, OptionalDouble v) {
        if (v.isEmpty()) {
            return "—";
        }
        double x = v.getAsDouble();
        String sign = x > 0 ? "+" : x < 0 ? "−" : "±";
        double a = Math.abs(x);
        return sign + switch (unit) {
            case FRACTION -> number(a * 100, 2) + word("unit.points");
            case COUNT, RANK -> number(a, 0);
            case RATIO, MONEY -> number(a, 2);
            case SCORE -> number(a, 1);
        };
    }

    /** A fraction as a percentage with one decimal, or a dash when absent. */
    String percent(OptionalDouble v) {
        return v.isPresent() ? percent(v.getAsDouble(), 1) : "—";
    }

    String percent(double fraction, int decimals) {
        return number(fraction * 100, decimals) + "%";
    }

    /** A number with grouping and exactly {@code decimals} decimals (half-up). */
    String number(double v, int decimals) {
        DecimalFormat f = new DecimalFormat(decimals == 0 ? "#,##0" : "#,##0." + "0".repeat(decimals), symbols);
        f.setRoundingMode(RoundingMode.HALF_UP);
        return f.format(v);
    }

    /**
     * A short axis or bar label: 4,700 → "4.7K" in English, 47,000 → "4.7万" in Chinese (the units of
     * each language's own grouping), at most one decimal.
     */
    String compact(double v) {
        for (int level = 2; level >= 1; level--) {
            double divisor = Double.parseDouble(word("compact." + level + ".divisor"));
            if (Math.abs(v) >= divisor) {
                return trimmed(v / divisor) + word("compact." + level);
            }
        }
        return trimmed(v);
    }

    private String trimmed(double v) {
        DecimalFormat f = new DecimalFormat("#,##0.#", symbols);
        f.setRoundingMode(RoundingMode.HALF_UP);
        return f.format(v);
    }
}
