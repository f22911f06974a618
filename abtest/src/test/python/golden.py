#!/usr/bin/env python3
"""Independent reference values for mediaops-abtest, computed with scipy and numpy.

Run from the module directory:  python3 src/test/python/golden.py > src/test/resources/golden/abtest.properties
Every key is read by a Java test; inputs are written next to the expected outputs so the Java side
never hard-codes either.
"""
import hashlib
import math

import numpy as np
from scipy import integrate, optimize, stats

out = []
import sys, time
_T0 = time.time()
def mark(name):
    print(f"{time.time()-_T0:8.1f}s {name}", file=sys.stderr)


def put(key, value):
    if isinstance(value, (list, tuple, np.ndarray)):
        out.append(f"{key}={','.join(repr(float(v)) for v in value)}")
    elif isinstance(value, str):
        out.append(f"{key}={value}")
    else:
        out.append(f"{key}={float(value)!r}")


def norm_crit(alpha, alt):
    return stats.norm.isf(alpha / 2 if alt == "TWO_SIDED" else alpha)


def interval(est, half, alt):
    if alt == "GREATER":
        return est - half, math.inf
    if alt == "LESS":
        return -math.inf, est + half
    return est - half, est + half


def relative(mA, vA, mB, vB, crit, alt):
    r = mB / mA - 1
    se = math.sqrt(vB / mA**2 + mB**2 * vA / mA**4)
    lo, hi = interval(r, crit * se, alt)
    # Fieller: set of rho with (mB - rho mA)^2 <= c^2 (vB + rho^2 vA)
    a = mA**2 - crit**2 * vA
    b = -2 * mA * mB
    c = mB**2 - crit**2 * vB
    roots = np.roots([a, b, c]).real
    flo, fhi = min(roots) - 1, max(roots) - 1
    if alt == "GREATER":
        fhi = math.inf
    elif alt == "LESS":
        flo = -math.inf
    return r, se, lo, hi, flo, fhi


def put_result(key, stat, p, diff, lo, hi, rel):
    put(key + ".statistic", stat)
    put(key + ".p", p)
    put(key + ".abs", diff)
    put(key + ".absLower", lo)
    put(key + ".absUpper", hi)
    r, se, rlo, rhi, flo, fhi = rel
    put(key + ".rel", r)
    put(key + ".relSe", se)
    put(key + ".relLower", rlo)
    put(key + ".relUpper", rhi)
    put(key + ".fiellerLower", flo)
    put(key + ".fiellerUpper", fhi)


def pvalue_z(z, alt):
    if alt == "GREATER":
        return stats.norm.sf(z)
    if alt == "LESS":
        return stats.norm.cdf(z)
    return 2 * stats.norm.sf(abs(z))


# ---- two-proportion z-test --------------------------------------------------------------------
prop_cases = [
    (10000, 1000, 10000, 1080, 0.05, "TWO_SIDED", True),
    (10000, 1000, 10000, 1080, 0.05, "TWO_SIDED", False),
    (5123, 211, 4987, 260, 0.01, "GREATER", True),
    (800, 95, 820, 71, 0.10, "LESS", False),
    (250000, 7311, 249000, 7452, 0.05, "TWO_SIDED", True),
]
put("prop.cases", len(prop_cases))
for i, (nA, xA, nB, xB, alpha, alt, pooled) in enumerate(prop_cases):
    k = f"prop.{i}"
    put(k + ".nA", nA); put(k + ".xA", xA); put(k + ".nB", nB); put(k + ".xB", xB)
    put(k + ".alpha", alpha); put(k + ".alternative", alt); put(k + ".pooled", str(pooled).lower())
    pA, pB = xA / nA, xB / nB
    vA, vB = pA * (1 - pA) / nA, pB * (1 - pB) / nB
    if pooled:
        p = (xA + xB) / (nA + nB)
        se = math.sqrt(p * (1 - p) * (1 / nA + 1 / nB))
        # cross-check with scipy's chi-square test of the 2x2 table (two-sided, no continuity correction)
        if alt == "TWO_SIDED":
            chi = stats.chi2_contingency([[xA, nA - xA], [xB, nB - xB]], correction=False)
            assert abs(chi.statistic - ((pB - pA) / se) ** 2) < 1e-8 * chi.statistic
    else:
        se = math.sqrt(vA + vB)
    z = (pB - pA) / se
    crit = norm_crit(alpha, alt)
    lo, hi = interval(pB - pA, crit * math.sqrt(vA + vB), alt)
    put_result(k, z, pvalue_z(z, alt), pB - pA, lo, hi, relative(pA, vA, pB, vB, crit, alt))

mark("# ---- Welch")
# ---- Welch / Student t-test on raw data -------------------------------------------------------
rng = np.random.default_rng(20261128)
mean_cases = [
    (rng.exponential(30.0, 400), rng.exponential(33.0, 380), 0.05, "TWO_SIDED", False),
    (rng.normal(5.0, 2.0, 60), rng.normal(5.6, 3.5, 45), 0.05, "TWO_SIDED", True),
    (rng.lognormal(1.0, 0.8, 2000), rng.lognormal(1.03, 0.8, 2100), 0.10, "GREATER", False),
    (rng.normal(10, 1, 12), rng.normal(9.2, 1.4, 15), 0.05, "LESS", False),
]


