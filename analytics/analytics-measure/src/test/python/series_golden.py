"""Independent reference for DailyDeltas: cumulative counter readings at irregular times -> daily deltas.

Rule (stated in DailyDeltas' Javadoc): resets (a drop) count the new value as the increase;
the adjusted counter is interpolated linearly (numpy.interp) at each local midnight; a day is
reported only when both of its midnights lie within [first, last] reading; a day overlapped by an
interval longer than 36 h is flagged as a gap. Zones via zoneinfo (DST-aware).
Run: python3 series_golden.py  (writes ../resources/golden/series_*.csv)
"""
import datetime as dt
import os
import random
from zoneinfo import ZoneInfo
import numpy as np

OUT = os.path.join(os.path.dirname(__file__), "..", "resources", "golden")

def make(seed, start_utc, days, zone):
    rnd = random.Random(seed)
    t = start_utc
    v = 0
    readings = []
    end = start_utc + dt.timedelta(days=days)
    while t < end:
        readings.append((t, v))
        # irregular spacing: mostly 2-14 h, sometimes a 40-60 h gap
        hours = rnd.uniform(40, 60) if rnd.random() < 0.05 else rnd.uniform(2, 14)
        t = t + dt.timedelta(seconds=int(hours * 3600))
        if rnd.random() < 0.03:
            v = rnd.randint(0, 50)          # counter reset
        else:
            v = v + rnd.randint(0, 400)
    return readings

def deltas(readings, zone):
    tz = ZoneInfo(zone)
    ts = np.array([r[0].timestamp() * 1000 for r in readings], dtype=float)
    vals = [r[1] for r in readings]
    adj = [float(vals[0])]
    reset = [False]
    for i in range(1, len(vals)):
        r = vals[i] < vals[i - 1]
        reset.append(r)
        adj.append(adj[-1] + (vals[i] if r else vals[i] - vals[i - 1]))
    adj = np.array(adj)
    out = []
    day = readings[0][0].astimezone(tz).date()
    while True:
        s = dt.datetime(day.year, day.month, day.day, tzinfo=tz).timestamp() * 1000
        nd = day + dt.timedelta(days=1)
        e = dt.datetime(nd.year, nd.month, nd.day, tzinfo=tz).timestamp() * 1000
        if e > ts[-1]:
            break
        if s >= ts[0]:
            gap = any(ts[i] > s and ts[i - 1] < e and ts[i] - ts[i - 1] > 36 * 3600 * 1000 for i in range(1, len(ts)))
            rs = any(ts[i] > s and ts[i - 1] < e and reset[i] for i in range(1, len(ts)))
            d = np.interp(e, ts, adj) - np.interp(s, ts, adj)
            out.append((day.isoformat(), repr(float(d)), gap, rs))
        day = nd
    return out

for name, seed, zone, start in [("shanghai", 7, "Asia/Shanghai", dt.datetime(2026, 10, 1, 3, 17, tzinfo=dt.timezone.utc)),
                                 ("newyork_dst", 11, "America/New_York", dt.datetime(2026, 10, 20, 9, 0, tzinfo=dt.timezone.utc))]:
    rs = make(seed, start, 30, zone)
    with open(os.path.join(OUT, f"series_{name}_readings.csv"), "w") as f:
        f.write(f"# zone={zone}\n")
        for t, v in rs:
            f.write(f"{t.isoformat().replace('+00:00', 'Z')},{v}\n")
    with open(os.path.join(OUT, f"series_{name}_deltas.csv"), "w") as f:
        for day, d, gap, rst in deltas(rs, zone):
            f.write(f"{day},{d},{str(gap).lower()},{str(rst).lower()}\n")
