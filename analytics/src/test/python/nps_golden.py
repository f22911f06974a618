"""Independent reference values for the recommendation-score statistics (PromoterScores).

Formulas: Rocks (2016), The American Statistician 70(4); adjusted Wald per Sauro & Lewis
(measuringu.com/nps-confidence-intervals). Normal quantiles and tail probabilities from scipy.
Run: python3 nps_golden.py > ../resources/golden/nps.csv
"""
import math
from scipy.stats import norm

cases = [  # detractors, passives, promoters, confidence
    (10, 20, 30, 0.95), (1, 0, 0, 0.95), (0, 0, 5, 0.90), (120, 300, 580, 0.95),
    (7, 3, 2, 0.99), (50, 50, 50, 0.80), (0, 12, 0, 0.95), (33, 41, 26, 0.95),
]
pairs = [((10, 20, 30), (20, 20, 20), 0.95), ((120, 300, 580), (150, 310, 540), 0.95),
         ((5, 5, 5), (5, 5, 5), 0.90), ((2, 10, 40), (30, 10, 12), 0.99)]
sizes = [(5.0, 0.95, 0.5, 0.5), (10.0, 0.95, 0.45, 0.2), (3.0, 0.90, 0.6, 0.1), (7.5, 0.99, 0.3, 0.3)]

def var(pp, pd):
    return pp + pd - (pp - pd) ** 2

print("kind,d,p,pr,confidence,score,se,wald_lo,wald_hi,adj_lo,adj_hi,moe")
for d, p, pr, c in cases:
    n = d + p + pr
    z = float(norm.ppf(1 - (1 - c) / 2))
    pp, pd = pr / n, d / n
    s = 100 * (pp - pd)
    se = 100 * math.sqrt(var(pp, pd) / n)
    na = n + 3
    ppa, pda = (pr + 0.75) / na, (d + 0.75) / na
    sa = 100 * (ppa - pda)
    sea = 100 * math.sqrt(var(ppa, pda) / na)
    clip = lambda v: max(-100.0, min(100.0, v))
    print(f"score,{d},{p},{pr},{c},{s!r},{se!r},{clip(s - z*se)!r},{clip(s + z*se)!r},"
          f"{clip(sa - z*sea)!r},{clip(sa + z*sea)!r},{z*se!r}")

print("kind,da,pa,pra,db,pb,prb,confidence,diff,se,z,p,lo,hi")
for a, b, c in pairs:
    z = float(norm.ppf(1 - (1 - c) / 2))
    na, nb = sum(a), sum(b)
    sa = (a[2] - a[0]) / na
    sb = (b[2] - b[0]) / nb
    diff = 100 * (sa - sb)
    se = 100 * math.sqrt(var(a[2] / na, a[0] / na) / na + var(b[2] / nb, b[0] / nb) / nb)
    stat = diff / se if se > 0 else 0.0
    pval = float(2 * norm.sf(abs(stat)))
    print(f"diff,{a[0]},{a[1]},{a[2]},{b[0]},{b[1]},{b[2]},{c},{diff!r},{se!r},{stat!r},{pval!r},"
          f"{diff - z*se!r},{diff + z*se!r}")

print("kind,margin,confidence,pp,pd,n")
for m, c, pp, pd in sizes:
    z = float(norm.ppf(1 - (1 - c) / 2))
    n = math.ceil(z * z * var(pp, pd) * 10000 / (m * m) - 1e-9)
    print(f"size,{m},{c},{pp},{pd},{n}")
