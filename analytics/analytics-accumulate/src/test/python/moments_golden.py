"""Independent reference for Moments (Welford/Chan) and Sum: numpy mean / variance over a fixed data set.
Run: python3 moments_golden.py  (writes ../resources/golden/moments_data.csv and moments.csv)
"""
import os
import numpy as np

OUT = os.path.join(os.path.dirname(__file__), "..", "resources", "golden")
rng = np.random.default_rng(20261128)
# watch seconds: lognormal with a large offset to stress cancellation (naive sum-of-squares fails)
x = 1e6 + rng.lognormal(mean=3.0, sigma=1.0, size=5000)
np.savetxt(os.path.join(OUT, "moments_data.csv"), x, fmt="%.17g")
with open(os.path.join(OUT, "moments.csv"), "w") as f:
    f.write("count,sum,mean,sample_var,pop_var,min,max\n")
    f.write(",".join(repr(float(v)) if not isinstance(v, int) else str(v) for v in
                     [len(x), float(np.sum(x, dtype=np.float64)), float(np.mean(x)), float(np.var(x, ddof=1)),
                      float(np.var(x, ddof=0)), float(np.min(x)), float(np.max(x))]) + "\n")
