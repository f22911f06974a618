"""Independent reference for RetentionCohorts: weekly (ISO Monday) cohorts by first purchase in
Asia/Shanghai, 6 periods, observed through 2026-11-29 (a Sunday). Uses pandas-free plain python with
zoneinfo; rule as in RetentionCohorts' Javadoc.
Run: python3 cohort_golden.py  (writes ../resources/golden/cohort_events.csv and cohort.csv)
"""
import datetime as dt
import os
import random
from zoneinfo import ZoneInfo

OUT = os.path.join(os.path.dirname(__file__), "..", "resources", "golden")
Z = ZoneInfo("Asia/Shanghai")
rnd = random.Random(17)
start = dt.datetime(2026, 9, 28, tzinfo=Z)  # a Monday
events = []
for u in range(800):
    t = start + dt.timedelta(seconds=rnd.randint(0, 55 * 86400))
    events.append((f"u{u}", int(t.timestamp())))
    p = 0.6
    while rnd.random() < p:
        t = t + dt.timedelta(seconds=rnd.randint(3600, 14 * 86400))
        events.append((f"u{u}", int(t.timestamp())))
        p *= 0.8
rnd.shuffle(events)
with open(os.path.join(OUT, "cohort_events.csv"), "w") as f:
    for u, t in events:
        f.write(f"{u},{t}\n")

PERIODS = 6
OBS = dt.date(2026, 11, 29)
def monday(ts):
    d = dt.datetime.fromtimestamp(ts, Z).date()
    return d - dt.timedelta(days=d.weekday())
first = {}
for u, t in events:
    first[u] = min(first.get(u, t), t)
cohort = {u: monday(t) for u, t in first.items()}
sizes = {}
for u, c in cohort.items():
    sizes[c] = sizes.get(c, 0) + 1
active = {}
for u, t in events:
    k = (monday(t) - cohort[u]).days // 7
    if k < PERIODS:
        active.setdefault((cohort[u], k), set()).add(u)
curve_a, curve_s, prev = [0] * PERIODS, [0] * PERIODS, [0] * PERIODS
with open(os.path.join(OUT, "cohort.csv"), "w") as f:
    for c in sorted(sizes):
        row = []
        for k in range(PERIODS):
            if c + dt.timedelta(days=7 * k + 6) > OBS:
                break
            n = len(active.get((c, k), ()))
            row.append(n)
            curve_a[k] += n
            curve_s[k] += sizes[c]
            if k > 0:
                prev[k] += row[k - 1]
        f.write(f"row,{c.isoformat()},{sizes[c]}," + "|".join(map(str, row)) + "\n")
    f.write("curve," + "|".join(repr(curve_a[k] / curve_s[k]) if curve_s[k] else "" for k in range(PERIODS)) + "\n")
    f.write("decline," + "|".join("" if k == 0 or prev[k] == 0 else repr(1 - curve_a[k] / prev[k]) for k in range(PERIODS)) + "\n")
