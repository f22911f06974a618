package io.github.mediaops.connector.imports;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Date and date-time texts as exports print them, and spreadsheet serial numbers. */
final class DateTexts {
    // year, month, day, then optionally hour, minute, second; any non-digit separators
    // (2024-01-15 10:30:00, 2024/1/15 10:30, 2024年01月15日10时30分00秒, 2024.01.15, 2024-01-15T10:30:00)
    private static final Pattern YMD = Pattern.compile(
            "(\\d{4})\\D{1,2}(\\d{1,2})\\D{1,2}(\\d{1,2})\\D{0,2}(?:(\\d{1,2})\\D{1,2}(\\d{1,2})(?:\\D{1,2}(\\d{1,2})(?:\\.\\d+)?)?\\D{0,2})?");
    private static final Pattern COMPACT = Pattern.compile("(\\d{4})(\\d{2})(\\d{2})");
    private static final LocalDate EPOCH_1900 = LocalDate.of(1899, 12, 30);
    private static final LocalDate EPOCH_1904 = LocalDate.of(1904, 1, 1);

    private DateTexts() {
    }

    /** The date-time, midnight for a date alone; null when the text is no date of a known form. */
    static LocalDateTime parse(String text) {
        String t = text.strip();
        Matcher m = YMD.matcher(t);
        try {
            if (m.matches()) {
                LocalDate d = LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
                if (m.group(4) == null) {
                    return d.atStartOfDay();
                }
                int s = m.group(6) == null ? 0 : Integer.parseInt(m.group(6));
                return d.atTime(Integer.parseInt(m.group(4)), Integer.parseInt(m.group(5)), s);
            }
            Matcher c = COMPACT.matcher(t);
            if (c.matches()) {
                return LocalDate.of(Integer.parseInt(c.group(1)), Integer.parseInt(c.group(2)), Integer.parseInt(c.group(3)))
                        .atStartOfDay();
            }
        } catch (DateTimeException e) {
            return null;
        }
        return null;
    }

    /** A spreadsheet serial date (days since the epoch, fraction = time of day), to the nearest second. */
    static LocalDateTime fromSerial(BigDecimal serial, boolean date1904) {
        if (serial.signum() < 0) {
            return null;
        }
        long days = serial.setScale(0, RoundingMode.FLOOR).longValueExact();
        long seconds = serial.subtract(BigDecimal.valueOf(days)).multiply(BigDecimal.valueOf(86_400))
                .setScale(0, RoundingMode.HALF_UP).longValueExact();
        LocalDate epoch = date1904 ? EPOCH_1904 : EPOCH_1900;
        if (!date1904 && days < 61) {
            days += 1; // Lotus 1900 leap-year bug: serials before 1900-03-01 are one day off
        }
        return epoch.plusDays(days).atStartOfDay().plusSeconds(seconds);
    }
}
