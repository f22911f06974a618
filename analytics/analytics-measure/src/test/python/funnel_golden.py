"""Independent reference for Funnel: the private-traffic funnel (content_view -> wecom_contact_added ->
purchase) with a 3-day window over random, shuffled events, plus noise events of other steps.
Rule as in Funnel's Javadoc: per user, stable-sort by time; each content_view is a candidate entry; match
the next steps greedily in order at/after the previous match and within entry + window; the user reaches the
deepest step of any candidate; times come from the earliest candidate reaching that depth.
Run: python3 funnel_golden.py  (writes ../resources/golden/funnel_events.csv and funnel.csv)
"""
import os
import random
import statistics

OUT = os.path.join(os.path.dirname(__file__), "..", "resources", "golden")
STEPS = ["content_view", "wecom_contact_added", "purchase"]
WINDOW = 3 * 86400
rnd = random.Random(99)
events = []
t0 = 1_793_000_000
for u in range(600):
    user = f"u{u}"
    t = t0 + rnd.randint(0, 20 * 86400)
    for _ in range(rnd.randint(1, 3)):
        events.append((user, "content_view", t))
        if rnd.random() < 0.45:
            t2 = t + rnd.randint(0, 2 * 86400)
            events.append((user, "wecom_contact_added", t2))
            if rnd.random() < 0.5:
                events.append((user, "purchase", t2 + rnd.randint(0, 2 * 86400)))
        if rnd.random() < 0.3:
            events.append((user, "comment", t + rnd.randint(0, 86400)))
        t += rnd.randint(3600, 4 * 86400)
    if rnd.random() < 0.05:
        events.append((user, "purchase", t0 - 1000))   # purchase before any view: not a funnel completion
rnd.shuffle(events)
with open(os.path.join(OUT, "funnel_events.csv"), "w") as f:
    for u, s, t in events:
        f.write(f"{u},{s},{t}\n")

by_user = {}
for u, s, t in events:
    if s in STEPS:
        by_user.setdefault(u, []).append((t, STEPS.index(s)))
reached = [0] * 3
secs = [[], [], []]
for u, evs in by_user.items():
    evs = sorted(evs, key=lambda e: e[0])
    best, best_times = -1, None
    for i, (t, s) in enumerate(evs):
        if s != 0:
            continue
        times, depth = [t], 0
        for t2, s2 in evs[i + 1:]:
            if t2 - t > WINDOW or depth == 2:
                break
            if s2 == depth + 1:
                depth += 1
                times.append(t2)
        if depth > best:
            best, best_times = depth, times
    for k in range(best + 1):
        reached[k] += 1
        secs[k].append(best_times[k] - best_times[0])
with open(os.path.join(OUT, "funnel.csv"), "w") as f:
    f.write("step,users,from_prev,from_start,drop,median_s,mean_s\n")
    for k, s in enumerate(STEPS):
        fp = "" if k == 0 else repr(reached[k] / reached[k - 1])
        f.write(f"{s},{reached[k]},{fp},{reached[k] / reached[0]!r},{0 if k == 0 else reached[k-1] - reached[k]},"
                f"{float(statistics.median(secs[k]))!r},{statistics.fmean(secs[k])!r}\n")
