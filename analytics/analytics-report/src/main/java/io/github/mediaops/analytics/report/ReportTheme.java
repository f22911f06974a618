package io.github.mediaops.analytics.report;

import io.github.mediaops.core.InvalidValueException;
import io.github.mediaops.core.validate.Checks;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The look of a rendered report: the brand's colours and the font stack. Colours are CSS hex colours
 * ({@code #RRGGBB}); the font stack is a CSS {@code font-family} list and must end in a generic family.
 * The default stack names the common Simplified-Chinese fonts of macOS, Windows, Linux and Android
 * before the generic {@code sans-serif}, so Chinese labels render as text wherever a CJK font exists.
 *
 * <pre>{@code
 * ReportTheme brand = ReportTheme.defaults().toBuilder()
 *         .accent("#C8102E")                       // headings, heat-map scale
 *         .series(List.of("#C8102E", "#1F2937", "#F59E0B"))
 *         .build();
 * }</pre>
 *
 * @param accent     the accent colour: heading rules, table header line, heat-map cells
 * @param series     the colours of chart series, in order (reused cyclically); at least one
 * @param fontFamily the CSS font stack for the page and its charts
 * @since 0.1.0
 */
public record ReportTheme(String accent, List<String> series, String fontFamily) {
    private static final Pattern COLOUR = Pattern.compile("#[0-9A-Fa-f]{6}");
    /** Letters, digits, spaces, quotes, commas, hyphens, dots and underscores: nothing that ends a CSS value. */
    private static final Pattern FONT_STACK = Pattern.compile("[\\p{L}\\p{N} ,'\"._-]+");

    /** The default font stack: system UI fonts, then Simplified-Chinese fonts of each platform, then sans-serif. */
    public static final String DEFAULT_FONT_FAMILY = "system-ui, -apple-system, 'Segoe UI', 'PingFang SC', "
            + "'Hiragino Sans GB', 'Microsoft YaHei', 'Noto Sans CJK SC', 'Source Han Sans SC', "
            + "'WenQuanYi Micro Hei', 'Droid Sans Fallback', sans-serif";

    private static final ReportTheme DEFAULTS = new ReportTheme("#2F5BEA",
            List.of("#2F5BEA", "#F08A24", "#1F9D74", "#8B5CF6", "#E0485A", "#64748B"), DEFAULT_FONT_FAMILY);

    /** Validates every colour and the font stack, naming the field and the value refused. */
    public ReportTheme {
        colour(accent, "accent");
        series = Checks.listOf(series, "series");
        if (series.isEmpty()) {
            throw new InvalidValueException("series", "series must hold at least one colour (was empty)");
        }
        for (int i = 0; i < series.size(); i++) {
            colour(series.get(i), "series[" + i + "]");
        }
        Checks.notBlank(fontFamily, "fontFamily");
        if (!FONT_STACK.matcher(fontFamily).matches()) {
            throw new InvalidValueException("fontFamily", "fontFamily may hold only letters, digits, spaces, "
                    + "quotes, commas, hyphens, dots and underscores (was " + Checks.show(fontFamily) + ")");
        }
    }

    /** A blue accent, six distinct series colours and {@link #DEFAULT_FONT_FAMILY}. */
    public static ReportTheme defaults() {
        return DEFAULTS;
    }

    /** A builder starting from this theme. */
    public Builder toBuilder() {
        return new Builder(this);
    }

    /** The colour of the {@code i}-th series (cyclic). */
    String seriesColour(int i) {
        return series.get(i % series.size());
    }

    private static void colour(String value, String field) {
        Checks.notNull(value, field);
        if (!COLOUR.matcher(value).matches()) {
            throw new InvalidValueException(field, field + " must be a colour #RRGGBB (was " + Checks.show(value) + ")");
        }
    }

    /** Derives a theme; {@link #build()} validates. */
    public static final class Builder {
        private String accent;
        private List<String> series;
        private String fontFamily;

        private Builder(ReportTheme from) {
            this.accent = from.accent;
            this.series = from.series;
            this.fontFamily = from.fontFamily;
        }

        /** The accent colour, {@code #RRGGBB}. */
        public Builder accent(String colour) {
            this.accent = colour;
            return this;
        }

        /** The series colours, {@code #RRGGBB} each, in order. */
        public Builder series(List<String> colours) {
            this.series = colours;
            return this;
        }

        /** The CSS font stack; end it in a generic family such as {@code sans-serif}. */
        public Builder fontFamily(String stack) {
            this.fontFamily = stack;
            return this;
        }

        /** The theme; throws {@link InvalidValueException} naming the first invalid part. */
        public ReportTheme build() {
            return new ReportTheme(accent, series, fontFamily);
        }
    }
}