def put_sums(k, x, y=None):
    if y is None:
        y = np.zeros_like(x)
    put(k + ".n", len(x))
    put(k + ".sumX", math.fsum(x)); put(k + ".sumX2", math.fsum(x * x))
    put(k + ".sumY", math.fsum(y)); put(k + ".sumY2", math.fsum(y * y)); put(k + ".sumXY", math.fsum(x * y))


put("mean.cases", len(mean_cases))
for i, (a, b, alpha, alt, pooled) in enumerate(mean_cases):
    k = f"mean.{i}"
    put_sums(k + ".A", a); put_sums(k + ".B", b)
    put(k + ".alpha", alpha); put(k + ".alternative", alt); put(k + ".pooled", str(pooled).lower())
    scipy_alt = {"TWO_SIDED": "two-sided", "GREATER": "less", "LESS": "greater"}[alt]
    # scipy tests a - b; our effect is b - a, so flip the sign and the sidedness
    res = stats.ttest_ind(a, b, equal_var=pooled, alternative=scipy_alt)
    mA, mB = a.mean(), b.mean()
    vA, vB = a.var(ddof=1) / len(a), b.var(ddof=1) / len(b)
    df = res.df
    t = stats.t(df)
    crit = t.isf(alpha / 2 if alt == "TWO_SIDED" else alpha)
    lo, hi = interval(mB - mA, crit * math.sqrt(vA + vB), alt)
    put(k + ".df", df)
    put_result(k, -res.statistic, res.pvalue, mB - mA, lo, hi, relative(mA, vA, mB, vB, crit, alt))

mark("# ---- ratio")
# ---- ratio metric (delta method) on raw per-user data -----------------------------------------
ratio_cases = []
for seed in (1, 2):
    r = np.random.default_rng(seed)
    impA = r.poisson(20, 3000) + 1.0
    clkA = r.binomial(impA.astype(int), 0.05).astype(float)
    impB = r.poisson(20, 3100) + 1.0
    clkB = r.binomial(impB.astype(int), 0.055).astype(float)
    ratio_cases.append((clkA, impA, clkB, impB))
put("ratio.cases", len(ratio_cases))
for i, (xA, yA, xB, yB) in enumerate(ratio_cases):
    k = f"ratio.{i}"
    put_sums(k + ".A", xA, yA); put_sums(k + ".B", xB, yB)
    def dm(x, y):
        R = x.sum() / y.sum()
        c = np.cov(x, y, ddof=1)
        v = (c[0, 0] - 2 * R * c[0, 1] + R * R * c[1, 1]) / (len(x) * y.mean() ** 2)
        return R, v
    rA, vA = dm(xA, yA)
    rB, vB = dm(xB, yB)
    z = (rB - rA) / math.sqrt(vA + vB)
    crit = norm_crit(0.05, "TWO_SIDED")
    lo, hi = interval(rB - rA, crit * math.sqrt(vA + vB), "TWO_SIDED")
    put_result(k, z, pvalue_z(z, "TWO_SIDED"), rB - rA, lo, hi, relative(rA, vA, rB, vB, crit, "TWO_SIDED"))

mark("# ---- CUPED")
# ---- CUPED on raw data: reference by OLS on the pooled covariate ------------------------------
r = np.random.default_rng(7)
preA = r.gamma(2.0, 10.0, 5000); postA = 0.8 * preA + r.normal(0, 8, 5000)
preB = r.gamma(2.0, 10.0, 5200); postB = 0.8 * preB + r.normal(0.6, 8, 5200)
k = "cuped.0"
put_sums(k + ".A", postA, preA); put_sums(k + ".B", postB, preB)
allx = np.concatenate([postA, postB]); ally = np.concatenate([preA, preB])
theta = np.cov(allx, ally, ddof=1)[0, 1] / ally.var(ddof=1)
ybar = ally.mean()
adjA = postA - theta * (preA - ybar)
adjB = postB - theta * (preB - ybar)
vA, vB = adjA.var(ddof=1) / len(adjA), adjB.var(ddof=1) / len(adjB)
mA, mB = adjA.mean(), adjB.mean()
z = (mB - mA) / math.sqrt(vA + vB)
crit = norm_crit(0.05, "TWO_SIDED")
lo, hi = interval(mB - mA, crit * math.sqrt(vA + vB), "TWO_SIDED")
put(k + ".theta", theta)
put_result(k, z, pvalue_z(z, "TWO_SIDED"), mB - mA, lo, hi, relative(mA, vA, mB, vB, crit, "TWO_SIDED"))


def boschloo_two_sided_fisher_statistic(n1, x1, n2, x2):
    """Boschloo's test, two-sided, with Fisher's two-sided p-value as the statistic (the Commons
    Statistics definition). Brute force: every table with the observed column sums (n1, n2) whose Fisher
    two-sided p-value is <= the observed one (relative tolerance 1e-7, as Fisher's test itself uses) is
    'as or more extreme'; the p-value is the sup over the common success probability pi of their total
    binomial probability, found on a 2000-point grid and refined by a bounded scalar search."""
    if x1 + x2 == 0 or x1 + x2 == n1 + n2:
        return 1.0
    def fisher2(a, b):
        return stats.fisher_exact([[a, b], [n1 - a, n2 - b]], alternative="two-sided").pvalue
    observed = fisher2(x1, x2)
    extreme = [(a, b) for a in range(n1 + 1) for b in range(n2 + 1) if fisher2(a, b) <= observed * (1 + 1e-7)]
    ea = np.array([a for a, _ in extreme]); eb = np.array([b for _, b in extreme])
    def prob(pi):
        return float(np.sum(stats.binom.pmf(ea, n1, pi) * stats.binom.pmf(eb, n2, pi)))
    grid = np.linspace(0.0, 1.0, 2001)
    values = np.array([prob(pi) for pi in grid])
    best = int(np.argmax(values))
    lo, hi = grid[max(best - 1, 0)], grid[min(best + 1, len(grid) - 1)]
    refined = optimize.minimize_scalar(lambda pi: -prob(pi), bounds=(lo, hi), method="bounded",
                                       options={"xatol": 1e-12})
    return min(1.0, max(values[best], -refined.fun))

