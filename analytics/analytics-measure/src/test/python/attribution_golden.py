"""Independent reference for Attribution: every model on random journeys over five channels.

Markov: first-order chain start -> channels -> conv/null, absorption probabilities by numpy.linalg.solve,
removal effect = 1 - P(conv | channel removed) / P(conv). Shapley: brute force over all coalitions with
math.factorial weights, v(S) = conversions of journeys whose channel set is a subset of S.
Run: python3 attribution_golden.py  (writes ../resources/golden/attribution_journeys.csv, attribution.csv)
"""
import itertools
import math
import os
import random
import numpy as np

OUT = os.path.join(os.path.dirname(__file__), "..", "resources", "golden")
rnd = random.Random(2026)
CH = ["wechat-article", "douyin-video", "xhs-note", "weibo-post", "search-ad"]
conv_bias = {"wechat-article": 0.10, "douyin-video": 0.18, "xhs-note": 0.12, "weibo-post": 0.02, "search-ad": 0.25}
journeys = []
t0 = 1_793_000_000
for j in range(400):
    n = rnd.choice([1, 1, 2, 2, 3, 3, 4, 5])
    t = t0 + rnd.randint(0, 3_000_000)
    touches = []
    for _ in range(n):
        touches.append((rnd.choice(CH), t))
        t += rnd.randint(0, 5 * 86400)
    p = min(0.9, sum(conv_bias[c] for c, _ in touches))
    converted = rnd.random() < p
    ended = t + rnd.randint(0, 86400)
    journeys.append((converted, ended, touches))
with open(os.path.join(OUT, "attribution_journeys.csv"), "w") as f:
    for conv, ended, touches in journeys:
        f.write(f"{str(conv).lower()},{ended}," + "|".join(f"{c}@{t}" for c, t in touches) + "\n")

results = {}
conv_js = [j for j in journeys if j[0]]
def add(model, ch, v):
    results.setdefault(model, {}).setdefault(ch, 0.0)
    results[model][ch] += v
for conv, ended, touches in conv_js:
    n = len(touches)
    add("first-touch", touches[0][0], 1.0)
    add("last-touch", touches[-1][0], 1.0)
    for c, _ in touches:
        add("linear", c, 1.0 / n)
    if n == 1:
        w = [1.0]
    elif n == 2:
        w = [0.5, 0.5]
    else:
        w = [0.4] + [0.2 / (n - 2)] * (n - 2) + [0.4]
    for (c, _), x in zip(touches, w):
        add("position-based", c, x)
    hl = 7 * 86400
    ws = [2 ** (-(ended - t) / hl) for _, t in touches]
    for (c, _), x in zip(touches, ws):
        add("time-decay", c, x / sum(ws))

# Markov
states = ["start"] + CH
idx = {s: i for i, s in enumerate(states)}
cnt = np.zeros((len(states), len(states)))
to_conv = np.zeros(len(states))
out = np.zeros(len(states))
for conv, ended, touches in journeys:
    prev = 0
    for c, _ in touches:
        cnt[prev, idx[c]] += 1
        out[prev] += 1
        prev = idx[c]
    out[prev] += 1
    if conv:
        to_conv[prev] += 1

def p_conv(removed=None):
    keep = [i for i in range(len(states)) if states[i] != removed]
    Q = np.array([[cnt[i, j] / out[i] for j in keep] for i in keep])
    r = np.array([to_conv[i] / out[i] for i in keep])
    x = np.linalg.solve(np.eye(len(keep)) - Q, r)
    return float(x[0])
base = p_conv()
re = {c: 1 - p_conv(c) / base for c in CH}
total = len(conv_js)
for c in CH:
    results.setdefault("markov", {})[c] = total * re[c] / sum(re.values())
    results.setdefault("markov-removal", {})[c] = re[c]

# Shapley, brute force
sets = [frozenset(c for c, _ in touches) for conv, _, touches in journeys if conv]
def v(S):
    return sum(1 for s in sets if s <= S)
N = len(CH)
for i, c in enumerate(CH):
    others = [x for x in CH if x != c]
    phi = 0.0
    for k in range(N):
        for S in itertools.combinations(others, k):
            S = frozenset(S)
            phi += math.factorial(k) * math.factorial(N - k - 1) / math.factorial(N) * (v(S | {c}) - v(S))
    results.setdefault("shapley", {})[c] = phi

with open(os.path.join(OUT, "attribution.csv"), "w") as f:
    f.write(f"# conversions={total} baseline={base!r}\n")
    for model in sorted(results):
        for c in CH:
            f.write(f"{model},{c},{results[model].get(c, 0.0)!r}\n")
