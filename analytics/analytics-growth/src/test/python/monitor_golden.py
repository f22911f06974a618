#!/usr/bin/env python3
"""Independent reference values for the monitor engine (io.github.mediaops.analytics.growth.monitor).

 * EWMA chart with the parameters of the NIST/SEMATECH e-Handbook example (section 6.3.2.4:
   EWMA_0 = 50, s = 2.0539, lambda = 0.3, k = 3) on the example's 20 observations, asymptotic and
   exact limits;
 * a tabular CUSUM (k = 0.5, h = 4, restart after a signal) on a series with a shift;
 * one-sided exact binomial and Poisson tail probabilities with scipy.stats.

Run:  python3 analytics/analytics-growth/src/test/python/monitor_golden.py > analytics/analytics-growth/src/test/resources/golden/monitor.txt
"""
import numpy as np
from scipy import stats


def out(key, values):
    print(key, " ".join(repr(float(v)) for v in np.atleast_1d(values)))


x = np.array([52.0, 47.0, 53.0, 49.3, 50.1, 47.0, 51.0, 50.1, 51.2, 50.5,
              49.6, 47.6, 49.9, 51.3, 47.8, 51.2, 52.6, 52.4, 53.6, 52.1])
lam, target, s, L = 0.3, 50.0, 2.0539, 3.0
z = []
prev = target
for v in x:
    prev = lam * v + (1 - lam) * prev
    z.append(prev)
t = np.arange(1, len(x) + 1)
out("ewma_series", x)
out("ewma_statistic", z)
out("ewma_limits_asymptotic", [target - L * s * np.sqrt(lam / (2 - lam)), target + L * s * np.sqrt(lam / (2 - lam))])
out("ewma_exact_halfwidth", L * s * np.sqrt(lam / (2 - lam) * (1 - (1 - lam) ** (2 * t))))

rng = np.random.default_rng(7)
cx = np.r_[rng.normal(10, 1, 15), rng.normal(11.5, 1, 15)].round(3)
up = down = 0.0
ups, downs, sig = [], [], []
for v in cx:
    zz = (v - 10) / 1.0
    up = max(0.0, up + zz - 0.5)
    down = max(0.0, down - zz - 0.5)
    ups.append(up)
    downs.append(down)
    fired = up > 4 or down > 4
    sig.append(1.0 if fired else 0.0)
    if fired:
        up = down = 0.0
out("cusum_series", cx)
out("cusum_upper", ups)
out("cusum_lower", downs)
out("cusum_signal", sig)

for k, n, p in [(12, 100, 0.05), (30, 200, 0.1), (3, 10, 0.5), (0, 10, 0.2), (50, 50, 0.3)]:
    out(f"binom_upper_{k}_{n}_{p}", [stats.binom.sf(k - 1, n, p)])
for k, mu in [(12, 4.0), (5, 5.0), (40, 10.5), (1, 0.01)]:
    out(f"poisson_upper_{k}_{mu}", [stats.poisson.sf(k - 1, mu)])
