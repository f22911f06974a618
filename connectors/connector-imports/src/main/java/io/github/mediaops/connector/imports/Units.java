package io.github.mediaops.connector.imports;

import io.github.mediaops.core.InvalidValueException;
import io.github.mediaops.core.validate.Checks;
import java.math.BigDecimal;
import java.text.Normalizer;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Exact parsing of the numbers Chinese platforms and data tools print, without a detour through
 * {@code double}:
 * <ul>
 *   <li>plain and grouped numbers: {@code 12345}, {@code 12,345}, {@code 1,234.5}, full-width digits, and
 *       scientific notation as spreadsheets and X (Twitter) analytics write it ({@code 7.358351729212656E-4},
 *       {@code 1.23E+11});</li>
 *   <li>magnitude suffixes: {@code k}/{@code K}/{@code 千} (10³), {@code w}/{@code W}/{@code 万} (10⁴),
 *       {@code m}/{@code M}/{@code 百万} (10⁶), {@code 亿} (10⁸): {@code 1.2w} = 12000,
 *       {@code 3.5万} = 35000, {@code 1.1亿} = 110000000;</li>
 *   <li>lower bounds {@code 10万+} and {@code 10万以上}, and ranges {@code 7.5w~10w}, {@code 1万-5万},
 *       {@code 1万至5万} ({@link Quantity});</li>
 *   <li>percentages {@code 3.2%} = 0.032 and per-mille {@code 5‰} = 0.005;</li>
 *   <li>durations {@code 12.5}, {@code 12.5s}, {@code 12.5秒}, {@code 1分23秒}, {@code 1小时2分},
 *       {@code 01:23}, {@code 1:02:03} in seconds.</li>
 * </ul>
 * Text is NFKC-normalised first (full-width {@code １２，３４５％} reads as {@code 12,345%}) and spaces are
 * ignored. Grouping commas must group by three, so the European decimal {@code 1,5} is refused rather
 * than read as fifteen. Every failure is an {@link InvalidValueException} naming the text.
 *
 * <p>{@link #isBlank(String)} says which cell texts mean "no value": empty, whitespace, and the
 * placeholders tools print for a missing number ({@code -}, {@code --}, {@code —}, {@code /},
 * {@code N/A}, {@code null}).
 */
public final class Units {
    private static final Set<String> BLANK_MARKERS = Set.of("-", "--", "---", "—", "——", "/", "n/a", "na", "null", "none");
    // grouped, plain or scientific ("7.358351729212656E-4" as X analytics writes small rates, "1.23456789e+22")
    private static final String NUMBER = "([+-]?)(\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|(?:\\d+(?:\\.\\d+)?|\\.\\d+)(?:e[+-]?\\d{1,4})?)";
    private static final String SUFFIX = "(k|千|w|万|m|百万|亿)?";
    private static final Pattern SINGLE = Pattern.compile(NUMBER + SUFFIX);
    private static final Pattern RANGE = Pattern.compile(NUMBER + SUFFIX + "(?:~|至|-)" + NUMBER + SUFFIX);
    private static final Pattern CLOCK = Pattern.compile("(?:(\\d+):)?(\\d+):(\\d{1,2}(?:\\.\\d+)?)");
    private static final Pattern PART = Pattern.compile("(\\d+(?:\\.\\d+)?)(小时|时|h|分钟|分|min|m|秒|s)");
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private static final BigDecimal THOUSAND = BigDecimal.valueOf(1000);

    private Units() {
    }

    /** Whether the text means "no value" (see the class comment). */
    public static boolean isBlank(String text) {
        if (text == null) {
            return true;
        }
        String t = compact(text);
        return t.isEmpty() || BLANK_MARKERS.contains(t);
    }

    /**
     * A quantity: exact, a lower bound or a range.
     *
     * @throws InvalidValueException when the text is blank or not a number of the documented forms
     */
    public static Quantity quantity(String text) {
        String t = nonBlank(text);
        String bound = t.endsWith("+") ? t.substring(0, t.length() - 1)
                : t.endsWith("以上") ? t.substring(0, t.length() - 2) : null;
        if (bound != null) {
            Matcher m = SINGLE.matcher(bound);
            if (m.matches()) {
                return Quantity.atLeast(value(m, 1, text));
            }
            throw notA("number", text);
        }
        Matcher m = SINGLE.matcher(t);
        if (m.matches()) {
            return Quantity.exact(value(m, 1, text));
        }
        Matcher r = RANGE.matcher(t);
        if (r.matches()) {
            try {
                return Quantity.between(value(r, 1, text), value(r, 4, text));
            } catch (InvalidValueException e) {
                throw new InvalidValueException("value", "range " + Checks.show(text) + " ends below its start");
            }
        }
        throw notA("number", text);
    }

    /**
     * One exact number, magnitude suffixes applied.
     *
     * @throws InvalidValueException when blank, not a number, a bound ({@code 10万+}) or a range
     */
    public static BigDecimal decimal(String text) {
        Quantity q = quantity(text);
        if (!q.isExact()) {
            throw new InvalidValueException("value", Checks.show(text) + " is " + (q.high().isEmpty() ? "a lower bound" : "a range")
                    + ", not one exact number");
        }
        return q.low();
    }

    /**
     * A whole, non-negative count such as {@code 3.5万}.
     *
     * @throws InvalidValueException when not exact, not whole, negative or beyond {@code long}
     */
    public static long count(String text) {
        BigDecimal v = decimal(text);
        if (v.signum() < 0) {
            throw new InvalidValueException("value", "a count must not be negative (was " + Checks.show(text) + ")");
        }
        try {
            return v.longValueExact();
        } catch (ArithmeticException e) {
            throw new InvalidValueException("value", "a count must be a whole number within range (was " + Checks.show(text)
                    + " = " + v.toPlainString() + ")");
        }
    }

    /**
     * A fraction: {@code 3.2%} is 0.032, {@code 5‰} is 0.005, and a number without a sign is taken as the
     * fraction itself ({@code 0.032}). No range is imposed: growth rates can be negative or above 1.
     */
    public static BigDecimal fraction(String text) {
        String t = nonBlank(text);
        if (t.endsWith("%")) {
            return strip(decimal(t.substring(0, t.length() - 1)).divide(HUNDRED));
        }
        if (t.endsWith("‰")) {
            return strip(decimal(t.substring(0, t.length() - 1)).divide(THOUSAND));
        }
        return decimal(t);
    }

    /** A duration in seconds: {@code 12.5}, {@code 12.5秒}, {@code 1分23秒}, {@code 01:23}, {@code 1:02:03}. */
    public static BigDecimal seconds(String text) {
        String t = nonBlank(text);
        Matcher plain = SINGLE.matcher(t);
        if (plain.matches() && plain.group(3) == null) {
            return nonNegativeSeconds(value(plain, 1, text), text);
        }
        Matcher clock = CLOCK.matcher(t);
        if (clock.matches()) {
            BigDecimal h = clock.group(1) == null ? BigDecimal.ZERO : new BigDecimal(clock.group(1));
            BigDecimal s = h.multiply(BigDecimal.valueOf(3600))
                    .add(new BigDecimal(clock.group(2)).multiply(BigDecimal.valueOf(60)))
                    .add(new BigDecimal(clock.group(3)));
            return strip(s);
        }
        Matcher part = PART.matcher(t);
        BigDecimal total = BigDecimal.ZERO;
        int at = 0;
        while (part.find() && part.start() == at) {
            BigDecimal n = new BigDecimal(part.group(1));
            total = total.add(switch (part.group(2)) {
                case "小时", "时", "h" -> n.multiply(BigDecimal.valueOf(3600));
                case "分钟", "分", "min", "m" -> n.multiply(BigDecimal.valueOf(60));
                default -> n;
            });
            at = part.end();
        }
        if (at == 0 || at != t.length()) {
            throw notA("duration", text);
        }
        return strip(total);
    }

    private static BigDecimal nonNegativeSeconds(BigDecimal v, String text) {
        if (v.signum() < 0) {
            throw new InvalidValueException("value", "a duration must not be negative (was " + Checks.show(text) + ")");
        }
        return v;
    }

    private static BigDecimal value(Matcher m, int group, String original) {
        String digits = m.group(group + 1).replace(",", "");
        BigDecimal v = new BigDecimal(digits.startsWith(".") ? "0" + digits : digits);
        if ("-".equals(m.group(group))) {
            v = v.negate();
        }
        String suffix = m.group(group + 2);
        if (suffix != null) {
            v = v.scaleByPowerOfTen(switch (suffix) {
                case "k", "千" -> 3;
                case "w", "万" -> 4;
                case "m", "百万" -> 6;
                case "亿" -> 8;
                default -> throw notA("number", original);
            });
        }
        return strip(v);
    }

    static BigDecimal strip(BigDecimal v) {
        BigDecimal s = v.stripTrailingZeros();
        return s.scale() < 0 ? s.setScale(0) : s;
    }

    private static String nonBlank(String text) {
        if (isBlank(text)) {
            throw new InvalidValueException("value", "no value (was " + Checks.show(text) + ")");
        }
        return compact(text);
    }

    /** NFKC, no whitespace, lower case (so {@code W} and {@code K} read as {@code w} and {@code k}). */
    static String compact(String text) {
        String n = Normalizer.normalize(text, Normalizer.Form.NFKC);
        StringBuilder b = new StringBuilder(n.length());
        for (int i = 0; i < n.length(); i++) {
            char c = n.charAt(i);
            if (!Character.isWhitespace(c) && !Character.isSpaceChar(c) && c != '\uFEFF') {
                b.append(c);
            }
        }
        return b.toString().toLowerCase(Locale.ROOT);
    }

    /** NFKC with runs of whitespace collapsed to one space, case kept. */
    static String compactKeepingSpaces(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFKC).replace('\uFEFF', ' ').strip().replaceAll("\\s+", " ");
    }

    private static InvalidValueException notA(String what, String text) {
        return new InvalidValueException("value", "not a " + what + ": " + Checks.show(text));
    }
}