mark("# ---- exact")
# ---- exact tests --------------------------------------------------------------------------------
exact_cases = [(20, 3, 22, 9, "TWO_SIDED"), (15, 1, 14, 6, "GREATER"), (30, 12, 31, 5, "LESS"), (12, 0, 12, 0, "TWO_SIDED"),
              (25, 14, 18, 4, "TWO_SIDED")]
put("exact.cases", len(exact_cases))
for i, (nA, xA, nB, xB, alt) in enumerate(exact_cases):
    k = f"exact.{i}"
    put(k + ".nA", nA); put(k + ".xA", xA); put(k + ".nB", nB); put(k + ".xB", xB); put(k + ".alternative", alt)
    # arms in COLUMNS: scipy's boschloo_exact (like Commons Statistics) treats the columns as the two
    # binomial samples; column 1 is the treatment, so 'greater' means p_treatment > p_control
    table = [[xB, xA], [nB - xB, nA - xA]]
    sa = {"TWO_SIDED": "two-sided", "GREATER": "greater", "LESS": "less"}[alt]
    put(k + ".fisher", stats.fisher_exact(table, alternative=sa).pvalue)
    if alt == "TWO_SIDED":
        # scipy doubles the smaller one-sided p-value; Commons Statistics uses Fisher's two-sided p-value
        # as the statistic, so compute that definition by brute force instead
        put(k + ".boschloo", boschloo_two_sided_fisher_statistic(nB, xB, nA, xA))
    else:
        put(k + ".boschloo", stats.boschloo_exact(table, alternative=sa, n=64).pvalue)

mark("# ---- SRM")
# ---- SRM ---------------------------------------------------------------------------------------
srm_cases = [([5012, 4988], [0.5, 0.5]), ([50500, 49500], [0.5, 0.5]), ([8103, 1897], [0.8, 0.2]),
             ([3300, 3350, 3420], [1 / 3, 1 / 3, 1 / 3]), ([1000, 2100, 2000, 4900], [0.1, 0.2, 0.2, 0.5])]
put("srm.cases", len(srm_cases))
for i, (obs, w) in enumerate(srm_cases):
    k = f"srm.{i}"
    put(k + ".observed", obs); put(k + ".weights", w)
    res = stats.chisquare(obs, f_exp=np.array(w) * sum(obs))
    put(k + ".chi", res.statistic); put(k + ".p", res.pvalue)

mark("# ---- multiple")
# ---- multiple comparisons (R p.adjust definitions) -------------------------------------------
pv = np.array([0.01, 0.04, 0.03, 0.005, 0.20, 0.04])
put("adjust.p", pv)
m = len(pv)
put("adjust.bonferroni", np.minimum(1, m * pv))
o = np.argsort(pv, kind="stable"); ro = np.empty(m, int); ro[o] = np.arange(m)
holm = np.minimum(1, np.maximum.accumulate((m - np.arange(m)) * pv[o]))[ro]
put("adjust.holm", holm)
o2 = np.argsort(pv)[::-1]
bh = np.minimum(1, np.minimum.accumulate(pv[o2] * m / (m - np.arange(m))))
bh_out = np.empty(m); bh_out[o2] = bh
assert np.allclose(bh_out, stats.false_discovery_control(pv, method="bh"))
put("adjust.bh", bh_out)

mark("# ---- planning")
# ---- planning ----------------------------------------------------------------------------------
plan_cases = [(0.10, 0.02, "ABSOLUTE", 0.05, 0.8, "TWO_SIDED"), (0.03, 0.10, "RELATIVE", 0.05, 0.9, "TWO_SIDED"),
              (0.25, -0.03, "ABSOLUTE", 0.01, 0.8, "GREATER"), (0.5, 0.05, "RELATIVE", 0.1, 0.95, "TWO_SIDED")]
