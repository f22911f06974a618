"""Independent reference for Holdout.liftTest: the relative lift's confidence interval and p-value.

Interval: scipy.stats.contingency.relative_risk(exposed conversions, exposed users, holdout conversions,
holdout users).confidence_interval(confidence_level) -- Katz's log interval -- minus 1 (a lift, not a ratio).
p-value: scipy.stats.chi2_contingency on the 2x2 table with correction=False (Pearson's chi-squared, which
equals the pooled two-proportion z-test's two-sided p-value).
Run: python3 holdout_lift_golden.py > ../resources/golden/holdout_lift.csv
"""
from scipy.stats import chi2_contingency
from scipy.stats.contingency import relative_risk

print("ne,ce,nh,ch,confidence,lift,lower,upper,p")
cases = [(90000, 1800, 10000, 150, 0.95), (5000, 40, 5000, 50, 0.95), (1200, 96, 1100, 61, 0.90),
         (250000, 3100, 25000, 290, 0.99), (80, 9, 75, 3, 0.95)]
for ne, ce, nh, ch, conf in cases:
    rr = relative_risk(ce, ne, ch, nh)
    ci = rr.confidence_interval(confidence_level=conf)
    p = chi2_contingency([[ce, ne - ce], [ch, nh - ch]], correction=False)[1]
    print(f"{ne},{ce},{nh},{ch},{conf},{float(rr.relative_risk - 1)!r},{float(ci.low - 1)!r},{float(ci.high - 1)!r},{float(p)!r}")
