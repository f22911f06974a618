#!/usr/bin/env python3
"""Independent reference values for the Robyn / Meridian scenarios of the budget engine.

Written from the published definitions, not from the Java code:
 * Meridian's adstock (meridian/model/adstock_hill.py of google/meridian, commit 8ca83f6): window
   w = min(max_lag + 1, n), weights alpha**l (geometric) or (1 - l/w)**(1/alpha - 1) (binomial),
   normalised; Hill after or before the adstock (hill_before_adstock);
 * Robyn's split of the saturated response into carry-over h(adstocked - media) and immediate
   h(adstocked) - h(adstocked - media) (R/R/transformation.R of facebookexperimental/Robyn, commit 5915aa9);
 * Robyn's allocator objective coeff * h(x + mean carry-over) (fx_objective in R/R/allocator.R), maximised
   with scipy.optimize.minimize(method="SLSQP") under sum(x) = budget and bounds;
 * a marginal-ROI target: each channel maximises response - target * spend on its bounds (grid, then
   scipy.optimize.minimize_scalar bounded);
 * the best blended efficiency max (sum f_i(x_i)) / (sum x_i) over the bounds (scipy.optimize.brute with
   a Nelder-Mead finish), for an infeasible ROAS target.

Run:  python3 analytics/analytics-growth/src/test/python/budget_scenarios_golden.py > analytics/analytics-growth/src/test/resources/golden/budget_scenarios.txt
Format: one record per line, "key v1 v2 ...", values in repr() precision.
"""
import numpy as np
from scipy import optimize


def out(key, values):
    print(key, " ".join(repr(float(v)) for v in np.atleast_1d(values)))


def hill(x, alpha, k):
    x = np.asarray(x, dtype=float)
    return np.where(x > 0, x ** alpha / (x ** alpha + k ** alpha), 0.0)


# --- Meridian adstock ------------------------------------------------------------------------------
series = np.array([120.0, 0.0, 80.0, 200.0, 50.0, 0.0, 0.0, 150.0, 90.0, 30.0])


def meridian_adstock(x, alpha, max_lag, decay):
    n = len(x)
    w_size = min(max_lag + 1, n)
    lags = np.arange(w_size, dtype=float)
    if decay == "geometric":
        w = alpha ** lags
    else:
        w = np.where(lags == 0, 1.0, (1 - lags / w_size) ** (1 / alpha - 1)) if alpha > 0 else (lags == 0) * 1.0
    w = w / w.sum()
    return np.array([sum(w[l] * x[t - l] for l in range(w_size) if t - l >= 0) for t in range(n)])


out("series", series)
out("meridian_binomial_0.3_lag3", meridian_adstock(series, 0.3, 3, "binomial"))
out("meridian_binomial_0.8_lag6", meridian_adstock(series, 0.8, 6, "binomial"))
short = series[:3]
out("meridian_geometric_0.6_lag5_short", meridian_adstock(short, 0.6, 5, "geometric"))

beta, alpha, k = 900.0, 2.2, 110.0
out("meridian_adstock_then_hill", beta * hill(meridian_adstock(series, 0.5, 3, "binomial"), alpha, k))
out("meridian_hill_then_adstock", meridian_adstock(beta * hill(series, alpha, k), 0.5, 3, "binomial"))

# --- Robyn immediate vs carry-over split -------------------------------------------------------------
theta = 0.5
ad = []
c = 0.0
for v in series:
    c = v + theta * c
    ad.append(c)
ad = np.array(ad)
rk = 0.5 * ad.max()  # Robyn >= 3.12: inflexion = gamma * max(adstocked), gamma = 0.5
out("robyn_split_adstocked", ad)
out("robyn_split_inflexion", rk)
out("robyn_split_carryover", 1000.0 * hill(ad - series, 2.0, rk))
out("robyn_split_immediate", 1000.0 * hill(ad, 2.0, rk) - 1000.0 * hill(ad - series, 2.0, rk))

# --- Robyn's allocator with a mean carry-over ------------------------------------------------------
chans = [  # coeff, alpha, inflexion, mean carry-over, lower, upper
    (5000.0, 1.0, 8000.0, 3000.0, 1000.0, 30000.0),
    (4000.0, 0.8, 5000.0, 500.0, 0.0, 20000.0),
    (3000.0, 1.3, 6000.0, 4000.0, 0.0, 25000.0),
]
budget = 30000.0


