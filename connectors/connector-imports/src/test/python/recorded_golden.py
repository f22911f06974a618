#!/usr/bin/env python3
"""Reference readings of table files recorded by other software, computed from the raw bytes with the
Python standard library only (csv, zipfile, xml.etree, decimal, datetime) -- independently of the Java
importer under test. See src/test/resources/recorded/SOURCES.md for where each file comes from.

Two modes:

  python3 src/test/python/recorded_golden.py
      reads the files committed under src/test/resources/recorded/ and writes their reference readings
      to src/test/resources/recorded/expected/*.json (committed; RecordedFilesReplayTest reads them).

  python3 src/test/python/recorded_golden.py --mirror /work/.mirror --out target/recorded-real
      extracts real exports that may not be redistributed (no licence) from local snapshots of their
      repositories (git show), and writes each file plus its reference reading and a manifest.json to
      --out; RecordedRealExportsIT reads that folder on request (-Dmediaops.imports.recorded=...).
      Nothing of that folder is committed.

Conventions of the JSON: numbers are decimal strings exactly as written in the file (the Java test
compares them with BigDecimal.compareTo); a blank cell or a placeholder ("", "-") is null; dates are ISO
local date(-time)s; an instant (a time written with its offset) is ISO-8601 UTC.
"""
import argparse
import csv
import datetime as dt
import io
import json
import os
import re
import subprocess
import sys
import zipfile
import xml.etree.ElementTree as ET
from decimal import Decimal

