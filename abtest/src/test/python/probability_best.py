#!/usr/bin/env python3
"""Reference P(best) for independent normal posteriors, by scipy's adaptive QUADPACK (integrate.quad).

P_k = integral of f_k(x) * prod_{j != k} F_j(x) dx, f and F the normal density and CDF (scipy.stats.norm).
Independent of the Java method: each arm's integral runs over its own mean +- 12 sd, split at every
mean_j + t sd_j (t = -9, -8.5, ..., 9) of every arm so that quad sees each narrow CDF step, each piece to
epsabs 1e-15. Output: src/test/resources/golden/probability_best.properties. Regenerate with
    python3 src/test/python/probability_best.py > src/test/resources/golden/probability_best.properties
"""
import numpy as np
from scipy import integrate, stats


def p_best(mu, sd):
    k = len(mu)
    out = []
    for i in range(k):
        lo, hi = mu[i] - 12 * sd[i], mu[i] + 12 * sd[i]
        cuts = sorted({mu[j] + t * sd[j] for j in range(k) for t in np.arange(-9, 9.01, 0.5)
                       if lo < mu[j] + t * sd[j] < hi})
        others = [j for j in range(k) if j != i]

        def f(x):
            v = stats.norm.pdf(x, mu[i], sd[i])
            for j in others:
                v *= stats.norm.cdf(x, mu[j], sd[j])
            return v

        edges = [lo] + cuts + [hi]
        out.append(sum(integrate.quad(f, a, b, epsabs=1e-15, epsrel=1e-13, limit=200)[0]
                       for a, b in zip(edges[:-1], edges[1:])))
    return out


cases = [
    ("five rates about 9% (2,000 units each)", [0.09, 0.092, 0.095, 0.088, 0.091], [0.0063] * 5),
    ("exact five-way tie", [0, 0, 0, 0, 0], [1, 1, 1, 1, 1]),
    ("near tie, 1e-4 sd apart", [0, 1e-4, 2e-4, 0, -1e-4], [1, 1, 1, 1, 1]),
    ("equal means, very unequal sds", [0, 0, 0, 0, 0], [1, 1e-3, 1e-2, 2, 1e-4]),
    ("narrow arm inside a wide one", [0, 0.001, 0, 0, 0], [1, 0.001, 1e-3, 2, 1]),
    ("spread means, sds from 0.01 to 5", [0, 1, 2, 3, 4], [1, 0.01, 5, 0.3, 0.02]),
    ("two arms", [0.1, 0.12], [0.01, 0.02]),
    ("one clear winner", [0, 0, 0, 0, 10], [1, 1, 1, 1, 1]),
    ("sd ratio 1e6", [0, 0, 0], [1, 1e-6, 1e-2]),
    ("eight arms", [0.5, 0.51, 0.49, 0.52, 0.505, 0.495, 0.515, 0.5], [0.01, 0.012, 0.009, 0.02, 0.011, 0.01, 0.015, 0.008]),
    ("large offset", [1e6, 1e6 + 1, 1e6 + 0.5], [1, 1, 2]),
]
rng = np.random.default_rng(20261206)
for c in range(8):
    k = int(rng.integers(2, 7))
    cases.append((f"random {c} (log-normal sds)", list(rng.normal(0, 1, k)), list(np.exp(rng.normal(0, 2, k)))))
for c in range(6):
    k = int(rng.integers(3, 7))
    cases.append((f"random near tie {c}", list(rng.normal(0, 0.01, k)), list(0.01 * np.exp(rng.normal(0, 1.5, k)))))

print("# P(best) of independent normal posteriors N(mean, sd^2): scipy integrate.quad, see src/test/python/probability_best.py")
for n, (name, mu, sd) in enumerate(cases):
    p = p_best(np.array(mu, float), np.array(sd, float))
    print(f"# {name}; sum of P = {sum(p):.15f}")
    print(f"case.{n}.mean=" + ",".join(repr(float(v)) for v in mu))
    print(f"case.{n}.sd=" + ",".join(repr(float(v)) for v in sd))
    print(f"case.{n}.pBest=" + ",".join(repr(float(v)) for v in p))
print(f"cases={len(cases)}")
