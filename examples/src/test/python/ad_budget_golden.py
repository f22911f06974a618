#!/usr/bin/env python3
"""Independent reference for AdReportsBudgetTest (examples): the best split of next month's daily budget between
the two simulated ad channels, computed on the TRUE Hill curves the simulators generate data from (never on
anything the Java code computes).

Hill curve: response(s) = beta * s^alpha / (s^alpha + K^alpha), s = spend per day in yuan.
  Ocean Engine promotion : beta=300, alpha=1.2, K=900,  daily spend bounds [0, 2000]
  Tencent Ads ad group   : beta=200, alpha=0.9, K=700,  daily spend bounds [0, 1500]
Budget: 60000 CNY for December 2026 (31 days), spent evenly: 60000/31 per day, all of it.

Method: maximise f1(x) + f2(B - x) over x in [max(0, B - 1500), min(2000, B)] with
scipy.optimize.minimize_scalar (bounded), checked against a 1e-3-yuan grid.

Run:  python3 examples/src/test/python/ad_budget_golden.py > examples/src/test/resources/golden/ad_budget.txt
Format: one record per line, "key value", in repr() precision.
"""
import numpy as np
from scipy import optimize


def hill(s, beta, alpha, k):
    s = np.asarray(s, dtype=float)
    return beta * s**alpha / (s**alpha + k**alpha)


B = 60000.0 / 31.0
lo, hi = max(0.0, B - 1500.0), min(2000.0, B)


def total(x):
    return hill(x, 300.0, 1.2, 900.0) + hill(B - x, 200.0, 0.9, 700.0)


res = optimize.minimize_scalar(lambda x: -total(x), bounds=(lo, hi), method="bounded",
                               options={"xatol": 1e-9})
grid = np.arange(lo, hi, 1e-3)
g = grid[np.argmax(total(grid))]
assert abs(g - res.x) < 1e-2, (g, res.x)
print("daily_budget", repr(B))
print("ocean_engine_daily", repr(float(res.x)))
print("tencent_ads_daily", repr(float(B - res.x)))
print("daily_conversions", repr(float(total(res.x))))
