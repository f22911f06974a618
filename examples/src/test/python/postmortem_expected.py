#!/usr/bin/env python3
"""Expected goal-vs-actual values for PostMortemOnWeChatSimulatorTest, computed by hand from the WeChat
simulator's documented deterministic datacube data (connector-tck WeChatSimulator#datacube and #counters)
and the KPI definitions of core's KpiCatalog -- not from mediaops' analytics code.

Simulator facts used (clock 2026-11-28T02:00Z, two seeded articles published 2026-11-18):
  getarticlesummary, per seeded article msgDataId and day d (dayIndex 1):
      seed  = floorMod(javaHash(msgDataId) * 31 + epochDay(d), 997)
      reads = 200 + seed
      int_page_read_count = reads (views), share_count = reads // 16, add_to_fav_count = reads // 90
  getusersummary, per day d: base = floorMod(epochDay(d) * 17, 50); sources 0, 1, 30:
      new_user = base + source, cancel_user = base // 5 for source 0 only
  getusercumulate, per day d: cumulate_user = 1217056 + floorMod(epochDay(d), 1000)
Run: python3 examples/src/test/python/postmortem_expected.py
"""
import datetime


def java_hash(s):
    h = 0
    for ch in s:
        h = (31 * h + ord(ch)) & 0xFFFFFFFF
    return h - (1 << 32) if h >= (1 << 31) else h


def epoch_day(d):
    return (d - datetime.date(1970, 1, 1)).days


days = [datetime.date(2026, 11, 24) + datetime.timedelta(days=i) for i in range(3)]
views = shares = saves = 0
for mid in ["2650000001", "2650000002"]:
    for d in days:
        seed = (java_hash(mid) * 31 + epoch_day(d)) % 997
        reads = 200 + seed
        views += reads
        shares += reads // 16
        saves += reads // 90
        print(f"article {mid} {d}: reads {reads}, shares {reads // 16}, saves {reads // 90}")
print("views", views, "shares", shares, "saves", saves)
print("engagement_rate (shares + saves) / views =", shares + saves, "/", views, "=", (shares + saves) / views)

gained = lost = 0
for d in days:
    base = (epoch_day(d) * 17) % 50
    g = 3 * base + 31
    l = base // 5
    gained += g
    lost += l
    print(f"followers {d}: base {base}, gained {g}, lost {l}, total {1217056 + epoch_day(d) % 1000}")
first = days[0]
base0 = (epoch_day(first) * 17) % 50
start = 1217056 + epoch_day(first) % 1000 - ((3 * base0 + 31) - base0 // 5)
net = gained - lost
print("follower_growth", net, "start", start, "follower_growth_rate", net / start)
