#!/usr/bin/python3
"""Reads golden/content_plan.ics (written by ICalendarExport) with an independent parser, Debian's
python3-icalendar, and writes golden/content_plan_parsed.tsv: UID, DTSTART in UTC, SUMMARY (newlines
as \\n), STATUS, TZID. It also checks the raw file: CRLF line ends and no physical line over 75 octets.
    /usr/bin/python3 analytics/analytics-planning/src/test/python/ical_check.py
"""
import os
from datetime import timezone
import icalendar

GOLDEN = os.path.join(os.path.dirname(__file__), "..", "resources", "golden")
raw = open(os.path.join(GOLDEN, "content_plan.ics"), "rb").read()
assert raw.endswith(b"\r\n")
for line in raw.split(b"\r\n")[:-1]:
    assert b"\n" not in line and b"\r" not in line, line
    assert len(line) <= 75, (len(line), line)
    line.decode("utf-8")  # folding never splits a UTF-8 sequence

cal = icalendar.Calendar.from_ical(raw)
assert str(cal["VERSION"]) == "2.0"
assert str(cal["X-WR-CALNAME"]) == "十一月; plan, v2", cal["X-WR-CALNAME"]
tzids = {str(tz["TZID"]) for tz in cal.walk("VTIMEZONE")}
rows = []
for ev in cal.walk("VEVENT"):
    start = ev.decoded("DTSTART")
    assert start.tzinfo is not None
    tzid = ev["DTSTART"].params["TZID"]
    assert tzid in tzids, tzid
    rows.append("\t".join([str(ev["UID"]), start.astimezone(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ"),
                           str(ev["SUMMARY"]).replace("\n", "\\n"), str(ev["STATUS"]), tzid]))
with open(os.path.join(GOLDEN, "content_plan_parsed.tsv"), "w", encoding="utf-8", newline="\n") as f:
    f.write("uid\tstart_utc\tsummary\tstatus\ttzid\n")
    f.write("\n".join(rows) + "\n")
print("\n".join(rows))