put("plan.cases", len(plan_cases))
for i, (p1, mde, scale, alpha, power, alt) in enumerate(plan_cases):
    k = f"plan.{i}"
    put(k + ".baseline", p1); put(k + ".mde", mde); put(k + ".scale", scale); put(k + ".alpha", alpha)
    put(k + ".power", power); put(k + ".alternative", alt)
    p2 = p1 * (1 + mde) if scale == "RELATIVE" else p1 + mde
    za = stats.norm.isf(alpha / 2 if alt == "TWO_SIDED" else alpha); zb = stats.norm.ppf(power)
    s1 = math.sqrt(p1 * (1 - p1) + p2 * (1 - p2))
    pb = (p1 + p2) / 2
    for name, s0 in (("EVAN_MILLER", math.sqrt(2 * p1 * (1 - p1))), ("R_POWER_PROP_TEST", math.sqrt(2 * pb * (1 - pb))),
                     ("UNPOOLED", s1)):
        n = (za * s0 + zb * s1) ** 2 / (p2 - p1) ** 2
        put(f"{k}.{name}.n", n)
        if name == "R_POWER_PROP_TEST":
            # R's power.prop.test solves power(n) = target with uniroot; do the same independently
            pw = lambda nn: stats.norm.cdf((math.sqrt(nn) * abs(p2 - p1) - za * s0) / s1)
            assert abs(optimize.brentq(lambda nn: pw(nn) - power, 2, 1e9, xtol=1e-10) - n) < 1e-6 * n
        fixed_n = 1500.0
        put(f"{k}.{name}.powerAt1500", stats.norm.cdf((math.sqrt(fixed_n) * abs(p2 - p1) - za * s0) / s1))
        def pw2(d, s0name=name):
            q2 = p1 + d
            ss1 = math.sqrt(p1 * (1 - p1) + q2 * (1 - q2))
            ss0 = {"EVAN_MILLER": math.sqrt(2 * p1 * (1 - p1)),
                   "R_POWER_PROP_TEST": math.sqrt(2 * ((p1 + q2) / 2) * (1 - (p1 + q2) / 2)), "UNPOOLED": ss1}[s0name]
            return stats.norm.cdf((math.sqrt(fixed_n) * d - za * ss0) / ss1) - power
        put(f"{k}.{name}.mdeAt1500", optimize.brentq(pw2, 1e-12, 1 - p1 - 1e-12, xtol=1e-15, rtol=1e-15))
mean_plan = (12.5, 1.0, 0.05, 0.8)
sd, mde, alpha, power = mean_plan
put("planmean.sd", sd); put("planmean.mde", mde); put("planmean.alpha", alpha); put("planmean.power", power)
za = stats.norm.isf(alpha / 2); zb = stats.norm.ppf(power)
put("planmean.n", (za + zb) ** 2 * 2 * sd * sd / mde**2)
put("planmean.powerAt2000", stats.norm.cdf(mde / math.sqrt(2 * sd * sd / 2000) - za))
put("planmean.mdeAt2000", (za + zb) * math.sqrt(2 * sd * sd / 2000))

mark("# ---- Bayesian")
# ---- Bayesian beta-binomial (QUADPACK quadrature, independent of the closed form) -------------
beta_cases = [(1, 1, 1000, 100, 1000, 120), (1, 1, 5000, 41, 5100, 60), (0.5, 0.5, 30, 4, 28, 9),
              (1, 1, 200, 150, 210, 160), (2, 8, 40000, 1210, 40000, 1300), (1, 1, 10, 0, 10, 0)]
put("beta.cases", len(beta_cases))


from scipy.special import betainc, betaln


def beta_pdf(a, b):
    return lambda x: math.exp((a - 1) * math.log(x) + (b - 1) * math.log1p(-x) - betaln(a, b)) if 0 < x < 1 else 0.0


def beta_points(a, b):
    m = a / (a + b); s = math.sqrt(a * b / ((a + b) ** 2 * (a + b + 1)))
    return sorted({min(max(m + k * s, 0.0), 1.0) for k in (-14, -8, -4, -2, -1, 0, 1, 2, 4, 8, 14)} | {0.0, 1.0})


def quad_pieces(f, pts):
    # adaptive Gauss-Kronrod (QUADPACK) on each piece between break points
    return math.fsum(integrate.quad(f, lo, hi, epsabs=1e-16, epsrel=1e-13, limit=500)[0]
                     for lo, hi in zip(pts[:-1], pts[1:]) if hi > lo)


for i, (a0, b0, nA, xA, nB, xB) in enumerate(beta_cases):
    k = f"beta.{i}"
    put(k + ".priorAlpha", a0); put(k + ".priorBeta", b0)
    put(k + ".nA", nA); put(k + ".xA", xA); put(k + ".nB", nB); put(k + ".xB", xB)
    aA, bA, aB, bB = a0 + xA, b0 + nA - xA, a0 + xB, b0 + nB - xB
    fA, fB = beta_pdf(aA, bA), beta_pdf(aB, bB)
    pts = sorted(set(beta_points(aA, bA) + beta_points(aB, bB)))
    # P(pB > pA) = integral of f_B(x) F_A(x)
    prob = quad_pieces(lambda x: fB(x) * betainc(aA, bA, x), pts)
    # E[max(pA - pB, 0)] = integral of f_A(x) [x F_B(x) - mB I_x(aB+1, bB)]
    mB_ = aB / (aB + bB); mA_ = aA / (aA + bA)
    lossB = quad_pieces(lambda x: fA(x) * (x * betainc(aB, bB, x) - mB_ * betainc(aB + 1, bB, x)), pts)
    lossA = quad_pieces(lambda x: fB(x) * (x * betainc(aA, bA, x) - mA_ * betainc(aA + 1, bA, x)), pts)
    put(k + ".probBBeatsA", prob); put(k + ".lossB", lossB); put(k + ".lossA", lossA)


mark("best")
best = [(1000, 100), (1000, 112), (1000, 95), (1000, 118), (1000, 104)]
put("best.n", [n for n, _ in best]); put("best.x", [x for _, x in best])
params = [(1 + x, 1 + n - x) for n, x in best]
pts = sorted(set(sum((beta_points(a, b) for a, b in params), [])))
pbest = []
for j, (a, b) in enumerate(params):
    f = beta_pdf(a, b)
    def integrand(x, j=j, f=f):
        v = f(x)
        for m_, (a2, b2) in enumerate(params):
            if m_ != j:
                v *= betainc(a2, b2, x)
        return v
    pbest.append(quad_pieces(integrand, pts))
put("best.beta", pbest)

