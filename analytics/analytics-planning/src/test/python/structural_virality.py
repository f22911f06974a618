#!/usr/bin/env python3
"""Reference structural virality (Goel et al. 2016): mean shortest-path distance over all pairs of
nodes of a diffusion tree, computed by networkx's all-pairs BFS (independent of the Wiener-index
shortcut used in ReferralForest). Writes golden/structural_virality.csv: id, n, depth, virality, edges.
    python3 analytics/analytics-planning/src/test/python/structural_virality.py
"""
import os, random
import networkx as nx

OUT = os.path.join(os.path.dirname(__file__), "..", "resources", "golden", "structural_virality.csv")
rng = random.Random(20161)
trees = []
trees.append(("star5", [(0, i) for i in range(1, 5)]))
trees.append(("path5", [(i, i + 1) for i in range(4)]))
for t in range(12):
    n = rng.randint(2, 80)
    deep = t % 3 == 0
    edges = []
    for c in range(1, n):
        # deep trees attach to one of the last few nodes; broad ones anywhere
        p = rng.randint(max(0, c - 3), c - 1) if deep else rng.randint(0, c - 1)
        edges.append((p, c))
    trees.append((f"rand{t}", edges))

with open(OUT, "w", newline="\n") as f:
    f.write("id,n,depth,virality,edges\n")
    for name, edges in trees:
        g = nx.Graph(edges)
        n = g.number_of_nodes()
        v = nx.average_shortest_path_length(g)
        depth = max(nx.single_source_shortest_path_length(g, 0).values())
        f.write(f"{name},{n},{depth},{v!r},{';'.join(f'{p}-{c}' for p, c in edges)}\n")
print("wrote", len(trees), "trees")
