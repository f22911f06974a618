#!/usr/bin/env python3
"""ComplianceMatchBenchmark's ratios (pairs of benchmarks) from paired, alternating single-fork JMH runs.

Why (ninth round of issue 15, 2026-12-06): this machine's speed changes by about 1.6x for tens of seconds at a
time, with the other vCPU idle and no steal time, and the change slows the double-array trie and the full check
alike (in ComplianceDriftProbe's adjacent 500 ms slots of both in one JVM the ratio stays put: medians 2.32 fast and
2.25 slow in one run, 2.11 and 2.08 in another, while the trie moved between 85 and 150 ops/s). JMH runs
all forks of one benchmark before the next, so with `-f 6` the trie's six forks and the check's six forks see
different stretches of that drift, and one jar's ratio read 1.66x-3.27x. Here each round runs one fork of each
side of a pair back to back (ABBA order: which side goes first alternates), so both sides sample the same
stretches; each round gives a ratio, and the summary is the ratio of the two sides' mean scores over all rounds
with the per-round ratios' mean and 95 % t interval.

Pairs (PAIRS below: name, label, numerator and denominator benchmarks, the issue's target if it sets one): 1mib,
large1MiB_doubleArrayTrie / large1MiB_mediaopsChecker (issue 15: the check within 2x the trie); 120,
short120_mediaopsChecker / short120_sensitiveWord (at least 30x sensitive-word); and, added in the fourteenth session
(2026-12-07) to state the 120-character texts in the 1 MiB target's unit, the bare trie pass, 120trie (the check /
trie), 120pass (the check's automaton counting its matches / trie) and 120sw (sensitive-word / trie), which have no
target (>= 30x sensitive-word then reads as: the check within 120sw / 30 of the trie).

Usage: python3 benchmarks/scripts/compliance_paired_forks.py [PAIR|both] [rounds] [jar] [extra JMH args...]
Defaults: both (1mib and 120), 6 rounds, benchmarks/target/benchmarks.jar, -wi 3 -w 2s -i 5 -r 2s. Prints every fork and a
Markdown table, then the same summary lines as `pool`; JMH's JSON per fork goes to target/compliance-forks/<start time>/
(one folder per run, so that runs do not overwrite each other).

Pooling (thirteenth session, 2026-12-07): python3 benchmarks/scripts/compliance_paired_forks.py pool PAIR LOG...
reads the printed output of several runs (the per-fork lines) and summarises all their rounds together. Ratios of two speeds are
summarised by their geometric mean with a 95 % t interval on the logarithms (a ratio and its inverse then give the same
conclusion), next to the ratio of the mean scores and the median.
"""
import json
import math
import os
import re
import statistics
import subprocess
import sys
import time

from scipy import stats

BENCH = "io.github.mediaops.benchmarks.compliance.ComplianceMatchBenchmark."
# name: (label, numerator, denominator, target): the ratio as the issue states it; target, where the issue sets one, is
# whether one round's ratio meets it
PAIRS = {
    "1mib": ("1 MiB check / trie (time ratio, <= 2x)", "large1MiB_doubleArrayTrie", "large1MiB_mediaopsChecker",
             lambda ratio: ratio <= 2),
    "120": ("120-char check / sensitive-word (speed-up, >= 30x)", "short120_mediaopsChecker", "short120_sensitiveWord",
            lambda ratio: ratio >= 30),
    "120trie": ("120-char check / trie (time ratio, no target)", "short120_doubleArrayTrie", "short120_mediaopsChecker",
                None),
    "120pass": ("120-char check's automaton pass / trie (time ratio, no target)", "short120_doubleArrayTrie",
                "short120_checkerAutomaton", None),
    "120sw": ("120-char sensitive-word / trie (time ratio, no target)", "short120_doubleArrayTrie",
              "short120_sensitiveWord", None),
}


def geometric(ratios):
    """Geometric mean of the ratios and its 95 % t interval (computed on their logarithms)."""
    logs = [math.log(x) for x in ratios]
    mean = statistics.mean(logs)
    if len(logs) < 2:
        return math.exp(mean), float("nan"), float("nan")
    half = stats.t.ppf(0.975, len(logs) - 1) * statistics.stdev(logs) / len(logs) ** 0.5
    return math.exp(mean), math.exp(mean - half), math.exp(mean + half)


def pool(key, logs):
    """Pools the rounds of several runs' printed output (their per-fork lines) for pair `key`."""
    label, num, den, _ = PAIRS[key]
    line = re.compile(r"round (\d+) (\w+): ([\d.]+) ops/s")
    per_round = []
    for path in logs:
        got = {}
        with open(path) as f:
            for text in f:
                m = line.search(text)
                if m and m.group(2) in (num, den):
                    got.setdefault(int(m.group(1)), {})[m.group(2)] = float(m.group(3))
        per_round += [(sides[num], sides[den]) for _, sides in sorted(got.items()) if len(sides) == 2]
    if not per_round:
        sys.exit(f"pool: no round with both {num} and {den} in {', '.join(logs)}")
    print(f"{label}: {len(logs)} runs, {len(per_round)} rounds")
    summarise(key, per_round)