mark("# ---- Gaussian")
# ---- Gaussian model ----------------------------------------------------------------------------
r = np.random.default_rng(11)
ga = r.normal(50, 12, 900); gb = r.normal(51.5, 12, 950)
put_sums("gauss.A", ga); put_sums("gauss.B", gb)
mA, mB = ga.mean(), gb.mean(); vA, vB = ga.var(ddof=1) / len(ga), gb.var(ddof=1) / len(gb)
for scale in ("ABSOLUTE", "RELATIVE"):
    if scale == "ABSOLUTE":
        est, v = mB - mA, vA + vB
    else:
        est, v = mB / mA - 1, vB / mA**2 + mB**2 * vA / mA**4
    for pr in ("flat", "proper"):
        k = f"gauss.{scale}.{pr}"
        if pr == "proper":
            pm, pv_ = (0.0, 1.0) if scale == "ABSOLUTE" else (0.0, 0.0009)
            put(k + ".priorMean", pm); put(k + ".priorVariance", pv_)
            var = 1 / (1 / v + 1 / pv_); mu = var * (est / v + pm / pv_)
        else:
            var, mu = v, est
        sd_ = math.sqrt(var)
        post = stats.norm(mu, sd_)
        put(k + ".mean", mu); put(k + ".sd", sd_); put(k + ".chance", post.sf(0))
        put(k + ".lower", post.ppf(0.025)); put(k + ".upper", post.isf(0.025))
        # risks by quadrature of the posterior, independent of the closed form
        put(k + ".riskTreatment", integrate.quad(lambda d: -d * post.pdf(d), -np.inf, 0, epsabs=1e-14, epsrel=1e-12)[0])
        put(k + ".riskControl", integrate.quad(lambda d: d * post.pdf(d), 0, np.inf, epsabs=1e-14, epsrel=1e-12)[0])
arms = [r.normal(mu_, 10, 800) for mu_ in (20.0, 20.6, 21.1)]
for j, a in enumerate(arms):
    put_sums(f"gbest.{j}", a)
dists = [stats.norm(a.mean(), a.std(ddof=1) / math.sqrt(len(a))) for a in arms]
gp = []
for j, d in enumerate(dists):
    f = lambda x, j=j, d=d: d.pdf(x) * np.prod([dd.cdf(x) for m_, dd in enumerate(dists) if m_ != j])
    gp.append(integrate.quad(f, d.mean() - 12 * d.std(), d.mean() + 12 * d.std(), epsabs=1e-13, epsrel=1e-12, limit=200)[0])
put("gbest.p", gp)

mark("# ---- mSPRT")
# ---- mSPRT and the asymptotic confidence sequence --------------------------------------------
# Independent of Msprt.java / ConfidenceSequence.java: no closed form is re-typed here (except the tuning definition of rho2, see below). The mixture
# likelihood ratios are integrals evaluated by scipy.integrate.quad, and every boundary is a root of
# "mixture likelihood ratio = 1/alpha" found by scipy.optimize.brentq.
seq_cases = [(0.012, 2.5e-5, 1e-4, 0.05, 40000), (0.001, 4e-6, 1e-4, 0.05, 250000), (-0.8, 0.09, 1.0, 0.1, 3000)]
put("seq.cases", len(seq_cases))


def msprt_lr(est, V, tau2, theta0=0.0):
    """Normal-mixture likelihood ratio of theta ~ N(theta0, tau2) against theta = theta0, by quadrature."""
    sV, sT = math.sqrt(V), math.sqrt(tau2)
    lo = min(theta0, est) - 40 * sV - 10 * sT
    hi = max(theta0, est) + 40 * sV + 10 * sT
    num = integrate.quad(lambda th: stats.norm.pdf(est, th, sV) * stats.norm.pdf(th, theta0, sT), lo, hi,
                         points=sorted({theta0, est}), epsabs=0, epsrel=1e-13, limit=500)[0]
    return num / stats.norm.pdf(est, theta0, sV)


def lr_root(f, target, start, step):
    """brentq on f(x) = target, bracketing outward from start (f(start) < target) in steps of step."""
    a, b = start, start + step
    while f(b) < target:
        a, b = b, b + step
    return optimize.brentq(lambda x: f(x) - target, a, b, xtol=1e-15, rtol=1e-14)


def cs_log_mixture(x, t, rho2):
    """log of the two-sided normal-mixture martingale int exp(l x - l^2 t / 2) dN(0, rho2)(l) by quadrature
    (x = standardized sum after t units). The integrand is scaled by its maximum to avoid overflow."""
    sr = math.sqrt(rho2)
    g = lambda l: l * x - l * l * t / 2 + stats.norm.logpdf(l, 0, sr)
    prec = t + 1 / rho2
    lstar, s = x / prec, 1 / math.sqrt(prec)  # where g peaks (used only to place the quadrature window)
    val = integrate.quad(lambda l: math.exp(g(l) - g(lstar)), lstar - 40 * s, lstar + 40 * s, points=[lstar],
                         epsabs=0, epsrel=1e-13, limit=500)[0]
    return g(lstar) + math.log(val)


