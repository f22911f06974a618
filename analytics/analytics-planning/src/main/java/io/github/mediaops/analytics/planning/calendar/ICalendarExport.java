package io.github.mediaops.analytics.planning.calendar;

import io.github.mediaops.core.InvalidValueException;
import io.github.mediaops.core.validate.Checks;
import io.github.mediaops.core.plan.ContentPlan;
import io.github.mediaops.core.plan.EntryStatus;
import io.github.mediaops.core.plan.PlanEntry;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneRules;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * Writes a content plan as an iCalendar stream (RFC 5545, https://www.rfc-editor.org/rfc/rfc5545)
 * that Feishu, Outlook and Google Calendar can import or subscribe to.
 *
 * <p>One {@code VEVENT} per plan entry. The {@code UID} is {@code entryId@uidDomain}, stable across
 * exports, so a subscribed calendar updates an event instead of duplicating it; cancelled entries are
 * kept with {@code STATUS:CANCELLED} so subscribers remove them. {@code DTSTAMP} is the export time
 * from the injected clock, in UTC. Times are written either in UTC ({@code ...Z}) or as local times
 * with {@code TZID} and a generated {@code VTIMEZONE} per zone (from the JDK's tz rules, with every
 * offset transition from 1 January of the year before the first entry to the end of the year after the
 * last).
 *
 * <p>A plan without entries is exported with just its zone's {@code VTIMEZONE}, since a calendar needs at
 * least one component.
 *
 * <p>Text is escaped (backslash, semicolon, comma, newline; other control characters dropped), lines
 * end in CRLF and are folded at 75 octets without splitting a UTF-8 sequence (RFC 5545 §3.1, §3.3.11).
 *
 * @since 0.1.0
 */
public final class ICalendarExport {
    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss", Locale.ROOT);
    private static final Pattern DOMAIN = Pattern.compile("[A-Za-z0-9.-]{1,253}");
    private static final int MAX_OCTETS = 75;

    /** How times are written. */
    public enum TimeFormat {
        /** {@code DTSTART:20261013T020000Z}; no VTIMEZONE needed. */
        UTC,
        /** {@code DTSTART;TZID=Asia/Shanghai:20261013T100000} in each entry's zone, with VTIMEZONE. */
        ZONED
    }

    /**
     * Export settings.
     *
     */
    public static final class Options {
        private final String prodId;
        private final String uidDomain;
        private final Duration eventLength;
        private final TimeFormat timeFormat;

        private Options(String prodId, String uidDomain, Duration eventLength, TimeFormat timeFormat) {
            Checks.notBlank(prodId, "prodId");
            Checks.notBlank(uidDomain, "uidDomain");
            if (!DOMAIN.matcher(uidDomain).matches()) {
                throw new InvalidValueException("uidDomain", "uidDomain must be a host name (was " + Checks.show(uidDomain) + ")");
            }
            Checks.notNull(eventLength, "eventLength");
            if (eventLength.isNegative() || eventLength.isZero()) {
                throw new InvalidValueException("eventLength", "eventLength must be positive (was " + eventLength + ")");
            }
            Checks.notNull(timeFormat, "timeFormat");
            this.prodId = prodId;
            this.uidDomain = uidDomain;
            this.eventLength = eventLength;
            this.timeFormat = timeFormat;
        }

        /** @return the PRODID, e.g. {@code -//ACME//mediaops//EN} */
        public String prodId() {
            return prodId;
        }

        /** @return domain part of each UID, e.g. {@code plan.acme.example} */
        public String uidDomain() {
            return uidDomain;
        }

        /** @return length of each event (a publish slot); positive */
        public Duration eventLength() {
            return eventLength;
        }

        /** @return UTC or zoned */
        public TimeFormat timeFormat() {
            return timeFormat;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Options o && java.util.Objects.equals(prodId, o.prodId) && java.util.Objects.equals(uidDomain, o.uidDomain) && java.util.Objects.equals(eventLength, o.eventLength) && java.util.Objects.equals(timeFormat, o.timeFormat);
        }

        @Override
        public int hashCode() {
            return java.util.Objects.hash(prodId, uidDomain, eventLength, timeFormat);
        }

        @Override
        public String toString() {
            return "Options[" + "prodId=" + prodId + ", " + "uidDomain=" + uidDomain + ", " + "eventLength=" + eventLength + ", " + "timeFormat=" + timeFormat + "]";
        }

        

        /** 30-minute events in each entry's zone. */
        public static Options zoned(String uidDomain) {
            return new Options("-//mediaops//content calendar//EN", uidDomain, Duration.ofMinutes(30), TimeFormat.ZONED);
        }

        /** 30-minute events in UTC. */
        public static Options utc(String uidDomain) {
            return new Options("-//mediaops//content calendar//EN", uidDomain, Duration.ofMinutes(30), TimeFormat.UTC);
        }

        /**
         * A copy with another product identifier ({@code PRODID}).
         *
         * @param prodId the identifier, e.g. {@code -//acme//plans//EN}
         * @return the copy
         */
        public Options withProdId(String prodId) {
            return new Options(prodId, uidDomain, eventLength, timeFormat);
        }

        /**
         * A copy with another event length.
         *
         * @param eventLength how long each event lasts; positive
         * @return the copy
         */
        public Options withEventLength(Duration eventLength) {
            return new Options(prodId, uidDomain, eventLength, timeFormat);
        }
    
    }

    private ICalendarExport() {
    }

    /** The plan as an iCalendar stream (CRLF line ends, folded). */
    public static String export(ContentPlan plan, Options options, Clock clock) {
        Checks.notNull(plan, "plan");
        Checks.notNull(options, "options");
        Checks.notNull(clock, "clock");
        List<String> lines = new ArrayList<>();
        lines.add("BEGIN:VCALENDAR");
        lines.add("VERSION:2.0");
        lines.add("PRODID:" + text(options.prodId()));
        lines.add("CALSCALE:GREGORIAN");
        lines.add("METHOD:PUBLISH");
        lines.add("X-WR-CALNAME:" + text(plan.name()));
        if (options.timeFormat() == TimeFormat.ZONED || plan.entries().isEmpty()) {
            // An empty plan still gets its zone's VTIMEZONE: RFC 5545 requires at least one component.
            Set<String> zones = new TreeSet<>();
            plan.entries().forEach(e -> zones.add(e.zone().getId()));
            Instant first;
            Instant last;
            if (plan.entries().isEmpty()) {
                zones.add(plan.zone().getId());
                first = plan.period().start().atStartOfDay(plan.zone()).toInstant();
                last = plan.period().end().atStartOfDay(plan.zone()).toInstant();
            } else {
                first = plan.entries().get(0).at();
                last = plan.entries().get(plan.entries().size() - 1).at();
            }
            for (String z : zones) {
                ZoneId zone = ZoneId.of(z);
                // from 1 January of the year before the first entry to the end of the year after the last
                Instant from = LocalDate.of(first.atZone(zone).getYear() - 1, 1, 1).atStartOfDay(zone).toInstant();
                Instant to = LocalDate.of(last.atZone(zone).getYear() + 2, 1, 1).atStartOfDay(zone).toInstant();
                timezone(zone, from, to, lines);
            }
        }
        String stamp = utc(clock.instant());
        for (PlanEntry e : plan.entries()) {
            lines.add("BEGIN:VEVENT");
            lines.add("UID:" + text(e.id() + "@" + options.uidDomain()));
            lines.add("DTSTAMP:" + stamp);
            lines.add(time("DTSTART", e.at(), e.zone(), options.timeFormat()));
            lines.add(time("DTEND", e.at().plus(options.eventLength()), e.zone(), options.timeFormat()));
            lines.add("SUMMARY:" + text("[" + e.platform().displayName() + "] " + e.title()));
            StringBuilder d = new StringBuilder();
            d.append("Account: ").append(e.account()).append('\n').append("Owner: ").append(e.owner()).append('\n')
                    .append("Status: ").append(e.status());
            e.themeName().ifPresent(t -> d.append('\n').append("Theme: ").append(t));
            e.content().ifPresent(c -> d.append('\n').append("Content: ").append(c));
            lines.add("DESCRIPTION:" + text(d.toString()));
            e.themeName().ifPresent(t -> lines.add("CATEGORIES:" + text(t)));
            lines.add("STATUS:" + status(e.status()));
            lines.add("END:VEVENT");
        }
        lines.add("END:VCALENDAR");
        StringBuilder out = new StringBuilder();
        for (String l : lines) {
            out.append(fold(l));
        }
        return out.toString();
    }

    private static String status(EntryStatus s) {
        return switch (s) {
            case PLANNED, IN_PRODUCTION -> "TENTATIVE";
            case READY, SCHEDULED, PUBLISHED -> "CONFIRMED";
            case CANCELLED -> "CANCELLED";
        };
    }

    private static String time(String name, Instant at, ZoneId zone, TimeFormat format) {
        if (format == TimeFormat.UTC) {
            return name + ":" + utc(at);
        }
        return name + ";TZID=" + zone.getId() + ":" + LOCAL.format(LocalDateTime.ofInstant(at, zone));
    }

    private static String utc(Instant at) {
        return LOCAL.format(LocalDateTime.ofInstant(at, ZoneOffset.UTC)) + "Z";
    }

    private static void timezone(ZoneId zone, Instant from, Instant to, List<String> lines) {
        ZoneRules rules = zone.getRules();
        lines.add("BEGIN:VTIMEZONE");
        lines.add("TZID:" + zone.getId());
        ZoneOffset initial = rules.getOffset(from);
        observance(rules.isDaylightSavings(from), LocalDateTime.ofInstant(from, initial).withNano(0), initial, initial, lines);
        ZoneOffsetTransition t = rules.nextTransition(from);
        while (t != null && !t.getInstant().isAfter(to)) {
            observance(rules.isDaylightSavings(t.getInstant()), t.getDateTimeBefore(), t.getOffsetBefore(),
                    t.getOffsetAfter(), lines);
            t = rules.nextTransition(t.getInstant());
        }
        lines.add("END:VTIMEZONE");
    }

    private static void observance(boolean daylight, LocalDateTime start, ZoneOffset from, ZoneOffset to, List<String> lines) {
        String kind = daylight ? "DAYLIGHT" : "STANDARD";
        lines.add("BEGIN:" + kind);
        lines.add("DTSTART:" + LOCAL.format(start));
        lines.add("TZOFFSETFROM:" + offset(from));
        lines.add("TZOFFSETTO:" + offset(to));
        lines.add("END:" + kind);
    }

    static String offset(ZoneOffset o) {
        int total = o.getTotalSeconds();
        char sign = total < 0 ? '-' : '+';
        int abs = Math.abs(total);
        String s = String.format(Locale.ROOT, "%c%02d%02d", sign, abs / 3600, (abs / 60) % 60);
        return abs % 60 == 0 ? s : s + String.format(Locale.ROOT, "%02d", abs % 60);
    }

    /** Escapes a TEXT value (RFC 5545 §3.3.11). */
    static String text(String value) {
        StringBuilder b = new StringBuilder(value.length() + 8);
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '\\' -> b.append("\\\\");
                case ';' -> b.append("\\;");
                case ',' -> b.append("\\,");
                case '\n' -> b.append("\\n");
                case '\r' -> {
                    b.append("\\n");
                    if (i + 1 < value.length() && value.charAt(i + 1) == '\n') {
                        i++;
                    }
                }
                default -> {
                    if (c == '\t' || (c >= 0x20 && c != 0x7f)) {
                        b.append(c);
                    }
                }
            }
        }
        return b.toString();
    }

    /** Folds one content line at 75 octets (continuations start with one space) and ends it with CRLF. */
    static String fold(String line) {
        StringBuilder out = new StringBuilder(line.length() + 8);
        int octets = 0;
        for (int i = 0; i < line.length(); ) {
            int cp = line.codePointAt(i);
            int len = new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8).length;
            if (octets + len > MAX_OCTETS) {
                out.append("\r\n ");
                octets = 1;
            }
            out.appendCodePoint(cp);
            octets += len;
            i += Character.charCount(cp);
        }
        return out.append("\r\n").toString();
    }
}