HERE = os.path.dirname(os.path.abspath(__file__))
MODULE = os.path.dirname(os.path.dirname(os.path.dirname(HERE)))
RECORDED = os.path.join(MODULE, "src", "test", "resources", "recorded")
MONTHS = {m: i + 1 for i, m in enumerate(
    ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"])}


def blank(text):
    return text is None or text.strip() in ("", "-", "--")


# the placeholders the importer documents as "no value" (connector-imports README, Units#isBlank)
PLACEHOLDERS = {"", "-", "--", "\u2014", "/", "n/a", "null"}


def text(value):
    """A text cell as the importer documents it: trimmed, or None when blank or a placeholder."""
    if value is None or value.strip().lower() in PLACEHOLDERS:
        return None
    return value.strip()


def number(text):
    """The number as written (grouping commas dropped), or None when blank; checked with Decimal."""
    if blank(text):
        return None
    t = text.strip().replace(",", "")
    Decimal(t)  # raises on anything that is not a plain or scientific decimal
    return t


def write_json(path, value):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w", encoding="utf-8") as f:
        json.dump(value, f, ensure_ascii=False, indent=1)
        f.write("\n")


# ---------------------------------------------------------------------------------------------------
# committed: Apache Commons CSV's bom.csv (CSV-107): UTF-8 BOM, "Date, Open, ...", d-Mon-yy dates, "-"

def commons_csv_bom():
    with open(os.path.join(RECORDED, "commons-csv", "bom.csv"), "rb") as f:
        raw = f.read()
    assert raw.startswith(b"\xef\xbb\xbf"), "the recorded file starts with a UTF-8 byte-order mark"
    rows = list(csv.reader(io.StringIO(raw[3:].decode("utf-8"))))
    header = [h.strip() for h in rows[0]]
    assert header == ["Date", "Open", "High", "Low", "Close", "Volume"], header
    out = []
    for line, r in enumerate(rows[1:], start=2):
        day = dt.datetime.strptime(r[0], "%d-%b-%y").date()  # %y: 00-68 -> 20xx; the file holds 13 and 14
        out.append({"row": line, "date": day.isoformat(), "open": number(r[1]), "high": number(r[2]),
                    "low": number(r[3]), "close": number(r[4]), "volume": int(r[5])})
    return {"file": "commons-csv/bom.csv", "headerRow": 1, "rows": out}


# ---------------------------------------------------------------------------------------------------
# real exports without a licence: read from local snapshots, never committed

def git_show(mirror, repo, path):
    return subprocess.run(["git", "-C", os.path.join(mirror, repo.replace("/", "+"), "repo"), "show", "HEAD:" + path],
                          check=True, capture_output=True).stdout


def git_head(mirror, repo):
    return subprocess.run(["git", "-C", os.path.join(mirror, repo.replace("/", "+"), "repo"), "rev-parse", "HEAD"],
                          check=True, capture_output=True, text=True).stdout.strip()


def youtube_table(raw):
    """YouTube Studio > Analytics > Advanced mode > export > 'Table data.csv'."""
    rows = list(csv.reader(io.StringIO(raw.decode("utf-8-sig"))))
    header = rows[0]
    col = {h: i for i, h in enumerate(header)}
    out = []
    for line, r in enumerate(rows[1:], start=2):
        cell = lambda name: r[col[name]] if name in col and col[name] < len(r) else None
        published = cell("Video publish time")
        day = None
        if not blank(published):
            m = re.fullmatch(r"([A-Za-z]{3}) (\d{1,2}), (\d{4})", published)
            day = dt.date(int(m.group(3)), MONTHS[m.group(1).lower()], int(m.group(2))).isoformat()
        ctr = number(cell("Impressions click-through rate (%)"))
        # "Content" is the video id; YouTube writes " -pvZz7Zj4QM" with a leading space when the id starts with "-"
        # (the spreadsheet formula-injection guard), so it is compared trimmed, as documented for text cells
        out.append({"row": line, "content": text(r[0]), "title": text(cell("Video title")), "published": day,
                    "duration": number(cell("Duration")), "views": number(cell("Views")),
                    "watchHours": number(cell("Watch time (hours)")), "subscribers": number(cell("Subscribers")),
                    "impressions": number(cell("Impressions")),
                    "ctr": None if ctr is None else str(Decimal(ctr) / 100)})
    return {"headerRow": 1, "rows": out}


def twitter_activity(raw):
    """analytics.twitter.com > Tweets > Export data (tweet_activity_metrics_*.csv)."""
    rows = list(csv.reader(io.StringIO(raw.decode("utf-8-sig"))))
    col = {h: i for i, h in enumerate(rows[0])}
    out = []
    for line_rows, r in enumerate(rows[1:]):
        m = re.fullmatch(r"(\d{4})-(\d{2})-(\d{2}) (\d{2}):(\d{2}) ([+-])(\d{2})(\d{2})", r[col["time"]])
        sign = 1 if m.group(6) == "+" else -1
        offset = dt.timezone(sign * dt.timedelta(hours=int(m.group(7)), minutes=int(m.group(8))))
        when = dt.datetime(*map(int, m.group(1, 2, 3, 4, 5)), tzinfo=offset).astimezone(dt.timezone.utc)
        out.append({"id": r[col["Tweet id"]], "text": text(r[col["Tweet text"]]),
                    "time": when.strftime("%Y-%m-%dT%H:%M:%SZ"),
                    "impressions": number(r[col["impressions"]]), "engagements": number(r[col["engagements"]]),
                    "engagementRate": number(r[col["engagement rate"]]), "likes": number(r[col["likes"]]),
                    "mediaViews": number(r[col["media views"]]),
                    "promotedImpressions": number(r[col["promoted impressions"]])})
    return {"headerRow": 1, "rows": out}


NS = "{http://schemas.openxmlformats.org/spreadsheetml/2006/main}"


def xlsx_cells(raw):
    """Every cell of the first sheet as (row, column letters, kind, value): the OOXML rules (ECMA-376 Part 1,
    18.3.1.4 c, 18.4.8 si): a shared string is the text of its t and r/t elements (phonetic rPh runs are
    not part of the value), inlineStr likewise, t="b" 0/1, t="d" an ISO date, t="e" an error, anything else
    a number."""
    z = zipfile.ZipFile(io.BytesIO(raw))
    strings = []
    if "xl/sharedStrings.xml" in z.namelist():
        for si in ET.fromstring(z.read("xl/sharedStrings.xml")).findall(NS + "si"):
            strings.append(text_of(si))
    workbook = ET.fromstring(z.read("xl/workbook.xml"))
    pr = workbook.find(NS + "workbookPr")
    date1904 = pr is not None and pr.get("date1904") in ("1", "true")
    sheet = sorted(n for n in z.namelist() if re.fullmatch(r"xl/worksheets/sheet\d+\.xml", n))[0]
    cells = []
    for row in ET.fromstring(z.read(sheet)).iter(NS + "row"):
        for c in row.findall(NS + "c"):
            t = c.get("t", "n")
            v = c.find(NS + "v")
            letters = re.match(r"[A-Z]+", c.get("r")).group(0)
            if t == "inlineStr":
                is_ = c.find(NS + "is")
                cells.append((int(row.get("r")), letters, "text", text_of(is_) if is_ is not None else ""))
            elif v is None:
                continue
            elif t == "s":
                cells.append((int(row.get("r")), letters, "text", strings[int(v.text)]))
            elif t in ("str", "e"):
                cells.append((int(row.get("r")), letters, "text", v.text or ""))
            elif t == "b":
                cells.append((int(row.get("r")), letters, "boolean", v.text))
            elif t == "d":
                cells.append((int(row.get("r")), letters, "date", v.text))
            else:
                cells.append((int(row.get("r")), letters, "number", v.text))
    return cells, date1904


def text_of(si):
    parts = []
    for child in si:
        if child.tag == NS + "t":
            parts.append(child.text or "")
        elif child.tag == NS + "r":
            t = child.find(NS + "t")
            parts.append(t.text or "" if t is not None else "")
        # rPh (phonetic run) and phoneticPr are annotations, not the value
    return "".join(parts)


def serial_to_iso(text, date1904):
    """A spreadsheet serial day number as an ISO local date-time, to the nearest second."""
    value = Decimal(text)
    days = int(value)
    seconds = int(((value - days) * 86400).quantize(Decimal(1), rounding="ROUND_HALF_UP"))
    epoch = dt.datetime(1904, 1, 1) if date1904 else dt.datetime(1899, 12, 30)
    return (epoch + dt.timedelta(days=days, seconds=seconds)).isoformat()


def xlsx_reading(raw, date_columns=()):
    cells, date1904 = xlsx_cells(raw)
    out = []
    for row, letters, kind, value in cells:
        entry = {"row": row, "column": letters, "kind": kind, "value": value}
        if kind == "text":
            entry["text"] = text(value)
        if kind == "number" and letters in date_columns:
            entry["date"] = serial_to_iso(value, date1904)
        out.append(entry)
    return {"date1904": date1904, "cells": out}


REAL = [
    # (repository, path in it, local file name, kind)
    ("prakashpathak111/yt-insights-pro", "Table data.csv", "youtube/yt-insights-pro.csv", "youtube"),
    ("areikher/YouTube_Channel_Repo", "Table data.csv", "youtube/YouTube_Channel_Repo.csv", "youtube"),
    ("ropensci-org/ropensci-tweets", None, "x", "twitter"),
    ("dhatim/fastexcel", "fastexcel-reader/src/test/resources/xlsx/withStyleCRLF.xlsx", "xlsx/withStyleCRLF.xlsx", "xlsx:B"),
    ("dhatim/fastexcel", "fastexcel-reader/src/test/resources/xlsx/xlsx-stream-d-date-cell.xlsx",
     "xlsx/xlsx-stream-d-date-cell.xlsx", "xlsx:"),
    ("dhatim/fastexcel", "fastexcel-reader/src/test/resources/xlsx/text_and_numbers.xlsx", "xlsx/text_and_numbers.xlsx", "xlsx:"),
    ("dhatim/fastexcel", "fastexcel-reader/src/test/resources/xlsx/phonetic_text.xlsx", "xlsx/phonetic_text.xlsx", "xlsx:"),
]


def real(mirror, out):
    manifest = []
    for repo, path, local, kind in REAL:
        commit = git_head(mirror, repo)
        if kind == "twitter":
            listing = subprocess.run(["git", "-C", os.path.join(mirror, repo.replace("/", "+"), "repo"), "ls-tree",
                                      "--name-only", "HEAD"], check=True, capture_output=True, text=True).stdout.split()
            files = [(p, "x/" + p) for p in listing if p.startswith("tweet_activity_metrics_")]
        else:
            files = [(path, local)]
        for p, name in files:
            raw = git_show(mirror, repo, p)
            target = os.path.join(out, name)
            os.makedirs(os.path.dirname(target), exist_ok=True)
            with open(target, "wb") as f:
                f.write(raw)
            if kind == "youtube":
                reading = youtube_table(raw)
            elif kind == "twitter":
                reading = twitter_activity(raw)
            else:
                reading = xlsx_reading(raw, tuple(kind.split(":", 1)[1]))
            reading.update({"file": name, "kind": kind.split(":")[0], "repository": repo, "path": p, "commit": commit})
            write_json(os.path.join(out, name + ".json"), reading)
            manifest.append(name)
    write_json(os.path.join(out, "manifest.json"), manifest)
    print("wrote %d files and their readings to %s" % (len(manifest), out))


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--mirror")
    ap.add_argument("--out")
    args = ap.parse_args()
    if args.mirror:
        real(args.mirror, args.out or os.path.join(MODULE, "target", "recorded-real"))
        return
    write_json(os.path.join(RECORDED, "expected", "commons-csv-bom.json"), commons_csv_bom())
    print("wrote", os.path.join(RECORDED, "expected"))


if __name__ == "__main__":
    sys.exit(main())
