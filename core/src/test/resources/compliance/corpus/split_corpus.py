#!/usr/bin/env python3
"""Splits the labelled corpus ONCE into a development part and a frozen evaluation part.

Usage: python3 split_corpus.py all.tsv   (writes dev.tsv and frozen.tsv beside it)

Seeded (random.Random(20261206)); stratified by the first expected code (clean lines form their own stratum), 40 %
of each stratum frozen. The header comments are copied into both files. Run once at commit 'split' of issue 15;
all.tsv is then removed from the tree (it stays in git history, commit 27953f4) so that nobody reads the frozen
lines while writing rules.
"""
import hashlib
import random
import sys
from collections import defaultdict
from pathlib import Path

src = Path(sys.argv[1])
header, rows = [], []
for line in src.read_text(encoding="utf-8").splitlines():
    (header if line.startswith("#") else rows).append(line)
strata = defaultdict(list)
for r in rows:
    strata[r.split("\t", 1)[0].split(",")[0].rstrip("?")].append(r)
rng = random.Random(20261206)
dev, frozen = [], []
for key in sorted(strata):
    group = strata[key][:]
    rng.shuffle(group)
    k = round(len(group) * 0.4)
    frozen += group[:k]
    dev += group[k:]
for name, part in (("dev.tsv", dev), ("frozen.tsv", frozen)):
    text = "\n".join(header + [f"# part: {name}"] + part) + "\n"
    (src.parent / name).write_text(text, encoding="utf-8")
    print(name, len(part), "lines", "sha256", hashlib.sha256(text.encode("utf-8")).hexdigest())
