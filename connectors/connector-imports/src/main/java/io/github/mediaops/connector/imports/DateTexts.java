package io.github.mediaops.connector.imports;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Date and date-time texts as exports print them, and spreadsheet serial numbers. */
final class DateTexts {
    // year, month, day, then optionally hour, minute, second; any non-digit separators
    // (2024-01-15 10:30:00, 2024/1/15 10:30, 2024年01月15日10时30分00秒, 2024.01.15, 2024-01-15T10:30:00)
    private static final Pattern YMD = Pattern.compile(
            "(\\d{4})\\D{1,2}(\\d{1,2})\\D{1,2}(\\d{1,2})\\D{0,2}(?:(\\d{1,2})\\D{1,2}(\\d{1,2})(?:\\D{1,2}(\\d{1,2})(?:\\.\\d+)?)?\\D{0,2})?");
    private static final Pattern COMPACT = Pattern.compile("(\\d{4})(\\d{2})(\\d{2})");
    // English month names, as English-language exports print dates: "Oct 2, 2025" (YouTube Studio),
    // "October 2, 2025 10:30", "14-Mar-14" and "2 Oct 2025" (finance and spreadsheet exports)
    private static final String TIME = "(?:,?\\s*(\\d{1,2}):(\\d{2})(?::(\\d{2})(?:\\.\\d+)?)?)?";
    // a 12-hour clock: "Oct 2, 2025 10:30 PM", "2024/1/15 10:30pm"
    private static final Pattern HALF_DAY = Pattern.compile("(.*\\d)\\s*([ap])\\.?m\\.?", Pattern.CASE_INSENSITIVE);
    private static final Pattern MONTH_DAY_YEAR = Pattern.compile(
            "([a-z]+)\\.?\\s*(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})" + TIME, Pattern.CASE_INSENSITIVE);
    private static final Pattern DAY_MONTH_YEAR = Pattern.compile(
            "(\\d{1,2})[-\\s./]?([a-z]+)\\.?[-\\s./,]+(\\d{4}|\\d{2})" + TIME, Pattern.CASE_INSENSITIVE);
    // a zone written after a date-time: "2019-01-31 23:32 +0000" (X analytics), "...T08:27:48.765Z",
    // "+08:00", "UTC", "GMT+8"
    private static final Pattern ZONED = Pattern.compile(
            "(.*\\d)\\s*(z|[+-]\\d{2}:?\\d{2}|(?:utc|gmt)(?:([+-])(\\d{1,2})(?::?(\\d{2}))?)?)", Pattern.CASE_INSENSITIVE);
    private static final Map<String, Integer> MONTHS = months();
    private static final LocalDate EPOCH_1900 = LocalDate.of(1899, 12, 30);
    private static final LocalDate EPOCH_1904 = LocalDate.of(1904, 1, 1);

    /** A date-time as written, and the offset written with it (null when the text names none). */
    record Stamp(LocalDateTime local, ZoneOffset offset) {
    }

    private DateTexts() {
    }

    /**
     * The date-time and its written offset, midnight for a date alone; null when the text is no date of a
     * known form. An offset counts only after a time of day ({@code 2024-01-15} is a date, not
     * {@code 2024-01} at offset {@code -15}).
     */
    static Stamp parse(String text) {
        String t = text.strip();
        Matcher z = ZONED.matcher(t);
        if (z.matches()) {
            String local = z.group(1).strip();
            LocalDateTime at = local(local);
            ZoneOffset offset = offset(z);
            if (at != null && offset != null && (local.indexOf(':') >= 0 || local.indexOf('时') >= 0)) {
                return new Stamp(at, offset);
            }
        }
        LocalDateTime at = local(t);
        return at == null ? null : new Stamp(at, null);
    }

    private static ZoneOffset offset(Matcher z) {
        String zone = z.group(2).toLowerCase(Locale.ROOT);
        try {
            if (zone.equals("z") || zone.equals("utc") || zone.equals("gmt")) {
                return ZoneOffset.UTC;
            }
            if (zone.startsWith("utc") || zone.startsWith("gmt")) {
                int hours = Integer.parseInt(z.group(4));
                int minutes = z.group(5) == null ? 0 : Integer.parseInt(z.group(5));
                return "-".equals(z.group(3)) ? ZoneOffset.ofHoursMinutes(-hours, -minutes) : ZoneOffset.ofHoursMinutes(hours, minutes);
            }
            return ZoneOffset.of(zone.length() == 5 ? zone.substring(0, 3) + ":" + zone.substring(3) : zone);
        } catch (DateTimeException e) {
            return null;
        }
    }

    private static LocalDateTime local(String t) {
        Matcher half = HALF_DAY.matcher(t);
        if (half.matches()) {
            LocalDateTime at = local(half.group(1).strip());
            if (at == null || half.group(1).indexOf(':') < 0 || at.getHour() < 1 || at.getHour() > 12) {
                return null;
            }
            boolean pm = Character.toLowerCase(half.group(2).charAt(0)) == 'p';
            return at.withHour(at.getHour() % 12 + (pm ? 12 : 0));
        }
        try {
            Matcher m = YMD.matcher(t);
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
            Matcher mdy = MONTH_DAY_YEAR.matcher(t);
            if (mdy.matches()) {
                return named(mdy.group(1), mdy.group(2), mdy.group(3), mdy, 4);
            }
            Matcher dmy = DAY_MONTH_YEAR.matcher(t);
            if (dmy.matches()) {
                return named(dmy.group(2), dmy.group(1), dmy.group(3), dmy, 4);
            }
        } catch (DateTimeException e) {
            return null;
        }
        return null;
    }

    /** A date with an English month name; a two-digit year is read as spreadsheets do (00-29: 20xx, 30-99: 19xx). */
    private static LocalDateTime named(String monthName, String day, String year, Matcher m, int timeGroup) {
        Integer month = MONTHS.get(monthName.toLowerCase(Locale.ROOT));
        if (month == null) {
            return null;
        }
        int y = Integer.parseInt(year);
        if (year.length() == 2) {
            y += y < 30 ? 2000 : 1900;
        }
        LocalDate d = LocalDate.of(y, month, Integer.parseInt(day));
        if (m.group(timeGroup) == null) {
            return d.atStartOfDay();
        }
        int hour = Integer.parseInt(m.group(timeGroup));
        int second = m.group(timeGroup + 2) == null ? 0 : Integer.parseInt(m.group(timeGroup + 2));
        return d.atTime(hour, Integer.parseInt(m.group(timeGroup + 1)), second);
    }

    private static Map<String, Integer> months() {
        String[] names = {"january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
                "november", "december"};
        Map<String, Integer> m = new java.util.HashMap<>();
        for (int i = 0; i < names.length; i++) {
            m.put(names[i], i + 1);
            m.put(names[i].substring(0, 3), i + 1);
        }
        m.put("sept", 9);
        return Map.copyOf(m);
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
