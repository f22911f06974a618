"""Independent reference values for the recommendation-score statistics (PromoterScores).

Method: Rocks (2016), The American Statistician 70(4); adjusted Wald per Sauro & Lewis
(measuringu.com/nps-confidence-intervals). Independent of the Java closed form: every standard error is
the population sd (numpy, ddof=0) of the per-respondent +1/0/-1 scores over sqrt(n), and every interval
and tail probability comes from scipy.stats.norm.
Run: python3 nps_golden.py > ../resources/golden/nps.csv
"""
import math

import numpy as np
from scipy.stats import norm

cases = [  # detractors, passives, promoters, confidence
    (10, 20, 30, 0.95), (1, 0, 0, 0.95), (0, 0, 5, 0.90), (120, 300, 580, 0.95),
    (7, 3, 2, 0.99), (50, 50, 50, 0.80), (0, 12, 0, 0.95), (33, 41, 26, 0.95),
]
pairs = [((10, 20, 30), (20, 20, 20), 0.95), ((120, 300, 580), (150, 310, 540), 0.95),
         ((5, 5, 5), (5, 5, 5), 0.90), ((2, 10, 40), (30, 10, 12), 0.99)]
sizes = [(5.0, 0.95, 0.5, 0.5), (10.0, 0.95, 0.45, 0.2), (3.0, 0.90, 0.6, 0.1), (7.5, 0.99, 0.3, 0.3)]

def answers(d, p, pr, copies=1):
    """One entry per respondent: +1 promoter, 0 passive, -1 detractor (each respondent repeated `copies` times)."""
    return np.repeat(np.array([1.0, 0.0, -1.0]), [copies * pr, copies * p, copies * d])


def mean_se(d, p, pr):
    """Score (points) and standard error of the mean of the per-respondent scores, population sd / sqrt(n)."""
    x = answers(d, p, pr)
    return float(100 * x.mean()), float(100 * x.std(ddof=0) / math.sqrt(len(x)))


def interval(centre, se, c):
    if se == 0:
        return centre, centre
    lo, hi = norm(loc=centre, scale=se).interval(c)
    return float(lo), float(hi)


clip = lambda v: max(-100.0, min(100.0, v))
print("kind,d,p,pr,confidence,score,se,wald_lo,wald_hi,adj_lo,adj_hi,moe")
for d, p, pr, c in cases:
    n = d + p + pr
    s, se = mean_se(d, p, pr)
    wlo, whi = interval(s, se, c)
    # adjusted Wald (Rocks 2016 / Sauro & Lewis): 3 pseudo-respondents added, 3/4 promoter, 3/4 detractor,
    # 3/2 passive. Built per respondent at 4x replication (so 3 promoters, 6 passives, 3 detractors are added
    # to 4 copies of every answer); the sd is that of the augmented sample, the effective n is n + 3.
    xa = np.concatenate([answers(d, p, pr, 4), answers(3, 6, 3)])
    sa = float(100 * xa.mean())
    sea = float(100 * xa.std(ddof=0) / math.sqrt(n + 3))
    alo, ahi = interval(sa, sea, c)
    moe = (whi - wlo) / 2
    print(f"score,{d},{p},{pr},{c},{s!r},{se!r},{clip(wlo)!r},{clip(whi)!r},"
          f"{clip(alo)!r},{clip(ahi)!r},{moe!r}")

print("kind,da,pa,pra,db,pb,prb,confidence,diff,se,z,p,lo,hi")
for a, b, c in pairs:
    sa, sea = mean_se(*a)
    sb, seb = mean_se(*b)
    diff = sa - sb
    se = math.hypot(sea, seb)
    stat = diff / se if se > 0 else 0.0
    pval = float(2 * norm.sf(abs(stat)))
    lo, hi = interval(diff, se, c)
    print(f"diff,{a[0]},{a[1]},{a[2]},{b[0]},{b[1]},{b[2]},{c},{diff!r},{se!r},{stat!r},{pval!r},"
          f"{lo!r},{hi!r}")

print("kind,margin,confidence,pp,pd,n")
for m, c, pp, pd in sizes:
    # per-answer sd of the +1/0/-1 score under the expected shares (numpy weighted moments), then the
    # smallest n whose normal-interval half-width is within the margin
    vals, w = np.array([1.0, 0.0, -1.0]), np.array([pp, 1 - pp - pd, pd])
    mu = np.average(vals, weights=w)
    sd = 100 * math.sqrt(np.average((vals - mu) ** 2, weights=w))
    half = lambda k: float(norm(0, sd / math.sqrt(k)).interval(c)[1])
    n = max(1, int((half(1) / m) ** 2) - 2)
    while half(n) > m * (1 + 1e-12):
        n += 1
    print(f"size,{m},{c},{pp},{pd},{n}")
