package io.github.mediaops.analytics.report;

import java.util.Locale;

/**
 * A small SVG writer: shapes and real {@code <text>} elements, every string escaped. Text widths are
 * estimated (a CJK character is one em wide, a Latin one at most about 0.7 em), which is enough to lay out
 * labels and legends without a font at render time: the reader's browser draws the glyphs.
 */
final class Svg {
    static final String INK = "#1F2937";
    static final String MUTED = "#6B7280";
    static final String GRID = "#E5E7EB";
    static final String AXIS = "#9CA3AF";

    private final StringBuilder body = new StringBuilder(2048);

    Svg rect(double x, double y, double w, double h, String fill, String extra) {
        body.append("<rect x=\"").append(n(x)).append("\" y=\"").append(n(y)).append("\" width=\"").append(n(w))
                .append("\" height=\"").append(n(h)).append("\" fill=\"").append(fill).append('"').append(extra).append("/>\n");
        return this;
    }

    Svg line(double x1, double y1, double x2, double y2, String stroke) {
        body.append("<line x1=\"").append(n(x1)).append("\" y1=\"").append(n(y1)).append("\" x2=\"").append(n(x2))
                .append("\" y2=\"").append(n(y2)).append("\" stroke=\"").append(stroke).append("\"/>\n");
        return this;
    }

    Svg polyline(double[] xs, double[] ys, String stroke) {
        body.append("<polyline fill=\"none\" stroke=\"").append(stroke)
                .append("\" stroke-width=\"2.5\" stroke-linejoin=\"round\" stroke-linecap=\"round\" points=\"");
        for (int i = 0; i < xs.length; i++) {
            body.append(i == 0 ? "" : " ").append(n(xs[i])).append(',').append(n(ys[i]));
        }
        body.append("\"/>\n");
        return this;
    }

    Svg circle(double cx, double cy, double r, String fill) {
        body.append("<circle cx=\"").append(n(cx)).append("\" cy=\"").append(n(cy)).append("\" r=\"").append(n(r))
                .append("\" fill=\"").append(fill).append("\" stroke=\"#FFFFFF\" stroke-width=\"1.5\"/>\n");
        return this;
    }

    /**
     * A text element. {@code anchor} is start, middle or end; {@code full}, when it differs from the shown
     * text (a label cut to fit), becomes the element's tooltip.
     */
    Svg text(double x, double y, String anchor, double size, String fill, String shown, String full, String extra) {
        // whole pixels: crisp text, and one word always comes out as the same pixels wherever it stands
        body.append("<text x=\"").append(Math.round(x)).append("\" y=\"").append(Math.round(y)).append('"');
        if (!"start".equals(anchor)) {
            body.append(" text-anchor=\"").append(anchor).append('"');
        }
        body.append(" font-size=\"").append(n(size)).append("\" fill=\"").append(fill).append('"').append(extra).append('>');
        if (!shown.equals(full)) {
            body.append("<title>").append(HtmlRenderer.esc(full)).append("</title>");
        }
        body.append(HtmlRenderer.esc(shown)).append("</text>\n");
        return this;
    }

    Svg text(double x, double y, String anchor, double size, String fill, String s) {
        return text(x, y, anchor, size, fill, s, s, "");
    }

    /** The finished document: a white background, an accessible name, the theme's font stack. */
    String document(int width, double height, String title, String fontFamily) {
        int h = (int) Math.ceil(height);
        return "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"" + width + "\" height=\"" + h + "\" viewBox=\"0 0 "
                + width + " " + h + "\" role=\"img\" aria-label=\"" + HtmlRenderer.esc(title) + "\" font-family=\""
                + HtmlRenderer.esc(fontFamily) + "\">\n<title>" + HtmlRenderer.esc(title) + "</title>\n<rect width=\""
                + width + "\" height=\"" + h + "\" fill=\"#FFFFFF\"/>\n" + body + "</svg>";
    }

    /** A coordinate with at most one decimal. */
    static String n(double v) {
        double r = Math.round(v * 10) / 10.0;
        return r == Math.rint(r) ? Long.toString((long) r) : String.format(Locale.ROOT, "%.1f", r);
    }

    /** The estimated width of {@code s} at {@code size} px. */
    static double width(String s, double size) {
        double em = 0;
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            em += wide(cp) ? 1.0 : cp == ' ' ? 0.32 : Character.isUpperCase(cp) || Character.isDigit(cp) ? 0.7 : 0.62;
        }
        return em * size;
    }

    /** {@code s}, or its longest prefix plus an ellipsis that fits {@code max} px. */
    static String fit(String s, double size, double max) {
        if (width(s, size) <= max) {
            return s;
        }
        int end = s.length();
        while (end > 0 && width(s.substring(0, end) + "…", size) > max) {
            end = s.offsetByCodePoints(end, -1);
        }
        return s.substring(0, end) + "…";
    }

    private static boolean wide(int cp) {
        Character.UnicodeScript script = Character.UnicodeScript.of(cp);
        return script == Character.UnicodeScript.HAN || script == Character.UnicodeScript.HIRAGANA
                || script == Character.UnicodeScript.KATAKANA || script == Character.UnicodeScript.HANGUL
                || (cp >= 0x3000 && cp <= 0x303F) || (cp >= 0xFF00 && cp <= 0xFF60) || Character.getType(cp) == Character.OTHER_SYMBOL;
    }
}
