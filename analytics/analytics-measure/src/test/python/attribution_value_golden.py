"""Independent reference for value-weighted attribution, higher-order Markov and collapsed repeats.

Reads the journeys of attribution_golden.py (../resources/golden/attribution_journeys.csv); journey j
(0-based row) that converted is worth 50 + 10 * (j % 7), a made-up order value (input, not an answer).
 * linear and time-decay (7-day half-life): each touch gets its weight times its own journey's value;
 * Shapley: brute force over coalitions with v(S) = value of converted journeys whose channel set lies in S;
 * Markov of order k (Anderl et al., IJRM 2016, section 3.2): a state is the tuple of the last k channels,
   start = (); removal of channel c makes every state containing c a dead end; absorption probabilities
   by numpy.linalg.solve; value credits = total value * removal effect / sum of removal effects;
 * collapsed repeats: consecutive touches of one channel merged, then a second-order Markov chain and the
   linear model (a first-order chain is unchanged by the collapse: self-loops only delay absorption).
Run: python3 attribution_value_golden.py  (writes ../resources/golden/attribution_value.csv)
"""
import itertools
import math
import os
import numpy as np

HERE = os.path.dirname(__file__)
GOLD = os.path.join(HERE, "..", "resources", "golden")
CH = ["wechat-article", "douyin-video", "xhs-note", "weibo-post", "search-ad"]
journeys = []
with open(os.path.join(GOLD, "attribution_journeys.csv")) as f:
    for j, line in enumerate(f):
        conv, ended, touches = line.strip().split(",")
        tps = [(t.split("@")[0], int(t.split("@")[1])) for t in touches.split("|")]
        converted = conv == "true"
        journeys.append((converted, int(ended), tps, 50 + 10 * (j % 7) if converted else 0.0))

rows = []
total_value = sum(v for c, _, _, v in journeys if c)
rows.append(("total-value", "", total_value))

lin = {c: 0.0 for c in CH}
td = {c: 0.0 for c in CH}
for conv, ended, tps, v in journeys:
    if not conv:
        continue
    for c, _ in tps:
        lin[c] += v / len(tps)
    ws = [2 ** (-(ended - t) / (7 * 86400)) for _, t in tps]
    for (c, _), w in zip(tps, ws):
        td[c] += v * w / sum(ws)
for c in CH:
    rows.append(("linear-value", c, lin[c]))
    rows.append(("time-decay-value", c, td[c]))

sets = [(frozenset(c for c, _ in tps), v) for conv, _, tps, v in journeys if conv]


def val(S):
    return sum(v for s, v in sets if s <= S)


N = len(CH)
for c in CH:
    others = [x for x in CH if x != c]
    phi = 0.0
    for k in range(N):
        for S in itertools.combinations(others, k):
            S = frozenset(S)
            phi += math.factorial(k) * math.factorial(N - k - 1) / math.factorial(N) * (val(S | {c}) - val(S))
    rows.append(("shapley-value", c, phi))


def markov(paths, order):
    """paths: list of (channels, converted). Returns removal effects by channel."""
    states = {(): 0}
    for chans, _ in paths:
        h = ()
        for c in chans:
            h = (h + (c,))[-order:]
            states.setdefault(h, len(states))
    n = len(states)
    cnt = np.zeros((n, n))
    to_conv = np.zeros(n)
    out = np.zeros(n)
    for chans, conv in paths:
        prev = 0
        h = ()
        for c in chans:
            h = (h + (c,))[-order:]
            cnt[prev, states[h]] += 1
            out[prev] += 1
            prev = states[h]
        out[prev] += 1
        if conv:
            to_conv[prev] += 1

    def p_conv(removed):
        keep = [i for s, i in sorted(states.items(), key=lambda e: e[1]) if removed not in s]
        Q = np.array([[cnt[i, j] / out[i] if out[i] > 0 else 0.0 for j in keep] for i in keep])
        r = np.array([to_conv[i] / out[i] if out[i] > 0 else 0.0 for i in keep])
        return float(np.linalg.solve(np.eye(len(keep)) - Q, r)[0])

    base = p_conv(None)
    return {c: 1 - p_conv(c) / base for c in CH}


paths = [([c for c, _ in tps], conv) for conv, _, tps, _ in journeys]
conversions = sum(1 for p in paths if p[1])
re1 = markov(paths, 1)
for c in CH:
    rows.append(("markov-value", c, total_value * re1[c] / sum(re1.values())))
for order in (2, 3):
    re = markov(paths, order)
    for c in CH:
        rows.append((f"markov{order}-removal", c, re[c]))
        rows.append((f"markov{order}", c, conversions * re[c] / sum(re.values())))


def collapse(chans):
    out = []
    for c in chans:
        if not out or out[-1] != c:
            out.append(c)
    return out


collapsed = [(collapse(ch), conv) for ch, conv in paths]
rec = markov(collapsed, 2)
clin = {c: 0.0 for c in CH}
for ch, conv in collapsed:
    if conv:
        for c in ch:
            clin[c] += 1 / len(ch)
for c in CH:
    rows.append(("collapsed-markov2-removal", c, rec[c]))
    rows.append(("collapsed-linear", c, clin[c]))

with open(os.path.join(GOLD, "attribution_value.csv"), "w") as f:
    f.write(f"# conversions={conversions}\n")
    for model, c, v in rows:
        f.write(f"{model},{c},{v!r}\n")