for i, (est, V, tau2, alpha, N) in enumerate(seq_cases):
    k = f"seq.{i}"
    put(k + ".estimate", est); put(k + ".variance", V); put(k + ".tau2", tau2); put(k + ".alpha", alpha); put(k + ".n", N)
    lr = msprt_lr(est, V, tau2)
    # Msprt.Look.pValue is min(1, 1/LR) at this look (the running minimum is SequentialMonitor's job);
    # each case here is a single look, so the running minimum is this value.
    put(k + ".msprtLr", lr); put(k + ".msprtP", min(1.0, 1.0 / lr))
    sV = math.sqrt(V)
    # interval: the theta0 on each side of est where the mixture LR centred at theta0 reaches 1/alpha
    up = lr_root(lambda th0: msprt_lr(est, V, tau2, th0), 1 / alpha, est, sV)
    dn = -lr_root(lambda m: msprt_lr(est, V, tau2, -m), 1 / alpha, -est, sV)
    put(k + ".msprtLower", dn); put(k + ".msprtUpper", up)

    # Asymptotic CS (Waudby-Smith et al. 2021, built from the normal-mixture boundary of Howard et al. 2021):
    # per-unit sd sigma = sqrt(V N), standardized sum x = N |theta_hat - theta0| / sigma; the boundary is the
    # x where the mixture (mixing variance rho2 from the tuning N* = 5000, as GrowthBook defines it) reaches
    # 1/alpha. rho2 is the tuning definition itself, not a derived quantity, so it is the one closed form kept.
    def cs_half(a, tuning=5000.0):
        rho2 = (-2 * math.log(a) + math.log(-2 * math.log(a) + 1)) / tuning
        sigma = math.sqrt(V * N)
        x = lr_root(lambda xx: cs_log_mixture(xx, N, rho2), math.log(1 / a), 0.0, math.sqrt(N))
        return sigma * x / N
    h = cs_half(alpha)
    put(k + ".csLower", est - h); put(k + ".csUpper", est + h)
    if cs_half(1 - 1e-12) >= abs(est):
        pcs = 1.0
    else:
        pcs = math.exp(optimize.brentq(lambda la: cs_half(math.exp(la)) - abs(est), math.log(1e-300), math.log(1 - 1e-12),
                                       xtol=1e-12, rtol=1e-12))
    put(k + ".csP", pcs)

mark("# ---- group")
# ---- group-sequential boundaries by adaptive quadrature (scipy.integrate.quad) ----------------
def spend(name, t, alpha):
    if name == "OBF":
        # gsDesign sfLDOF on the one-sided level alpha/2, doubled for the two symmetric sides
        return 2 * (2 * stats.norm.sf(stats.norm.isf(alpha / 4) / math.sqrt(t))) if t < 1 else alpha
    if name == "POCOCK":
        return alpha * math.log(1 + (math.e - 1) * t)
    return alpha * t**3  # power family, rho = 3


def gsd(name, alpha, t):
    c = [stats.norm.isf(spend(name, t[0], alpha) / 2)]
    b1 = c[0] * math.sqrt(t[0])
    f1 = lambda s: stats.norm.pdf(s / math.sqrt(t[0])) / math.sqrt(t[0])
    d2 = t[1] - t[0]
    tgt2 = spend(name, t[1], alpha) - spend(name, t[0], alpha)
    def cross2(cc):
        b = cc * math.sqrt(t[1])
        g = lambda s: f1(s) * (stats.norm.sf((b - s) / math.sqrt(d2)) + stats.norm.cdf((-b - s) / math.sqrt(d2)))
        return integrate.quad(g, -b1, b1, epsabs=1e-14, epsrel=1e-13, limit=200)[0]
    c.append(optimize.brentq(lambda cc: cross2(cc) - tgt2, 0.5, 10, xtol=1e-13))
    if len(t) > 2:
        b2 = c[1] * math.sqrt(t[1])
        f2 = lambda s2: integrate.quad(lambda s1: f1(s1) * stats.norm.pdf((s2 - s1) / math.sqrt(d2)) / math.sqrt(d2),
                                       -b1, b1, epsabs=1e-15, epsrel=1e-12, limit=200)[0]
        d3 = t[2] - t[1]
        tgt3 = spend(name, t[2], alpha) - spend(name, t[1], alpha)
        xs, ws = np.polynomial.legendre.leggauss(160)
        nodes = b2 * xs; f2v = np.array([f2(s) for s in nodes]) * ws * b2
        def cross3(cc):
            b = cc * math.sqrt(t[2])
            return float(np.sum(f2v * (stats.norm.sf((b - nodes) / math.sqrt(d3)) + stats.norm.cdf((-b - nodes) / math.sqrt(d3)))))
        c.append(optimize.brentq(lambda cc: cross3(cc) - tgt3, 0.5, 10, xtol=1e-13))
    return c


gsd_cases = [("OBF", 0.05, [0.5, 1.0]), ("POCOCK", 0.05, [0.5, 1.0]), ("POWER3", 0.05, [0.3, 1.0]),
             ("OBF", 0.05, [1 / 3, 2 / 3, 1.0]), ("POCOCK", 0.01, [0.25, 0.6, 1.0])]
put("gsd.cases", len(gsd_cases))
for i, (name, alpha, t) in enumerate(gsd_cases):
    k = f"gsd.{i}"
    put(k + ".spending", name); put(k + ".alpha", alpha); put(k + ".t", t)
    put(k + ".c", gsd(name, alpha, t))
# power of a two-look O'Brien-Fleming design at drift theta (upper crossing)
c = gsd("OBF", 0.05, [0.5, 1.0]); theta = 2.8
b1 = c[0] * math.sqrt(0.5); b2 = c[1]
f1 = lambda s: stats.norm.pdf((s - theta * 0.5) / math.sqrt(0.5)) / math.sqrt(0.5)
pw = stats.norm.sf((b1 - theta * 0.5) / math.sqrt(0.5)) + integrate.quad(
    lambda s: f1(s) * stats.norm.sf((b2 - s - theta * 0.5) / math.sqrt(0.5)), -b1, b1, epsabs=1e-14, epsrel=1e-13)[0]
