#!/usr/bin/env python3
"""Reference values for RankTrend and ShareOfSearch (analytics-planning, package search), computed
independently with scipy.stats.linregress and plain sums from the definitions in their Javadoc.

Writes golden/search_ranks.csv (observations: keyword, day, rank or empty when not ranked, search
volume or empty when not reported) and golden/search_expected.csv (per keyword over the window
2026-11-03..2026-11-26: observed days, ranked days, days in top 10, days in top 3, best, worst,
least-squares slope of rank on days since the window start, brand volume, share of search =
brand volume / sum of all brands' volumes, after Binet, IPA EffWorks 2020).
    python3 analytics/analytics-planning/src/test/python/search_presence.py
"""
import csv
import os
from datetime import date, timedelta
import numpy as np
from scipy.stats import linregress

OUT = os.path.join(os.path.dirname(__file__), "..", "resources", "golden")
START, END = date(2026, 11, 1), date(2026, 11, 30)
W_START, W_END = date(2026, 11, 3), date(2026, 11, 26)
rng = np.random.default_rng(17)
# keyword -> (start rank, drift per day, noise sd, probability not ranked, mean volume)
KEYWORDS = {"防晒霜": (18, -0.5, 1.5, 0.1, 12000), "sunscreen": (4, 0.3, 1.0, 0.15, 5000),
            "敏感肌": (7, 0.0, 0.8, 0.05, 8000), "SPF50": (30, -0.02, 2.0, 0.3, 900)}
rows = []
for kw, (r0, drift, sd, p_none, vol) in KEYWORDS.items():
    d = START
    while d <= END:
        t = (d - START).days
        if rng.random() < 0.1:       # day not observed at all
            d += timedelta(days=1)
            continue
        rank = "" if rng.random() < p_none else str(max(1, int(round(r0 + drift * t + rng.normal(0, sd)))))
        volume = "" if rng.random() < 0.1 else str(int(rng.poisson(vol)))
        rows.append((kw, d.isoformat(), rank, volume))
        d += timedelta(days=1)
with open(os.path.join(OUT, "search_ranks.csv"), "w", newline="") as f:
    w = csv.writer(f)
    w.writerow(["keyword", "day", "rank", "volume"])
    w.writerows(rows)

volumes = {}
expected = []
for kw in KEYWORDS:
    inw = [r for r in rows if r[0] == kw and W_START.isoformat() <= r[1] <= W_END.isoformat()]
    ranked = [r for r in inw if r[2]]
    x = [(date.fromisoformat(r[1]) - W_START).days for r in ranked]
    y = [int(r[2]) for r in ranked]
    slope = linregress(x, y).slope
    volumes[kw] = sum(int(r[3]) for r in inw if r[3])
    expected.append([kw, len(inw), len(ranked), sum(v <= 10 for v in y), sum(v <= 3 for v in y), min(y), max(y),
                     repr(float(slope)), volumes[kw], sum(1 for r in inw if r[3]), sum(1 for r in inw if not r[3])])
total = sum(volumes.values())
with open(os.path.join(OUT, "search_expected.csv"), "w", newline="") as f:
    w = csv.writer(f)
    w.writerow(["keyword", "observed", "ranked", "top10", "top3", "best", "worst", "slope", "volume",
                "days_with_volume", "days_without_volume", "share"])
    for e in expected:
        w.writerow(e + [repr(e[8] / total)])
