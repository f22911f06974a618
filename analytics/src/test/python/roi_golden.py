"""Independent reference for Ltv (cohort LTV, payback) and Holdout (incremental revenue, iROAS, lift).
Plain float arithmetic following the formulas in the Javadoc; Java compares to 1e-9 relative.
Run: python3 roi_golden.py > ../resources/golden/roi.csv
"""
print("kind,inputs,expected")
# cohort LTV: size, margin, discount, revenues; expected: final LTV and cumulative curve
cohorts = [(250, 0.6, 0.01, [12000.0, 5400.5, 3900.0, 2950.25, 2100.0, 1500.0]),
           (1, 1.0, 0.0, [10.0, 20.0]),
           (4000, 0.35, 0.05, [88000.0, 41000.0, 30000.0, 0.0, 22000.0])]
for size, m, d, rev in cohorts:
    cum, curve = 0.0, []
    for t, r in enumerate(rev):
        cum += r * m / (1 + d) ** t / size
        curve.append(cum)
    print("cohort_ltv," + f"{size};{m};{d};" + "|".join(str(r) for r in rev) + "," + "|".join(repr(c) for c in curve))
# payback: cac, margins per period -> periods (interpolated), or empty
paybacks = [(120.0, [30.0, 30.0, 30.0, 30.0, 30.0]), (100.0, [60.0, 25.0, 10.0, 10.0]), (500.0, [10.0, 10.0]),
            (45.0, [0.0, 15.0, 40.0])]
for cac, ms in paybacks:
    cum, res = 0.0, ""
    for t, mm in enumerate(ms):
        if mm > 0 and cum + mm >= cac:
            res = repr(t + (cac - cum) / mm)
            break
        cum += mm
    print(f"payback,{cac};" + "|".join(str(x) for x in ms) + f",{res}")
# holdout: ne, ce, re, nh, ch, rh, spend -> inc conv, inc revenue, lift, iroas, iroi
holdouts = [(90000, 1800, 540000.0, 10000, 150, 41000.0, 120000.0), (5000, 40, 8000.0, 5000, 50, 9000.0, 1000.0)]
for ne, ce, re_, nh, ch, rh, sp in holdouts:
    inc_c = ce - ch * ne / nh
    inc_r = re_ - rh * ne / nh
    lift = (ce / ne) / (ch / nh) - 1
    print(f"holdout,{ne};{ce};{re_};{nh};{ch};{rh};{sp},{inc_c!r}|{inc_r!r}|{lift!r}|{inc_r / sp!r}|{(inc_r - sp) / sp!r}")