put("gsdpower.theta", theta); put("gsdpower.p", pw)


def gsd_power(th):
    g1 = lambda s: stats.norm.pdf((s - th * 0.5) / math.sqrt(0.5)) / math.sqrt(0.5)
    return stats.norm.sf((b1 - th * 0.5) / math.sqrt(0.5)) + integrate.quad(
        lambda s: g1(s) * stats.norm.sf((b2 - s - th * 0.5) / math.sqrt(0.5)), -b1, b1, epsabs=1e-14, epsrel=1e-13)[0]


drift = optimize.brentq(lambda th: gsd_power(th) - 0.8, 1, 6, xtol=1e-13)
put("gsdpower.inflation80", (drift / (stats.norm.isf(0.025) + stats.norm.ppf(0.8))) ** 2)

# non-binding futility boundaries from beta-spending beta * t^2 (Kim-DeMets rho = 2)
# two looks at (0.5, 1), OBF efficacy, drift giving power 0.8: b1 = theta sqrt(t1) + Phi^-1(beta t1^2)
put("futility2.b1", drift * math.sqrt(0.5) + stats.norm.ppf(0.2 * 0.5 ** 2))
put("futility2.b2", c[1])
# three looks at (1/3, 2/3, 1), OBF efficacy (gsd.3), drift 2.9, beta 0.2: b2 solves
# P(b1 sqrt(t1) <= S1 < c1 sqrt(t1), S2 < b2 sqrt(t2)) = beta (t2^2 - t1^2) under S ~ drift
c3 = gsd("OBF", 0.05, [1 / 3, 2 / 3, 1.0]); th3 = 2.9; t1, t2 = 1 / 3, 2 / 3
fb1 = th3 * math.sqrt(t1) + stats.norm.ppf(0.2 * t1 ** 2)
g1 = lambda s: stats.norm.pdf((s - th3 * t1) / math.sqrt(t1)) / math.sqrt(t1)
def below2(bb):
    return integrate.quad(lambda s: g1(s) * stats.norm.cdf((bb * math.sqrt(t2) - s - th3 * (t2 - t1)) / math.sqrt(t2 - t1)),
                          fb1 * math.sqrt(t1), c3[0] * math.sqrt(t1), epsabs=1e-14, epsrel=1e-13, limit=200)[0]
fb2 = optimize.brentq(lambda bb: below2(bb) - 0.2 * (t2 ** 2 - t1 ** 2), -5, c3[1], xtol=1e-13)
put("futility3.drift", th3); put("futility3.beta", 0.2); put("futility3.b", [fb1, fb2, c3[2]])

mark("# ---- assignment")
# ---- assignment hash test vectors (hashlib) ----------------------------------------------------
vectors = [("title-test-2026-11", "user-1"), ("title-test-2026-11", "user-2"), ("cover-test", "u_8842193"),
           ("", "x"), ("标题实验", "用户-42"), ("salt", "a" * 100)]
put("hash.cases", len(vectors))
for i, (salt, unit) in enumerate(vectors):
    d = hashlib.sha256(salt.encode("utf-8") + b"\x00" + unit.encode("utf-8")).digest()
    top32 = int.from_bytes(d[:4], "big")
    out.append(f"hash.{i}.salt={salt.encode('unicode_escape').decode('ascii')}")
    out.append(f"hash.{i}.unit={unit.encode('unicode_escape').decode('ascii')}")
    out.append(f"hash.{i}.bucket={(top32 * 1_000_000) >> 32}")

mark("# ---- options")
# ---- option conventions: Welch-Satterthwaite t for proportions and ratio metrics, inference on the
# relative effect (delta-method standard error, its own p-value), unnormalised SRM weights, relative power.
# Textbook definitions evaluated with scipy.stats.t / norm / chisquare.
def welch(mA, vA, nA, mB, vB, nB, alpha, alt):
    df = (vA + vB) ** 2 / (vA ** 2 / (nA - 1) + vB ** 2 / (nB - 1))
    t = stats.t(df)
    crit = t.isf(alpha / 2 if alt == "TWO_SIDED" else alpha)
    def p_of(stat):
        if alt == "GREATER":
            return t.sf(stat)
        if alt == "LESS":
            return t.cdf(stat)
        return 2 * t.sf(abs(stat))
    d = mB - mA
    se = math.sqrt(vA + vB)
    r = mB / mA - 1
    se_r = math.sqrt(vB / mA ** 2 + mB ** 2 * vA / mA ** 4)
    return df, d / se, p_of(d / se), interval(d, crit * se, alt), r / se_r, p_of(r / se_r), interval(r, crit * se_r, alt)


def put_welch(k, res):
    df, z, p, (lo, hi), zr, pr, (rlo, rhi) = res
    put(k + ".df", df); put(k + ".statistic", z); put(k + ".p", p); put(k + ".absLower", lo); put(k + ".absUpper", hi)
    put(k + ".relStatistic", zr); put(k + ".relP", pr); put(k + ".relLower", rlo); put(k + ".relUpper", rhi)


