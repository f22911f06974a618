"""Independent reference for Ltv (cohort LTV, payback) and Holdout (incremental revenue, iROAS, lift).
Computed with numpy rather than re-typing the Javadoc formulas: cohort LTV is np.cumsum over the discounted
per-customer margins, payback is np.interp of CAC on the cumulative-margin curve, and conversion rates are
means of per-user 0/1 arrays. Java compares to 1e-9 relative (cohort) and 1e-12 absolute (payback, ratios).
Run: python3 roi_golden.py > ../resources/golden/roi.csv
"""
import numpy as np

print("kind,inputs,expected")
# cohort LTV: size, margin, discount, revenues; expected: cumulative LTV curve (last entry = LTV)
cohorts = [(250, 0.6, 0.01, [12000.0, 5400.5, 3900.0, 2950.25, 2100.0, 1500.0]),
           (1, 1.0, 0.0, [10.0, 20.0]),
           (4000, 0.35, 0.05, [88000.0, 41000.0, 30000.0, 0.0, 22000.0])]
for size, m, d, rev in cohorts:
    r = np.asarray(rev)
    discount = np.power(1.0 + d, -np.arange(len(r)))
    curve = np.cumsum(r * m * discount / size)
    print("cohort_ltv," + f"{size};{m};{d};" + "|".join(str(x) for x in rev) + "," + "|".join(repr(float(c)) for c in curve))
# payback: cac, margins per period -> periods (margin accrues evenly within a period, so the cumulative curve is
# piecewise linear between period ends 0, 1, 2, ...), or empty when the cumulative margin never reaches CAC
paybacks = [(120.0, [30.0, 30.0, 30.0, 30.0, 30.0]), (100.0, [60.0, 25.0, 10.0, 10.0]), (500.0, [10.0, 10.0]),
            (45.0, [0.0, 15.0, 40.0])]
for cac, ms in paybacks:
    cum = np.concatenate([[0.0], np.cumsum(ms)])
    ends = np.arange(len(cum), dtype=float)
    # flat stretches (zero margin) would repeat x-values; the curve first reaches a level at the first occurrence
    levels, first = np.unique(cum, return_index=True)
    res = repr(float(np.interp(cac, levels, ends[first]))) if cac <= cum[-1] else ""
    print(f"payback,{cac};" + "|".join(str(x) for x in ms) + f",{res}")
# holdout: ne, ce, re, nh, ch, rh, spend -> inc conv, inc revenue, lift, iroas, iroi
holdouts = [(90000, 1800, 540000.0, 10000, 150, 41000.0, 120000.0), (5000, 40, 8000.0, 5000, 50, 9000.0, 1000.0)]
for ne, ce, re_, nh, ch, rh, sp in holdouts:
    exposed = np.repeat([1.0, 0.0], [ce, ne - ce])   # one entry per exposed user: converted or not
    held = np.repeat([1.0, 0.0], [ch, nh - ch])      # one entry per holdout user
    inc_c = float(exposed.sum() - held.mean() * ne)  # conversions beyond what the holdout rate predicts
    inc_r = re_ - rh * ne / nh                       # revenue beyond the holdout's revenue per user, scaled
    lift = float(exposed.mean() / held.mean() - 1)
    print(f"holdout,{ne};{ce};{re_};{nh};{ch};{rh};{sp},{inc_c!r}|{inc_r!r}|{lift!r}|{inc_r / sp!r}|{(inc_r - sp) / sp!r}")
