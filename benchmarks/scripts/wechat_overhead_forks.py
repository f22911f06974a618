#!/usr/bin/env python3
"""Connector vs raw OkHttp on the same WeChat simulator call, in alternating JMH forks.

JMH runs all forks of one benchmark before the next, so on a shared, loaded machine the two sides can
see different load. This runs WeChatMetricsCallBenchmark.connector and .rawOkHttp one fork at a time,
alternating (and swapping which goes first each round), takes each fork's p50 (SampleTime) and
allocation per call (-prof gc); 5 x 3 s warm-up and 5 x 3 s measurement unless other JMH
arguments are given, and reports the per-round ratio connector/raw with a 95% t interval
over rounds.

Usage: python3 benchmarks/scripts/wechat_overhead_forks.py [rounds] [jar] [extra JMH args...]
Prints a Markdown summary; per-fork JSON results go to target/overhead-forks/.
"""
import json
import os
import statistics
import subprocess
import sys

from scipy import stats

rounds = int(sys.argv[1]) if len(sys.argv) > 1 else 5
jar = sys.argv[2] if len(sys.argv) > 2 else "benchmarks/target/benchmarks.jar"
# 5 x 3 s warm-up: with 3 x 2 s the same jar's raw p50 moved between 96 and 177 us from fork to fork (2026-12-06)
extra = sys.argv[3:] or ["-wi", "5", "-w", "3s", "-i", "5", "-r", "3s"]
out = "benchmarks/target/overhead-forks"
os.makedirs(out, exist_ok=True)
BENCH = "io.github.mediaops.benchmarks.connector.WeChatMetricsCallBenchmark."


def fork(name, r):
    path = f"{out}/{name}-{r}.json"
    subprocess.run(["java", "-jar", jar, BENCH + name + "$", "-f", "1", "-prof", "gc", "-rf", "json", "-rff", path,
                    *extra], check=True, stdout=subprocess.DEVNULL)
    with open(path) as f:
        result = json.load(f)[0]
    p50 = result["primaryMetric"]["scorePercentiles"]["50.0"]
    alloc = result["secondaryMetrics"]["gc.alloc.rate.norm"]["score"]
    return p50, alloc


rows = []
for r in range(rounds):
    order = ["connector", "rawOkHttp"] if r % 2 == 0 else ["rawOkHttp", "connector"]
    res = {name: fork(name, r) for name in order}
    rows.append((res["connector"], res["rawOkHttp"]))
    c, w = res["connector"], res["rawOkHttp"]
    print(f"round {r + 1}: connector p50 {c[0]:.1f} us, raw p50 {w[0]:.1f} us, ratio {c[0] / w[0]:.3f}; "
          f"alloc {c[1]:.0f} vs {w[1]:.0f} B/call; load average {os.getloadavg()[0]:.1f}", flush=True)

ratios = [c[0] / w[0] for c, w in rows]
mean = statistics.mean(ratios)
half = stats.t.ppf(0.975, len(ratios) - 1) * statistics.stdev(ratios) / len(ratios) ** 0.5 if len(ratios) > 1 else float("nan")
print()
print(f"| rounds | connector p50 (median of forks) | raw OkHttp p50 (median of forks) | ratio, mean of rounds ± 95% t | median ratio | min-max | alloc connector / raw |")
print(f"|---|---|---|---|---|---|---|")
print(f"| {len(rows)} | {statistics.median(c[0] for c, _ in rows):.1f} us | {statistics.median(w[0] for _, w in rows):.1f} us "
      f"| {mean:.3f} ± {half:.3f} | {statistics.median(ratios):.3f} | {min(ratios):.3f}-{max(ratios):.3f} "
      f"| {statistics.mean(c[1] for c, _ in rows):.0f} / {statistics.mean(w[1] for _, w in rows):.0f} B |")