wprop = [(200, 31, 180, 40, 0.05, "TWO_SIDED"), (5123, 211, 4987, 260, 0.01, "GREATER"), (40, 9, 35, 4, 0.10, "LESS")]
put("welchprop.cases", len(wprop))
for i, (nA, xA, nB, xB, alpha, alt) in enumerate(wprop):
    k = f"welchprop.{i}"
    put(k + ".nA", nA); put(k + ".xA", xA); put(k + ".nB", nB); put(k + ".xB", xB)
    put(k + ".alpha", alpha); put(k + ".alternative", alt)
    pA, pB = xA / nA, xB / nB
    put_welch(k, welch(pA, pA * (1 - pA) / nA, nA, pB, pB * (1 - pB) / nB, nB, alpha, alt))

# ratio metric with Welch df: the same raw data as ratio.0
xA, yA, xB, yB = ratio_cases[0]
def dm2(x, y):
    R = x.sum() / y.sum()
    c = np.cov(x, y, ddof=1)
    return R, (c[0, 0] - 2 * R * c[0, 1] + R * R * c[1, 1]) / (len(x) * y.mean() ** 2)
rA, vA = dm2(xA, yA)
rB, vB = dm2(xB, yB)
put_welch("welchratio", welch(rA, vA, len(xA), rB, vB, len(xB), 0.05, "TWO_SIDED"))

# SRM with weights on any positive scale: normalised before scipy's chisquare
srmw = [([3300, 3350, 3420], [1, 1, 1]), ([5012, 2600, 2388], [50, 25, 25]), ([8103, 1897], [4, 1])]
put("srmw.cases", len(srmw))
for i, (obs, w) in enumerate(srmw):
    k = f"srmw.{i}"
    put(k + ".observed", obs); put(k + ".weights", w)
    res = stats.chisquare(obs, f_exp=np.array(w, dtype=float) / sum(w) * sum(obs))
    put(k + ".chi", res.statistic); put(k + ".p", res.pvalue)

# relative power through the delta-method standard error (both arms at the baseline variance), with
# k variations; one-sided and absolute-scale variants
rpow = [(0.04, 0.10, 60000, 2, 0.05, "TWO_SIDED", "RELATIVE"), (0.04, 0.10, 60000, 2, 0.05, "GREATER", "RELATIVE"),
        (0.04, 0.004, 60000, 4, 0.05, "TWO_SIDED", "ABSOLUTE")]
put("relpower.cases", len(rpow))
for i, (p0, eff, n, k_var, alpha, alt, scale) in enumerate(rpow):
    k = f"relpower.{i}"
    put(k + ".rate", p0); put(k + ".effect", eff); put(k + ".n", n); put(k + ".variations", k_var)
    put(k + ".alpha", alpha); put(k + ".alternative", alt); put(k + ".scale", scale)
    v = p0 * (1 - p0); nA = n / k_var
    if scale == "RELATIVE":
        m2 = p0 * (1 + eff)
        se = math.sqrt(v / (p0 ** 2 * nA) + v * m2 ** 2 / (p0 ** 4 * nA))
    else:
        se = math.sqrt(2 * v / nA)
    if alt == "TWO_SIDED":
        z = stats.norm.isf(alpha / 2)
        pw = stats.norm.sf(z - eff / se) + stats.norm.cdf(-z - eff / se)
    else:
        pw = stats.norm.sf(stats.norm.isf(alpha) - eff / se)
    put(k + ".power", pw)
    # the MDE at 80% solves eff / se(eff) = z_alpha + z_0.8 (far tail ignored)
    zz = stats.norm.isf(alpha / 2 if alt == "TWO_SIDED" else alpha) + stats.norm.ppf(0.8)
    if scale == "RELATIVE":
        f = lambda e: e / math.sqrt(v / (p0 ** 2 * nA) + v * (p0 * (1 + e)) ** 2 / (p0 ** 4 * nA)) - zz
    else:
        f = lambda e: e / math.sqrt(2 * v / nA) - zz
    put(k + ".mde80", optimize.brentq(f, 1e-9, 10, xtol=1e-15, rtol=1e-14))

mark("# ---- multi-arm intervals")
# ---- multiplicity-adjusted intervals of all-vs-control two-proportion tests: Bonferroni 1 - alpha/m,
# Benjamini-Yekutieli FCR 1 - R alpha/m with R the number of BH discoveries (at least 1)
marms = [(5000, 500), (5000, 540), (5000, 575), (5000, 490)]
put("multiint.n", [n for n, _ in marms]); put("multiint.x", [x for _, x in marms])
pA = marms[0][1] / marms[0][0]
diffs, ses, ps = [], [], []
for n, x in marms[1:]:
    p = x / n
    se = math.sqrt(pA * (1 - pA) / marms[0][0] + p * (1 - p) / n)
    diffs.append(p - pA); ses.append(se); ps.append(2 * stats.norm.sf(abs((p - pA) / se)))
m = len(ps)
order = np.argsort(ps)
bh = [0.0] * m
running = 1.0
for rank in range(m - 1, -1, -1):
    i = order[rank]
    running = min(running, min(1.0, m / (rank + 1) * ps[i]))
    bh[i] = running
R = max(1, sum(1 for q in bh if q < 0.05))
for name, a in (("bonferroni", 0.05 / m), ("bh", R * 0.05 / m)):
    z = stats.norm.isf(a / 2)
    put(f"multiint.{name}.level", 1 - a)
    put(f"multiint.{name}.lower", [d - z * se for d, se in zip(diffs, ses)])
    put(f"multiint.{name}.upper", [d + z * se for d, se in zip(diffs, ses)])

print("# generated by src/test/python/golden.py - do not edit")
print("\n".join(out))