def summarise(key, per_round):
    """Prints the summary of (numerator, denominator) scores per round: the lines `pool` gives for all runs together."""
    _, num, den, meets = PAIRS[key]
    nums = [a for a, _ in per_round]
    dens = [b for _, b in per_round]
    ratios = [a / b for a, b in per_round]
    g, low, high = geometric(ratios)
    met = "" if meets is None else f"; {sum(map(meets, ratios))} of {len(ratios)} rounds meet the target"
    print(f"ratio of mean scores {statistics.mean(nums) / statistics.mean(dens):.3f}; per-round ratios: geometric mean "
          f"{g:.3f} (95 % t interval {low:.3f}-{high:.3f}), median {statistics.median(ratios):.3f}, "
          f"range {min(ratios):.2f}-{max(ratios):.2f}{met}")
    print(f"mean scores: {num} {statistics.mean(nums):.1f} ops/s, {den} {statistics.mean(dens):.1f} ops/s "
          f"({len(per_round)} forks each)")


which = sys.argv[1] if len(sys.argv) > 1 else "both"
if which == "pool":
    if len(sys.argv) < 4 or sys.argv[2] not in PAIRS:
        sys.exit(f"usage: compliance_paired_forks.py pool {'|'.join(PAIRS)} LOG...")
    pool(sys.argv[2], sys.argv[3:])
    sys.exit(0)
if which not in ("both", *PAIRS):
    sys.exit(f"unknown pair {which!r}: {', '.join(PAIRS)}, both or pool")
rounds = int(sys.argv[2]) if len(sys.argv) > 2 else 6
jar = sys.argv[3] if len(sys.argv) > 3 else "benchmarks/target/benchmarks.jar"
jmh_args = sys.argv[4:] or ["-wi", "3", "-w", "2s", "-i", "5", "-r", "2s"]
out_dir = os.path.join("benchmarks/target/compliance-forks", time.strftime("%Y%m%dT%H%M%S", time.gmtime()))
os.makedirs(out_dir, exist_ok=True)


def one_fork(name, tag):
    """Runs one JMH fork of one benchmark; returns (mean score, its iterations)."""
    path = os.path.join(out_dir, f"{name}-{tag}.json")
    subprocess.run(["java", "-jar", jar, BENCH + name + "$", "-f", "1", "-rf", "json", "-rff", path, *jmh_args],
                   check=True, stdout=subprocess.DEVNULL)
    with open(path) as f:
        metric = json.load(f)[0]["primaryMetric"]
    return metric["score"], [x for fork in metric["rawData"] for x in fork]


def run_pair(key):
    label, num, den, _ = PAIRS[key]
    per_round = []
    for r in range(rounds):
        sides = [num, den] if r % 2 == 0 else [den, num]
        got = {}
        for name in sides:
            got[name] = one_fork(name, f"{key}-{r + 1}")
            score, its = got[name]
            print(f"{time.strftime('%H:%M:%S', time.gmtime())} round {r + 1} {name}: {score:.1f} ops/s "
                  f"(iterations {', '.join(f'{x:.1f}' for x in its)}); load {os.getloadavg()[0]:.2f}", flush=True)
        per_round.append((got[num][0], got[den][0]))
    nums = [a for a, _ in per_round]
    dens = [b for _, b in per_round]
    ratios = [a / b for a, b in per_round]
    half = (stats.t.ppf(0.975, len(ratios) - 1) * statistics.stdev(ratios) / len(ratios) ** 0.5
            if len(ratios) > 1 else float("nan"))
    print()
    print(f"| {label} | {num}, fork means (ops/s) | {den}, fork means (ops/s) | ratio of means "
          f"| per-round ratios | mean ± 95% t |")
    print("|---|---|---|---|---|---|")
    print(f"| {rounds} rounds | {', '.join(f'{x:.1f}' for x in nums)} (mean {statistics.mean(nums):.1f}) "
          f"| {', '.join(f'{x:.1f}' for x in dens)} (mean {statistics.mean(dens):.1f}) "
          f"| {statistics.mean(nums) / statistics.mean(dens):.2f}x | {', '.join(f'{x:.2f}' for x in ratios)} "
          f"| {statistics.mean(ratios):.2f} ± {half:.2f} |")
    print()
    summarise(key, per_round)


for key in (["1mib", "120"] if which == "both" else [which]):
    run_pair(key)
