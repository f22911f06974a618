"""Independent reference for KpiRollup + ContentKpis: weekly (ISO, Monday) roll-up per platform of
daily post snapshots, with late corrections (latest as_of wins per platform/post/day) and the
absent-stays-absent rule (a total exists only if every snapshot of the cell reported the metric;
a rate only if numerator and denominator exist and the denominator > 0).
Run: python3 kpi_golden.py  (writes ../resources/golden/kpi_snapshots.csv and kpi_weekly.csv)
"""
import datetime as dt
import os
import random

OUT = os.path.join(os.path.dirname(__file__), "..", "resources", "golden")
rnd = random.Random(5)
METRICS = ["IMPRESSIONS", "REACH", "VIEWS", "LIKES", "COMMENTS", "SHARES", "SAVES", "CLICKS", "CONVERSIONS"]
platforms = ["douyin", "xiaohongshu", "wechat-oa"]
rows = []
start = dt.date(2026, 11, 2)
for p in platforms:
    for post in range(4):
        for d in range(21):
            day = start + dt.timedelta(days=d)
            vals = {}
            imp = rnd.randint(0, 5000)
            vals["IMPRESSIONS"] = imp
            vals["REACH"] = rnd.randint(0, imp)
            vals["VIEWS"] = rnd.randint(0, vals["REACH"])
            for m in ["LIKES", "COMMENTS", "SHARES", "SAVES", "CLICKS"]:
                vals[m] = rnd.randint(0, max(1, vals["VIEWS"] // 5))
            vals["CONVERSIONS"] = rnd.randint(0, max(1, vals["CLICKS"] // 3))
            if p == "wechat-oa":
                del vals["LIKES"]                     # WeChat reports no daily likes
            if rnd.random() < 0.04:
                del vals["SAVES"]                     # an occasional missing metric
            as_of = dt.datetime(day.year, day.month, day.day, 23, 0) + dt.timedelta(hours=2)
            rows.append((p, f"{p[:2]}{post}", day, as_of, dict(vals)))
            if rnd.random() < 0.2:                    # T+1 correction: re-read next day with more views
                corr = dict(vals)
                corr["VIEWS"] = vals["VIEWS"] + rnd.randint(1, 50)
                corr["REACH"] = max(vals["REACH"], corr["VIEWS"])
                corr["IMPRESSIONS"] = max(vals["IMPRESSIONS"], corr["REACH"])
                rows.append((p, f"{p[:2]}{post}", day, as_of + dt.timedelta(hours=20), corr))
rnd.shuffle(rows)
with open(os.path.join(OUT, "kpi_snapshots.csv"), "w") as f:
    f.write("platform,post,day,as_of," + ",".join(METRICS) + "\n")
    for p, post, day, as_of, vals in rows:
        f.write(f"{p},{post},{day.isoformat()},{as_of.isoformat()}Z," + ",".join(str(vals.get(m, "")) for m in METRICS) + "\n")

latest = {}
for r in rows:
    k = (r[0], r[1], r[2])
    if k not in latest or r[3] > latest[k][3]:
        latest[k] = r
cells = {}
for p, post, day, as_of, vals in latest.values():
    week = day - dt.timedelta(days=day.weekday())
    cells.setdefault((week, p), []).append(vals)

def total(snaps, m):
    return sum(s[m] for s in snaps) if all(m in s for s in snaps) else None

def rate(n, d):
    return "" if n is None or d is None or d == 0 else repr(n / d)

with open(os.path.join(OUT, "kpi_weekly.csv"), "w") as f:
    f.write("week,platform,snapshots,views,engagement_per_view,engagement_per_reach,ctr,conversion_per_click,share_rate,save_rate,read_per_impression\n")
    for (week, p) in sorted(cells):
        s = cells[(week, p)]
        parts = [total(s, m) for m in ["LIKES", "COMMENTS", "SHARES", "SAVES"]]
        eng = None if any(x is None for x in parts) else sum(parts)
        f.write(",".join([week.isoformat(), p, str(len(s)), str(total(s, "VIEWS")),
                          rate(eng, total(s, "VIEWS")), rate(eng, total(s, "REACH")),
                          rate(total(s, "CLICKS"), total(s, "IMPRESSIONS")),
                          rate(total(s, "CONVERSIONS"), total(s, "CLICKS")),
                          rate(total(s, "SHARES"), total(s, "VIEWS")), rate(total(s, "SAVES"), total(s, "VIEWS")),
                          rate(total(s, "VIEWS"), total(s, "IMPRESSIONS"))]) + "\n")