def robyn_total(x):
    return sum(cf * hill(xi + cc, a, kk) for xi, (cf, a, kk, cc, lo, hi) in zip(x, chans))


res = optimize.minimize(lambda x: -robyn_total(x), x0=np.full(3, budget / 3), method="SLSQP",
                        bounds=[(lo, hi) for (_, _, _, _, lo, hi) in chans],
                        constraints=[{"type": "eq", "fun": lambda x: x.sum() - budget}],
                        options={"ftol": 1e-15, "maxiter": 1000})
best = res
for start in ([20000.0, 5000.0, 5000.0], [5000.0, 20000.0, 5000.0], [5000.0, 5000.0, 20000.0]):
    r = optimize.minimize(lambda x: -robyn_total(x), x0=np.array(start), method="SLSQP",
                          bounds=[(lo, hi) for (_, _, _, _, lo, hi) in chans],
                          constraints=[{"type": "eq", "fun": lambda x: x.sum() - budget}],
                          options={"ftol": 1e-15, "maxiter": 1000})
    if r.fun < best.fun:
        best = r


# SLSQP stops with the channels' marginal returns equal to about 1e-4 only; all three curves are concave
# at x + c here, so the KKT conditions (equal marginal returns, sum = budget) pin the optimum: solve them
# with scipy.optimize.brentq and keep SLSQP as the check that nothing better exists.
def marginal(i, x):
    cf, a, kk, cc, _, _ = chans[i]
    z = x + cc
    return cf * a * kk ** a * z ** (a - 1) / (z ** a + kk ** a) ** 2


def demand(i, lam):
    lo, hi = chans[i][4], chans[i][5]
    if marginal(i, lo) <= lam:
        return lo
    if marginal(i, hi) >= lam:
        return hi
    return optimize.brentq(lambda x: marginal(i, x) - lam, lo, hi, xtol=1e-12, rtol=1e-15)


lam = optimize.brentq(lambda l: sum(demand(i, l) for i in range(3)) - budget, 1e-6, 1.0, xtol=1e-16, rtol=1e-15)
kkt = np.array([demand(i, lam) for i in range(3)])
assert robyn_total(kkt) >= robyn_total(best.x) - 1e-9, (robyn_total(kkt), robyn_total(best.x))
out("carryover_budget", budget)
out("carryover_spend", kkt)
out("carryover_total_response", robyn_total(kkt))
out("carryover_carryover_response", [cf * hill(cc, a, kk) for (cf, a, kk, cc, _, _) in chans])

# --- marginal ROI target ----------------------------------------------------------------------------
mchans = [  # beta, alpha, K, lower, upper
    (5000.0, 0.9, 6000.0, 0.0, 40000.0),
    (8000.0, 2.5, 9000.0, 0.0, 40000.0),   # S-curve
    (2000.0, 1.0, 3000.0, 500.0, 40000.0),
    (600.0, 3.0, 20000.0, 0.0, 40000.0),   # S-curve that never pays the target
]
target = 0.15


def net(x, b, a, kk):
    return b * hill(x, a, kk) - target * x


spends = []
for b, a, kk, lo, hi in mchans:
    grid = np.linspace(lo, hi, 400001)
    v = net(grid, b, a, kk)
    i = int(np.argmax(v))
    left, right = grid[max(i - 1, 0)], grid[min(i + 1, len(grid) - 1)]
    r = optimize.minimize_scalar(lambda x: -net(x, b, a, kk), bounds=(left, right), method="bounded",
                                 options={"xatol": 1e-10})
    x = r.x if -r.fun >= v[i] else grid[i]
    spends.append(x)
out("mroi_target", target)
out("mroi_spend", spends)

# --- best efficiency within the bounds ---------------------------------------------------------------
echans = [(1.0, 3.0, 1.0, 0.0, 6.0), (1.5, 2.5, 2.0, 0.0, 6.0)]


def eff(x):
    x = np.clip(x, 0.0, 6.0)
    s = x.sum()
    if s <= 1e-12:
        return 0.0
    return sum(b * hill(xi, a, kk) for xi, (b, a, kk, _, _) in zip(x, echans)) / s


r = optimize.brute(lambda x: -eff(x), ranges=[(0.0, 6.0), (0.0, 6.0)], Ns=241, finish=optimize.fmin,
                   full_output=True)
out("best_efficiency", -r[1])
out("best_efficiency_spend", np.clip(r[0], 0.0, 6.0))
