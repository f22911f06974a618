#!/usr/bin/env python3
"""Independent reference values for the KOL engine (io.github.mediaops.analytics.growth.kol).

 * WCI V2.0 on the published worked example (R=10000, R/n=100, Rmax=300, Z=4000, Z/n=40, Zmax=60),
   whose published result is 411.4875079 (http://www.gulangu.com/a/344.html);
 * WCI V14.2 from the published formula (https://stevekatra.com/site/usage-1) for a sample month;
 * the robust z of a follower-gain series (median / 1.4826*MAD) with numpy.

Run:  python3 analytics/analytics-growth/src/test/python/kol_golden.py > analytics/analytics-growth/src/test/resources/golden/kol.txt
"""
import math
import numpy as np

ln = math.log


def out(key, values):
    print(key, " ".join(repr(float(v)) for v in np.atleast_1d(values)))


R, Rn, Rmax, Z, Zn, Zmax = 10000, 100, 300, 4000, 40, 60
read = 0.40 * ln(R + 1) + 0.45 * ln(Rn + 1) + 0.15 * ln(Rmax + 1)
like = 0.40 * ln(Z + 1) + 0.45 * ln(Zn + 1) + 0.15 * ln(Zmax + 1)
out("wci_v2_example", [(0.8 * read + 0.2 * like) ** 2 * 10])

d, n = 30, 45
R, Z, L, RE = 612000, 5300, 8800, 4100
Rt, Zt, Lt, REt = 420000, 3900, 6100, 3000
Rmax, Zmax, Lmax, REmax = 100001, 900, 1500, 800


def block(r, z, l, re):
    return 0.70 * ln(r + 1) + 0.09 * ln(z * 10 + 1) + 0.06 * ln(l * 10 + 1) + 0.15 * ln(re * 10 + 1)


O = block(R / d, Z / d, L / d, RE / d)
A = block(R / n, Z / n, L / n, RE / n)
H = block(Rt / d, Zt / d, Lt / d, REt / d)
P = block(Rmax, Zmax, Lmax, REmax)
out("wci_v14_2_month", [(0.6 * O + 0.2 * A + 0.1 * H + 0.1 * P) ** 2 * 1.2 * 10])

gain = np.array([120, 135, 98, 110, 140, 125, 5200, 130, 118, 101], dtype=float)
med = np.median(gain)
mad = 1.4826 * np.median(np.abs(gain - med))
out("spike_z", [(gain.max() - med) / mad])
