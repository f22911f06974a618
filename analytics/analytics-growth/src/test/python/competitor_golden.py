#!/usr/bin/env python3
"""Independent reference values for the competitor benchmark (io.github.mediaops.analytics.growth.competitor).

Generates a month of public posts for four accounts (two own, two competitors) with a fixed seed,
then computes per-account posting frequency, hour and weekday histograms (Asia/Shanghai), content
mix, mean/median engagement, follower growth, share of voice, and the percentile ranks of the own
accounts with scipy.stats.percentileofscore(kind="mean").

Run:  python3 analytics/analytics-growth/src/test/python/competitor_golden.py > analytics/analytics-growth/src/test/resources/golden/competitor.tsv
Lines: "account<TAB>id<TAB>own<TAB>start<TAB>end", "post<TAB>account<TAB>id<TAB>epoch<TAB>kind<TAB>eng<TAB>topics",
then "expect<TAB>key<TAB>value".
"""
from datetime import datetime, timedelta, timezone
import numpy as np
from scipy import stats

rng = np.random.default_rng(99)
tz = timezone(timedelta(hours=8))
start = datetime(2026, 3, 1, tzinfo=tz)
days = 31
accounts = [("own-a", True, 52000, 55100), ("own-b", True, 8000, 8050), ("rival-x", False, 120000, 126000),
            ("rival-y", False, 30000, 29500)]
kinds = ["SHORT_VIDEO", "IMAGE_TEXT_NOTE", "ARTICLE", "LIVESTREAM"]
topics = ["防晒", "新品", "测评"]
posts = []
for acc, own, s, e in accounts:
    print(f"account\t{acc}\t{str(own).lower()}\t{s}\t{e}")
    n = int(rng.integers(8, 30))
    for i in range(n):
        t = start + timedelta(days=float(rng.uniform(-2, days + 2)))  # some outside the period
        kind = kinds[int(rng.integers(0, 4))]
        eng = int(rng.lognormal(6 if acc != "rival-x" else 7, 1))
        tp = [x for x in topics if rng.random() < 0.35]
        posts.append((acc, f"{acc}-{i}", int(t.timestamp()), kind, eng, tp))
        print(f"post\t{acc}\t{acc}-{i}\t{int(t.timestamp())}\t{kind}\t{eng}\t{','.join(tp)}")

inside = [p for p in posts if start.date() <= datetime.fromtimestamp(p[2], tz).date() <= (start + timedelta(days=days - 1)).date()]
prof = {}
for acc, own, s, e in accounts:
    ps = [p for p in inside if p[0] == acc]
    eng = np.array([p[4] for p in ps], dtype=float)
    hours = np.zeros(24, dtype=int)
    wd = np.zeros(7, dtype=int)
    for p in ps:
        d = datetime.fromtimestamp(p[2], tz)
        hours[d.hour] += 1
        wd[d.weekday()] += 1
    prof[acc] = dict(ppw=len(ps) / (days / 7), mean=eng.mean() if len(ps) else 0.0,
                     median=float(np.median(eng)) if len(ps) else 0.0, rate=(e - s) / s)
    print(f"expect\t{acc}.posts\t{len(ps)}")
    print(f"expect\t{acc}.postsPerWeek\t{prof[acc]['ppw']!r}")
    print(f"expect\t{acc}.meanEngagement\t{float(prof[acc]['mean'])!r}")
    print(f"expect\t{acc}.medianEngagement\t{prof[acc]['median']!r}")
    print(f"expect\t{acc}.followerGrowthRate\t{prof[acc]['rate']!r}")
    print(f"expect\t{acc}.hours\t{','.join(map(str, hours))}")
    print(f"expect\t{acc}.weekdays\t{','.join(map(str, wd))}")
    for k in kinds:
        c = sum(1 for p in ps if p[3] == k)
        if c:
            print(f"expect\t{acc}.mix.{k}\t{c / len(ps)!r}")
for t in topics:
    tot = sum(1 for p in inside if t in p[5])
    tot_e = sum(p[4] for p in inside if t in p[5])
    for acc, *_ in accounts:
        c = sum(1 for p in inside if t in p[5] and p[0] == acc)
        ce = sum(p[4] for p in inside if t in p[5] and p[0] == acc)
        print(f"expect\tsov.{t}.{acc}.posts\t{(c / tot if tot else 0.0)!r}")
        print(f"expect\tsov.{t}.{acc}.engagement\t{(ce / tot_e if tot_e else 0.0)!r}")
metric_keys = {"postsPerWeek": "ppw", "meanEngagement": "mean", "medianEngagement": "median", "followerGrowthRate": "rate"}
for acc, own, *_ in accounts:
    if own:
        for m, k in metric_keys.items():
            allv = [prof[a[0]][k] for a in accounts]
            print(f"expect\tpct.{acc}.{m}\t{float(stats.percentileofscore(allv, prof[acc][k], kind='mean'))!r}")
