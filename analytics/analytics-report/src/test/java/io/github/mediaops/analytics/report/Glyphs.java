package io.github.mediaops.analytics.report;

import java.awt.image.BufferedImage;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Compares how two labels came out in a screenshot. Each label's box is found from its SVG
 * {@code <text x y font-size>} element; a pixel is ink when it is clearly darker than the white background (label text is
 * near-black on white). Two different words drawn with real glyphs give different ink; two words a
 * browser cannot draw come out as the same row of missing-glyph boxes (tofu), or as nothing.
 */
final class Glyphs {
    private Glyphs() {
    }

    /** A label's ink: a bitmap of the box from its left edge, {@code size} px tall. */
    record Ink(boolean[][] mask, int count) {
        /**
         * How different two labels look: the pixels that are ink in exactly one of them over the pixels
         * that are ink in either, at the best alignment within one pixel. 0 for the same drawing (the
         * same glyphs, or the same missing-glyph boxes, at the same whole-pixel position).
         */
        double differenceFrom(Ink other) {
            double best = 1;
            for (int dy = -1; dy <= 1; dy++) {
                for (int dx = -1; dx <= 1; dx++) {
                    int differ = 0;
                    int union = 0;
                    for (int y = 0; y < mask.length; y++) {
                        for (int x = 0; x < mask[y].length; x++) {
                            boolean a = mask[y][x];
                            boolean b = other.at(x + dx, y + dy);
                            differ += a != b ? 1 : 0;
                            union += a || b ? 1 : 0;
                        }
                    }
                    best = Math.min(best, union == 0 ? 0 : (double) differ / union);
                }
            }
            return best;
        }

        private boolean at(int x, int y) {
            return y >= 0 && y < mask.length && x >= 0 && x < mask[y].length && mask[y][x];
        }
    }

    /** The ink of the {@code <text>} element whose content is exactly {@code label} in {@code svg}. */
    static Ink ink(BufferedImage shot, String svg, String label, int boxWidth) {
        Matcher m = Pattern.compile("<text x=\"([0-9.]+)\" y=\"([0-9.]+)\"[^>]*font-size=\"([0-9.]+)\"[^>]*>"
                + Pattern.quote(HtmlRenderer.esc(label)) + "</text>").matcher(svg);
        if (!m.find()) {
            throw new AssertionError("no <text> element for " + label + " in the chart");
        }
        int x0 = (int) Math.floor(Double.parseDouble(m.group(1))) - 1;
        int baseline = (int) Math.round(Double.parseDouble(m.group(2)));
        int size = (int) Math.ceil(Double.parseDouble(m.group(3)));
        int y0 = baseline - size - 2;
        int h = size + 6;
        boolean[][] mask = new boolean[h][boxWidth];
        int count = 0;
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < boxWidth; x++) {
                int rgb = shot.getRGB(x0 + x, y0 + y);
                int lum = (299 * ((rgb >> 16) & 0xFF) + 587 * ((rgb >> 8) & 0xFF) + 114 * (rgb & 0xFF)) / 1000;
                mask[y][x] = lum < 192;
                count += mask[y][x] ? 1 : 0;
            }
        }
        return new Ink(mask, count);
    }
}
