package io.github.mediaops.analytics.planning.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.mediaops.core.plan.ContentPlan;
import io.github.mediaops.core.plan.EntryStatus;
import io.github.mediaops.core.plan.PlanEntry;
import io.github.mediaops.core.plan.PlanTheme;
import io.github.mediaops.core.platform.AccountRef;
import io.github.mediaops.core.platform.Platform;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * The exporter's output is pinned in golden/content_plan.ics, and an independent parser (Python
 * icalendar, src/test/python/ical_check.py) read that file back into golden/content_plan_parsed.tsv.
 */
class ICalendarGoldenTest {
    static ContentPlan plan() {
        ZoneId sh = ZoneId.of("Asia/Shanghai");
        ZoneId ny = ZoneId.of("America/New_York");
        AccountRef dy = AccountRef.of(Platform.DOUYIN, "acme");
        AccountRef yt = AccountRef.of(Platform.YOUTUBE, "acme-global");
        return ContentPlan.forMonth("p-2026-11", "十一月; plan, v2", YearMonth.of(2026, 11), sh)
                .withTheme(new PlanTheme("双11", "", List.of()))
                .withEntry(PlanEntry.planned("e1", ZonedDateTime.of(2026, 11, 10, 20, 0, 0, 0, sh), dy,
                        "双11 预热：全场满300减50，限时3天; 赠品清单见评论区, 别错过\\最后一波——直播间见！🎁", "li", "双11"))
                .withEntry(PlanEntry.planned("e2", ZonedDateTime.of(2026, 11, 2, 9, 30, 0, 0, ny), yt, "Behind the scenes,\nday 1",
                        "sam", null))
                .withEntry(PlanEntry.planned("e3", ZonedDateTime.of(2026, 11, 11, 0, 0, 0, 0, sh), dy, "零点开抢", "wang", "双11")
                        .withStatus(EntryStatus.CANCELLED));
    }

    static String export() {
        return ICalendarExport.export(plan(), ICalendarExport.Options.zoned("plan.acme.example"),
                Clock.fixed(Instant.parse("2026-11-01T00:00:00Z"), ZoneOffset.UTC));
    }

    /** Regenerates the golden file: run with the test classpath and the target path as argument. */
    public static void main(String[] args) throws IOException {
        Files.writeString(Path.of(args[0]), export(), StandardCharsets.UTF_8);
    }

    private static String resource(String name) throws IOException {
        try (InputStream in = ICalendarGoldenTest.class.getResourceAsStream("/golden/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void export_is_byte_for_byte_the_pinned_file() throws IOException {
        assertThat(export()).isEqualTo(resource("content_plan.ics"));
    }

    @Test
    void export_writes_ascii_digits_whatever_the_default_locale() throws IOException {
        // ar-EG formats numbers with Arabic-Indic digits by default; the iCalendar stream must not
        Locale before = Locale.getDefault();
        String ics;
        String offset;
        try {
            Locale.setDefault(Locale.forLanguageTag("ar-EG"));
            ics = export();
            offset = ICalendarExport.offset(ZoneOffset.ofHoursMinutesSeconds(-5, -30, -15));
        } finally {
            Locale.setDefault(before);
        }
        assertThat(ics.codePoints().filter(Character::isDigit).allMatch(c -> c >= '0' && c <= '9')).isTrue();
        assertThat(ics).isEqualTo(resource("content_plan.ics"));
        assertThat(offset).isEqualTo("-053015");
    }

    @Test
    void an_independent_parser_reads_back_every_event() throws IOException {
        List<String> rows = resource("content_plan_parsed.tsv").lines().skip(1).toList();
        List<PlanEntry> entries = plan().entries();
        assertThat(rows).hasSize(entries.size());
        for (int i = 0; i < rows.size(); i++) {
            String[] f = rows.get(i).split("\t", -1);
            PlanEntry e = entries.get(i);
            assertThat(f[0]).isEqualTo(e.id() + "@plan.acme.example");
            assertThat(Instant.parse(f[1])).isEqualTo(e.at());
            assertThat(f[2].replace("\\n", "\n")).isEqualTo("[" + e.platform().displayName() + "] " + e.title());
            assertThat(f[3]).isEqualTo(e.status() == EntryStatus.CANCELLED ? "CANCELLED" : "TENTATIVE");
            assertThat(f[4]).isEqualTo(e.zone().getId());
        }
    }
}
