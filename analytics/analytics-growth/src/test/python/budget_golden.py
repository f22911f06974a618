#!/usr/bin/env python3
"""Independent reference values for the budget engine (io.github.mediaops.analytics.growth.budget).

Written from the published formulas, not from the Java code:
 * Robyn geometric and Weibull adstock (R/R/transformation.R of facebookexperimental/Robyn),
   Weibull CDF/PDF from scipy.stats.weibull_min, R's type-7 quantile from numpy.quantile;
 * Robyn's Hill saturation under both inflexion conventions (<= 3.11: range; >= 3.12: gamma*max);
 * a bounded Hill curve fit with scipy.optimize.least_squares (trust-region reflective);
 * a three-channel allocation with scipy.optimize.minimize(method="SLSQP").

Run:  python3 analytics/analytics-growth/src/test/python/budget_golden.py > analytics/analytics-growth/src/test/resources/golden/budget.txt
Format: one record per line, "key v1 v2 ...", values in repr() precision.
"""
import numpy as np
from scipy import optimize, stats


def out(key, values):
    print(key, " ".join(repr(float(v)) for v in np.atleast_1d(values)))


# --- adstock -------------------------------------------------------------------------------------
x5 = np.array([100.0] * 5)
geo = []
c = 0.0
for v in x5:
    c = v + 0.5 * c
    geo.append(c)
out("geometric_five_100_theta_0.5", geo)

series = np.array([120.0, 0.0, 80.0, 200.0, 50.0, 0.0, 0.0, 150.0, 90.0, 30.0])
n = len(series)


def robyn_weibull(x, shape, scale, kind):
    n = len(x)
    scale_trans = np.round(np.quantile(np.arange(1, n + 1), scale))  # numpy rounds half to even like R
    bins = np.arange(1, n + 1)
    if kind == "CDF":
        theta = np.concatenate([[1.0], 1 - stats.weibull_min.cdf(bins[:-1], shape, scale=scale_trans)])
        w = np.cumprod(theta)
    else:
        d = stats.weibull_min.pdf(bins, shape, scale=scale_trans)
        w = (d - d.min()) / (d.max() - d.min()) if d.max() > d.min() else np.r_[1.0, np.zeros(n - 1)]
    y = np.zeros(n)
    for pos in range(n):
        y[pos:] += x[pos] * w[: n - pos]
    return w, y


for shape, scale, kind in [(0.5, 0.5, "CDF"), (2.0, 0.3, "CDF"), (0.5, 0.5, "PDF"), (3.0, 0.2, "PDF")]:
    w, y = robyn_weibull(series, shape, scale, kind)
    out(f"weibull_{kind}_{shape}_{scale}_decay", w)
    out(f"weibull_{kind}_{shape}_{scale}_adstocked", y)


def meridian_geometric(x, alpha, max_lag):
    w = alpha ** np.arange(max_lag + 1)
    y = np.array([sum(w[l] * x[t - l] for l in range(max_lag + 1) if t - l >= 0) for t in range(len(x))])
    return y / w.sum()


out("meridian_geometric_0.6_lag3", meridian_geometric(series, 0.6, 3))
out("series", series)

# --- Hill ----------------------------------------------------------------------------------------
hx = np.array([100.0, 150.0, 170.0, 190.0, 200.0])
for conv, k in [("RANGE", 0.5 * hx.min() + 0.5 * hx.max()), ("MAX", 0.5 * hx.max())]:
    out(f"hill_robyn_doc_example_{conv}", hx ** 3 / (hx ** 3 + k ** 3))

# --- curve fit -----------------------------------------------------------------------------------
rng = np.random.default_rng(20261128)
spend = np.round(rng.uniform(200, 6000, 40), 2)
true_beta, true_alpha, true_k = 5000.0, 1.6, 2500.0
resp = true_beta * spend ** true_alpha / (spend ** true_alpha + true_k ** true_alpha)
outcome = np.round(np.maximum(resp + rng.normal(0, 120, spend.size), 0), 2)
out("fit_spend", spend)
out("fit_outcome", outcome)


def resid(p):
    b, a, lk = p
    k = np.exp(lk)
    return b * spend ** a / (spend ** a + k ** a) - outcome


lo = [0.0, 0.3, np.log(spend.min() * 0.01)]
hi = [np.inf, 5.0, np.log(spend.max() * 10)]
best = None
for a0 in (0.8, 1.5, 3.0):
    for k0 in (1000.0, 3000.0, 10000.0):
        r = optimize.least_squares(resid, [outcome.max(), a0, np.log(k0)], bounds=(lo, hi),
                                   xtol=1e-15, ftol=1e-15, gtol=1e-15, max_nfev=20000)
        if best is None or r.cost < best.cost:
            best = r
b, a, lk = best.x
sse = float(np.sum(resid(best.x) ** 2))
sst = float(np.sum((outcome - outcome.mean()) ** 2))
out("fit_beta_alpha_k_sse_r2", [b, a, np.exp(lk), sse, 1 - sse / sst])

# --- three-channel allocation (SLSQP) ------------------------------------------------------------
# channels: (beta, alpha, K, min, max)
channels = [(9000.0, 0.8, 3000.0, 500.0, 20000.0),
            (6000.0, 1.0, 2000.0, 0.0, 6000.0),
            (12000.0, 1.3, 5000.0, 1000.0, 30000.0)]
budget = 15000.0


def total(x):
    return sum(b * xi ** a / (xi ** a + k ** a) for (b, a, k, _, _), xi in zip(channels, x))


def grad(x):
    g = []
    for (b, a, k, _, _), xi in zip(channels, x):
        u = (xi / k) ** a
        g.append(b * a * u / (xi * (1 + u) ** 2))
    return np.array(g)


res = optimize.minimize(lambda x: -total(x), x0=np.array([5000.0, 3000.0, 7000.0]), jac=lambda x: -grad(x),
                        method="SLSQP", bounds=[(c[3], c[4]) for c in channels],
                        constraints=[{"type": "eq", "fun": lambda x: np.sum(x) - budget, "jac": lambda x: np.ones(3)}],
                        options={"ftol": 1e-15, "maxiter": 1000})
assert res.success, res.message
out("alloc_budget", [budget])
for i, cdef in enumerate(channels):
    out(f"alloc_channel_{i}", cdef)
out("alloc_slsqp_spend", res.x)
out("alloc_slsqp_total", [total(res.x)])
out("alloc_slsqp_marginal", grad(res.x))
