package io.github.mediaops.analytics.planning.calendar;

import static io.github.mediaops.analytics.planning.calendar.PlanValidatorTest.DY;
import static io.github.mediaops.analytics.planning.calendar.PlanValidatorTest.SH;
import static io.github.mediaops.analytics.planning.calendar.PlanValidatorTest.WX;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.mediaops.core.InvalidValueException;
import io.github.mediaops.core.plan.ContentPlan;
import io.github.mediaops.core.plan.EntryStatus;
import io.github.mediaops.core.plan.PlanEntry;
import io.github.mediaops.core.plan.PlanTheme;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class ICalendarExportTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-28T09:30:00Z"), ZoneOffset.UTC);
    private static final String LONG_TITLE = "双11 预热：全场满300减50，限时3天; 赠品清单见评论区, 别错过\\最后一波";

    private static ContentPlan plan() {
        return ContentPlan.forMonth("p", "十一月, plan", YearMonth.of(2026, 11), SH)
                .withTheme(new PlanTheme("双11", "", List.of()))
                .withEntry(PlanEntry.planned("e1", ZonedDateTime.of(2026, 11, 10, 20, 0, 0, 0, SH), DY, LONG_TITLE, "li", "双11"))
                .withEntry(PlanEntry.planned("e2", ZonedDateTime.of(2026, 11, 11, 8, 0, 0, 0, SH), WX, "Line1\nLine2", "wang", null)
                        .withStatus(EntryStatus.CANCELLED));
    }

    /** Unfolds per RFC 5545 §3.1: CRLF followed by one space or tab is removed. */
    private static List<String> unfold(String ics) {
        return Arrays.asList(ics.replace("\r\n ", "").replace("\r\n\t", "").split("\r\n"));
    }

    private static String unescape(String v) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < v.length(); i++) {
            char c = v.charAt(i);
            if (c == '\\') {
                char n = v.charAt(++i);
                b.append(n == 'n' || n == 'N' ? '\n' : n);
            } else {
                b.append(c);
            }
        }
        return b.toString();
    }

    @Test
    void every_line_ends_in_crlf_and_is_at_most_75_octets_without_split_characters() {
        String ics = ICalendarExport.export(plan(), ICalendarExport.Options.zoned("plan.acme.example"), CLOCK);
        assertThat(ics).endsWith("END:VCALENDAR\r\n");
        assertThat(ics.replace("\r\n", "")).doesNotContain("\n").doesNotContain("\r");
        String[] physical = ics.split("\r\n");
        boolean folded = false;
        for (String line : physical) {
            assertThat(line.getBytes(StandardCharsets.UTF_8).length).as(line).isLessThanOrEqualTo(75);
            assertThat(line).doesNotContain("\uFFFD");
            folded |= line.startsWith(" ");
        }
        assertThat(folded).as("the long Chinese summary must be folded").isTrue();
    }

    @Test
    void text_round_trips_through_escaping_and_folding() {
        List<String> lines = unfold(ICalendarExport.export(plan(), ICalendarExport.Options.utc("plan.acme.example"), CLOCK));
        String summary = lines.stream().filter(l -> l.startsWith("SUMMARY:")).findFirst().orElseThrow();
        assertThat(summary).contains("\\;").contains("\\,").contains("\\\\");
        assertThat(unescape(summary.substring("SUMMARY:".length()))).isEqualTo("[Douyin] " + LONG_TITLE);
        assertThat(lines).contains("X-WR-CALNAME:十一月\\, plan");
        String desc = lines.stream().filter(l -> l.startsWith("DESCRIPTION:") && l.contains("wang")).findFirst().orElseThrow();
        assertThat(unescape(desc.substring(12))).isEqualTo("Account: wechat-oa:gh_acme\nOwner: wang\nStatus: CANCELLED");
    }

    @Test
    void utc_mode_writes_z_times_with_stable_uids_and_dtstamp() {
        List<String> lines = unfold(ICalendarExport.export(plan(), ICalendarExport.Options.utc("plan.acme.example"), CLOCK));
        assertThat(lines).containsSubsequence("BEGIN:VEVENT", "UID:e1@plan.acme.example", "DTSTAMP:20261128T093000Z",
                "DTSTART:20261110T120000Z", "DTEND:20261110T123000Z");
        assertThat(lines).contains("STATUS:TENTATIVE", "STATUS:CANCELLED", "CATEGORIES:双11", "VERSION:2.0");
        assertThat(lines).noneMatch(l -> l.startsWith("BEGIN:VTIMEZONE"));
        assertThat(lines.get(0)).isEqualTo("BEGIN:VCALENDAR");
    }

    @Test
    void zoned_mode_writes_tzid_and_a_fixed_offset_vtimezone_for_shanghai() {
        List<String> lines = unfold(ICalendarExport.export(plan(), ICalendarExport.Options.zoned("plan.acme.example"), CLOCK));
        assertThat(lines).contains("DTSTART;TZID=Asia/Shanghai:20261110T200000");
        assertThat(lines).containsSubsequence("BEGIN:VTIMEZONE", "TZID:Asia/Shanghai", "BEGIN:STANDARD",
                "TZOFFSETFROM:+0800", "TZOFFSETTO:+0800", "END:STANDARD", "END:VTIMEZONE", "BEGIN:VEVENT");
        assertThat(lines.stream().filter(l -> l.startsWith("BEGIN:STANDARD") || l.startsWith("BEGIN:DAYLIGHT"))).hasSize(1);
    }

    @Test
    void zoned_mode_lists_daylight_saving_transitions_for_new_york() {
        ZoneId ny = ZoneId.of("America/New_York");
        ContentPlan p = ContentPlan.forMonth("p", "ny", YearMonth.of(2026, 11), ny)
                .withEntry(PlanEntry.planned("e", ZonedDateTime.of(2026, 11, 10, 9, 0, 0, 0, ny), DY, "t", "li", null));
        List<String> lines = unfold(ICalendarExport.export(p, ICalendarExport.Options.zoned("x.example"), CLOCK));
        // DST ended 2026-11-01 02:00 EDT -> 01:00 EST
        assertThat(lines).containsSubsequence("BEGIN:STANDARD", "DTSTART:20261101T020000", "TZOFFSETFROM:-0400",
                "TZOFFSETTO:-0500", "END:STANDARD");
        assertThat(lines).containsSubsequence("BEGIN:DAYLIGHT", "DTSTART:20260308T020000", "TZOFFSETFROM:-0500",
                "TZOFFSETTO:-0400", "END:DAYLIGHT");
        assertThat(lines).contains("DTSTART;TZID=America/New_York:20261110T090000");
    }

    @Test
    void folding_counts_octets_not_characters() {
        String folded = ICalendarExport.fold("SUMMARY:" + "中".repeat(40));
        List<String> parts = new ArrayList<>(Arrays.asList(folded.split("\r\n")));
        // "SUMMARY:" is 8 octets, each 中 is 3: first line 8 + 22*3 = 74 octets
        assertThat(parts.get(0)).isEqualTo("SUMMARY:" + "中".repeat(22));
        assertThat(parts.get(1)).isEqualTo(" " + "中".repeat(18));
    }

    @net.jqwik.api.Property(tries = 200)
    void folding_is_undone_by_unfolding_and_keeps_lines_short(@net.jqwik.api.ForAll String value) {
        String line = "DESCRIPTION:" + ICalendarExport.text(value);
        String folded = ICalendarExport.fold(line);
        assertThat(folded).endsWith("\r\n");
        assertThat(folded.substring(0, folded.length() - 2).replace("\r\n ", "")).isEqualTo(line);
        for (String physical : folded.split("\r\n")) {
            assertThat(physical.getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(75);
        }
    }

    @Test
    void an_empty_plan_still_has_one_component() {
        ContentPlan empty = ContentPlan.forMonth("p", "empty", YearMonth.of(2026, 11), SH);
        List<String> lines = unfold(ICalendarExport.export(empty, ICalendarExport.Options.utc("x.example"), CLOCK));
        assertThat(lines).containsSubsequence("BEGIN:VCALENDAR", "BEGIN:VTIMEZONE", "TZID:Asia/Shanghai", "END:VTIMEZONE",
                "END:VCALENDAR");
        assertThat(lines).noneMatch(l -> l.equals("BEGIN:VEVENT"));
    }

    @Test
    void control_characters_are_dropped_and_bad_options_rejected() {
        assertThat(ICalendarExport.text("a\u0007b\tc\r\nd")).isEqualTo("ab\tc\\nd");
        assertThatThrownBy(() -> ICalendarExport.Options.utc("bad domain")).isInstanceOf(InvalidValueException.class);
        assertThat(ICalendarExport.offset(ZoneOffset.ofHoursMinutes(5, 45))).isEqualTo("+0545");
        assertThat(ICalendarExport.offset(ZoneOffset.ofHoursMinutes(-3, -30))).isEqualTo("-0330");
    }
}
