package io.github.mediaops.connector.support;

import java.time.DateTimeException;
import java.time.LocalDate;

/**
 * Reads the {@code yyyy-MM-dd} days that report rows carry (WeChat datacube {@code ref_date}, ad reports' day
 * columns). The platforms' own shape is read directly ({@link LocalDate#parse} costs about as much as the rest of a
 * row's mapping, and a report has a day on every row); anything else goes through {@link LocalDate#parse}, so what
 * is accepted is exactly ISO-8601.
 */
public final class IsoDays {
    private IsoDays() {
    }

    /**
     * The day {@code text} names.
     *
     * @throws DateTimeException when it is not an ISO-8601 calendar day
     * @throws NullPointerException when it is null
     */
    public static LocalDate parse(CharSequence text) {
        if (text.length() == 10 && text.charAt(4) == '-' && text.charAt(7) == '-' && digits(text, 0, 4)
                && digits(text, 5, 7) && digits(text, 8, 10)) {
            return LocalDate.of(Integer.parseInt(text, 0, 4, 10), Integer.parseInt(text, 5, 7, 10),
                    Integer.parseInt(text, 8, 10, 10));
        }
        return LocalDate.parse(text);
    }

    private static boolean digits(CharSequence s, int from, int to) {
        for (int i = from; i < to; i++) {
            if (s.charAt(i) < '0' || s.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }
}
