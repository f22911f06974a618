#!/usr/bin/env python3
"""Independent re-implementation of the mediaops lottery protocol (see analytics/analytics-planning/README.md).

Writes a test vector: golden/lottery_entries.csv (the frozen entry list) and golden/lottery_expected.csv
(seed commitment, entry list hash, per-entry eligibility and HMAC score, winners). LotteryVectorTest
checks that the Java engine reproduces it byte for byte. Run from the repository root:
    python3 analytics/analytics-planning/src/test/python/lottery_vector.py
"""
import base64, hashlib, hmac, os
from datetime import datetime, timezone

OUT = os.path.join(os.path.dirname(__file__), "..", "resources", "golden")
DAY = 86_400_000
CLOSE = int(datetime(2026, 11, 20, 12, tzinfo=timezone.utc).timestamp()) * 1000
SEED = "5eed" * 16                 # 32 bytes of hex
BEACON = "drand quicknet round 20000000: 3f1a9c"
RULES = dict(one_per_user=True, must_follow=True, keyword="抽我", excluded={"staff1"}, min_age=30 * DAY)
WINNERS = 3

# userId, enteredAt, follows, accountCreated (None = unknown), text
ENTRIES = [
    ("u01", CLOSE - 50 * 60_000, True, CLOSE - 400 * DAY, "抽我！好喜欢"),
    ("u02", CLOSE - 49 * 60_000, True, CLOSE - 100 * DAY, "抽我"),
    ("u03", CLOSE - 48 * 60_000, False, CLOSE - 100 * DAY, "抽我 please"),      # not following
    ("staff1", CLOSE - 47 * 60_000, True, CLOSE - 900 * DAY, "抽我"),          # excluded
    ("u04", CLOSE - 46 * 60_000, True, CLOSE - 5 * DAY, "抽我"),               # account too new
    ("u05", CLOSE - 45 * 60_000, True, None, "抽我"),                          # age unknown
    ("u02", CLOSE - 44 * 60_000, True, CLOSE - 100 * DAY, "抽我 again"),        # duplicate
    ("u06", CLOSE - 43 * 60_000, True, CLOSE - 60 * DAY, "好看"),               # missing keyword
    ("u07", CLOSE - 42 * 60_000, True, CLOSE - 60 * DAY, "我要, 抽我\t!"),
    ("u08", CLOSE - 41 * 60_000, True, CLOSE - 61 * DAY, "抽我抽我"),
    ("u09", CLOSE - 40 * 60_000, True, CLOSE - 31 * DAY, "ABC抽我"),
    ("u10", CLOSE - 39 * 60_000, True, CLOSE - 30 * DAY, "抽我"),               # exactly 30 days: eligible
    ("u11", CLOSE + 1, True, CLOSE - 300 * DAY, "抽我"),                        # late
    ("u12", CLOSE, True, CLOSE - 300 * DAY, "抽我 at close"),                   # at close: eligible
]


def line(e):
    uid, at, follows, created, text = e
    return "\t".join([uid, str(at), "1" if follows else "0", "-" if created is None else str(created),
                      base64.b64encode(text.encode()).decode()]) + "\n"


list_hash = hashlib.sha256("".join(line(e) for e in ENTRIES).encode()).hexdigest()
seed = bytes.fromhex(SEED)
commitment = hashlib.sha256(seed).hexdigest()


def reason(e, counted):
    uid, at, follows, created, text = e
    if at > CLOSE: return "LATE"
    if uid in RULES["excluded"]: return "EXCLUDED"
    if RULES["must_follow"] and not follows: return "NOT_FOLLOWING"
    if RULES["keyword"].lower() not in text.lower(): return "MISSING_KEYWORD"
    if created is None or CLOSE - created < RULES["min_age"]: return "ACCOUNT_TOO_NEW"
    if RULES["one_per_user"]:
        if uid in counted: return "DUPLICATE"
        counted.add(uid)
    return ""


counted, rows = set(), []
for i, e in enumerate(ENTRIES):
    msg = f"mediaops-lottery-v1\n{BEACON}\n{list_hash}\n{i}\n{e[0]}".encode()
    rows.append((i, e[0], reason(e, counted), hmac.new(seed, msg, hashlib.sha256).hexdigest()))
winners = [r[1] for r in sorted((r for r in rows if r[2] == ""), key=lambda r: (r[3], r[0]))][:WINNERS]

with open(os.path.join(OUT, "lottery_entries.csv"), "w", encoding="utf-8", newline="\n") as f:
    f.write("userId\tenteredAtMillis\tfollows\taccountCreatedMillis\ttextBase64\n")
    f.write("".join(line(e) for e in ENTRIES))
with open(os.path.join(OUT, "lottery_expected.csv"), "w", encoding="utf-8", newline="\n") as f:
    f.write(f"seed,{SEED}\nbeacon,{BEACON}\ncommitment,{commitment}\nlistHash,{list_hash}\n")
    f.write("winners," + ";".join(winners) + "\n")
    for i, uid, why, score in rows:
        f.write(f"entry,{i},{uid},{why},{score}\n")
print("winners", winners)
