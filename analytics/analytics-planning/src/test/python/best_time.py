#!/usr/bin/env python3
"""Reference values for BestTimeToPost (see its Javadoc for the model), computed with numpy.

Writes golden/best_time_posts.csv (history) and golden/best_time_expected.csv (per hour-of-week slot:
posts, effective n, observed lift, posterior mean, lower, upper) for now = 2026-11-28T00:00Z, zone
Asia/Shanghai (UTC+8, no DST), half-life 90 days, prior weight 3, prior variance 0.25, z = 1.6448536269514722
and the prior lift 1 + 0.2 sin(2 pi h / 24) for hour h of the day.
    python3 analytics/analytics-planning/src/test/python/best_time.py
"""
import os
from datetime import datetime, timedelta, timezone
import numpy as np

OUT = os.path.join(os.path.dirname(__file__), "..", "resources", "golden")
NOW = datetime(2026, 11, 28, tzinfo=timezone.utc)
TZ = timezone(timedelta(hours=8))
HALF_LIFE = 90 * 86400.0
K, PRIOR_VAR, Z = 3.0, 0.25, 1.6448536269514722
rng = np.random.default_rng(7)

favourite = [(4, 20), (1, 12), (6, 9)]   # (weekday 0=Mon, hour) local
posts = []
for i in range(80):
    if i < 60:
        d, h = favourite[i % 3]
    else:
        d, h = int(rng.integers(0, 7)), int(rng.integers(0, 24))
    days_ago = int(rng.integers(1, 200))
    local = (NOW.astimezone(TZ) - timedelta(days=days_ago)).replace(hour=h, minute=int(rng.integers(0, 60)), second=0)
    local = local - timedelta(days=(local.weekday() - d) % 7)
    impressions = int(rng.integers(500, 20000))
    base = {(4, 20): 0.06, (1, 12): 0.04, (6, 9): 0.03}.get((d, h), 0.035)
    engagements = int(impressions * max(0.0, rng.normal(base, 0.01)))
    posts.append((int(local.astimezone(timezone.utc).timestamp()), impressions, engagements))

t = np.array([p[0] for p in posts], dtype=float)
imp = np.array([p[1] for p in posts], dtype=float)
eng = np.array([p[2] for p in posts], dtype=float)
age = NOW.timestamp() - t
w = 2.0 ** (-age / HALF_LIFE)
rate = eng / imp
lift = rate / (np.sum(w * rate) / np.sum(w))
slot = np.array([datetime.fromtimestamp(x, TZ).weekday() * 24 + datetime.fromtimestamp(x, TZ).hour for x in t])
prior = np.array([1 + 0.2 * np.sin(2 * np.pi * (s % 24) / 24) for s in range(168)])

counts = np.bincount(slot, minlength=168)
ss = ssw = 0.0
for s in range(168):
    m = slot == s
    if counts[s] >= 2:
        mean_s = np.sum(w[m] * lift[m]) / np.sum(w[m])
        ss += np.sum(w[m] * (lift[m] - mean_s) ** 2)
        ssw += np.sum(w[m])
var = ss / ssw if ss > 0 else PRIOR_VAR

with open(os.path.join(OUT, "best_time_posts.csv"), "w", newline="\n") as f:
    f.write("epochSecond,impressions,engagements\n")
    for p in posts:
        f.write(f"{p[0]},{p[1]},{p[2]}\n")
with open(os.path.join(OUT, "best_time_expected.csv"), "w", newline="\n") as f:
    f.write("slot,prior,posts,effective,observed,score,lower,upper\n")
    for s in range(168):
        m = slot == s
        if counts[s]:
            eff = np.sum(w[m]) ** 2 / np.sum(w[m] ** 2)
            obs = np.sum(w[m] * lift[m]) / np.sum(w[m])
            mean = (eff * obs + K * prior[s]) / (eff + K)
        else:
            eff, obs, mean = 0.0, float("nan"), prior[s]
        sd = np.sqrt(var / (eff + K))
        f.write(",".join([str(s), repr(float(prior[s])), str(int(counts[s]))] + [repr(float(x)) for x in (eff, obs, mean, mean - Z * sd, mean + Z * sd)]) + "\n")
print("variance", var)
