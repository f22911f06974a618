package io.github.mediaops.analytics.report;

import io.github.mediaops.core.kpi.KpiUnit;
import java.util.Locale;
import java.util.OptionalDouble;

/** Number formatting shared by the renderers: by KPI unit, locale-independent. */
final class Formats {
    private Formats() {
    }

    static String value(KpiUnit unit, double v) {
        return switch (unit) {
            case FRACTION -> String.format(Locale.ROOT, "%.2f%%", v * 100);
            case COUNT, RANK -> String.format(Locale.ROOT, "%,d", Math.round(v));
            case RATIO, MONEY -> String.format(Locale.ROOT, "%,.2f", v);
            case SCORE -> String.format(Locale.ROOT, "%.1f", v);
        };
    }

    static String variance(KpiUnit unit, OptionalDouble v) {
        if (v.isEmpty()) {
            return "—";
        }
        double x = v.getAsDouble();
        String sign = x > 0 ? "+" : x < 0 ? "−" : "±";
        double a = Math.abs(x);
        return sign + switch (unit) {
            case FRACTION -> String.format(Locale.ROOT, "%.2f pp", a * 100);
            case COUNT, RANK -> String.format(Locale.ROOT, "%,d", Math.round(a));
            case RATIO, MONEY -> String.format(Locale.ROOT, "%,.2f", a);
            case SCORE -> String.format(Locale.ROOT, "%.1f", a);
        };
    }

    static String percent(OptionalDouble v) {
        return v.isPresent() ? String.format(Locale.ROOT, "%.1f%%", v.getAsDouble() * 100) : "—";
    }

    static String status(KpiLine line) {
        return line.met().map(m -> m ? "met" : "missed").orElse("no target");
    }
}
