#!/usr/bin/env python3
"""Reference multi-arm Beta-binomial analysis by scipy's adaptive QUADPACK (integrate.quad) and scipy.special.

For independent Beta(a_j, b_j) posteriors (arm 0 the control):
  P(best)_k = integral of f_k(x) * prod_{j != k} F_j(x) dx   (f, F: scipy.stats.beta pdf and cdf),
  P(X_j > X_0) = integral of f_j(x) * F_0(x) dx,
  K_0j = B(a_0 + a_j, b_0 + b_j) / (B(a_0, b_0) B(a_j, b_j))  (scipy.special.betaln), the term of the expected
  losses (Evan Miller's identity; see BetaBinomial#compare).
Independent of the Java method (fixed-node Gauss-Legendre panels, CDFs accumulated from the densities): each
integral runs over the integrand arm's quantiles 1e-15 .. 1 - 1e-15, split at the quantiles 1e-12, 1e-9, ..., of
every arm so that quad sees each CDF step, each piece to epsabs 1e-15. Output:
src/test/resources/golden/probability_best_beta.properties. Regenerate with
    python3 src/test/python/probability_best_beta.py > src/test/resources/golden/probability_best_beta.properties
"""
import numpy as np
from scipy import integrate, special, stats

QS = [1e-12, 1e-9, 1e-6, 1e-4, 0.001, 0.01, 0.05, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 0.95, 0.99,
      0.999, 1 - 1e-4, 1 - 1e-6, 1 - 1e-9, 1 - 1e-12]


def integral(g, own, dists):
    lo, hi = own.ppf(1e-15), own.isf(1e-15)
    cuts = sorted({float(d.ppf(q)) for d in dists for q in QS if lo < d.ppf(q) < hi})
    edges = [lo] + cuts + [hi]
    return sum(integrate.quad(g, s, e, epsabs=1e-15, epsrel=1e-13, limit=200)[0]
               for s, e in zip(edges[:-1], edges[1:]))


def analyse(a, b):
    d = [stats.beta(x, y) for x, y in zip(a, b)]
    k = len(a)
    best = []
    for i in range(k):
        others = [j for j in range(k) if j != i]

        def g(x, i=i, others=others):
            v = d[i].pdf(x)
            for j in others:
                v *= d[j].cdf(x)
            return v

        best.append(integral(g, d[i], d))
    above = [0.0] + [integral(lambda x, j=j: d[j].pdf(x) * d[0].cdf(x), d[j], d) for j in range(1, k)]
    overlap = [0.0] + [float(np.exp(special.betaln(a[0] + a[j], b[0] + b[j]) - special.betaln(a[0], b[0])
                                     - special.betaln(a[j], b[j]))) for j in range(1, k)]
    return best, above, overlap


def arms(counts):
    return [1.0 + x for n, x in counts], [1.0 + n - x for n, x in counts]


cases = [
    ("five rates about 9% (2,000 units each)", [(2000, 180), (2100, 195), (2050, 200), (2150, 186), (2000, 191)]),
    ("five-way tie", [(5000, 400)] * 5),
    ("two arms", [(900, 80), (910, 95)]),
    ("20 conversions of 100,000 (skewed) against 40", [(100000, 19), (100000, 40), (100000, 30)]),
    ("20 conversions of 40 (near the fast path's edge)", [(39, 19), (41, 21), (40, 20), (60, 30)]),
    ("traffic 1,000 against 1,000,000 (sd ratio about 30)", [(1000, 100), (1000000, 100500), (1000, 120)]),
    ("one clear winner", [(10000, 500), (10000, 520), (10000, 900)]),
    ("control far below every treatment", [(10000, 300), (10000, 600), (10000, 610), (10000, 590)]),
    ("rates near one half", [(3000, 1500), (3000, 1530), (3000, 1490), (3000, 1510), (3000, 1520), (3000, 1505)]),
    ("rates near 97%", [(4000, 3880), (4000, 3890), (4000, 3870)]),
    ("eight arms", [(2500 + 37 * j, 200 + 7 * j) for j in range(8)]),
]
rng = np.random.default_rng(20261206)
for c in range(14):
    k = int(rng.integers(2, 7))
    base = float(rng.uniform(0.02, 0.6))
    counts = []
    for _ in range(k):
        n = int(np.exp(rng.uniform(np.log(200), np.log(200000))))
        x = int(round(n * base * rng.uniform(0.9, 1.1)))
        counts.append((n, min(max(x, 20), n - 20)))
    cases.append((f"random {c}", counts))

print("# Multi-arm Beta-binomial analysis: scipy integrate.quad and scipy.special, see "
      "src/test/python/probability_best_beta.py")
for n, (name, counts) in enumerate(cases):
    a, b = arms(counts)
    best, above, overlap = analyse(a, b)
    print(f"# {name}; sum of P(best) = {sum(best):.15f}")
    print(f"case.{n}.n=" + ",".join(str(c[0]) for c in counts))
    print(f"case.{n}.x=" + ",".join(str(c[1]) for c in counts))
    print(f"case.{n}.pBest=" + ",".join(repr(float(v)) for v in best))
    print(f"case.{n}.pAboveControl=" + ",".join(repr(float(v)) for v in above))
    print(f"case.{n}.k=" + ",".join(repr(float(v)) for v in overlap))
print(f"cases={len(cases)}")
