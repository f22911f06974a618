#!/usr/bin/env python3
"""Independent reference scores for LexiconSentimentScorer, re-implemented from its documented
rules (forward maximum matching, negation window and factor, intensifiers, contrast, clause ends,
exclamation emphasis, emoji never negated, VADER normalisation s/sqrt(s^2+15)) over the built-in lexicon file.

Run:  python3 analytics/analytics-growth/src/test/python/sentiment_golden.py > analytics/analytics-growth/src/test/resources/golden/sentiment.tsv
Output: text<TAB>score (repr precision).
"""
import math
import pathlib

LEX = pathlib.Path(__file__).resolve().parents[2] / "main/resources/io/github/mediaops/analytics/growth/sentiment/lexicon-zh.tsv"
terms = {}
for line in LEX.read_text(encoding="utf-8").splitlines():
    if not line.strip() or line.startswith("#"):
        continue
    f = line.split("\t")
    kind = f[1].strip().upper()
    term = f[0].strip()
    # emoji and bracketed emoticons (first character not a letter) are never negated
    terms[term] = (kind, float(f[2]) if kind in ("SENTIMENT", "INTENSIFIER") else 0.0, term[0].isalpha())
maxlen = max(len(t) for t in terms)
CLAUSE_END = set("，,。.！!？?；;\n～~、")


def score(text, neg_factor=-0.74, window=4):
    # Java strings are UTF-16: work on code units so that emoji behave the same
    units = text.encode("utf-16-le")
    u = [units[i:i + 2] for i in range(0, len(units), 2)]
    n = len(u)
    s_of = lambda a, b: b"".join(u[a:b]).decode("utf-16-le", errors="surrogatepass")
    total = clause = 0.0
    intensity, contrast_w, negs, age, bangs = 1.0, 1.0, 0, 0, 0
    i = 0
    while i < n:
        match = None
        for j in range(min(n, i + maxlen * 2), i, -1):
            t = s_of(i, j)
            if t in terms:
                match = (j, terms[t])
                break
        if match is None:
            ch = s_of(i, i + 1)
            if ch in CLAUSE_END:
                if ch in "!！":
                    bangs += 1
                total += clause
                clause, negs, intensity = 0.0, 0, 1.0
            else:
                age += 1
                if age > window:
                    negs = 0
            i += 1
            continue
        end, (kind, val, negatable) = match
        if kind == "SENTIMENT":
            v = val * intensity * contrast_w
            if negs % 2 == 1 and negatable:
                v *= neg_factor
            clause += v
            negs, intensity = 0, 1.0
        elif kind == "NEGATOR":
            negs += 1
            age = 0
        elif kind == "INTENSIFIER":
            intensity *= val
        else:
            total = (total + clause) * 0.5
            clause, contrast_w, negs, intensity = 0.0, 1.5, 0, 1.0
        i = end
    s = total + clause
    if s != 0 and bangs > 0:
        s += math.copysign(0.3 * min(bangs, 3), s)
    return s / math.sqrt(s * s + 15)


texts = ["这个产品真的很好用，推荐！", "不好吃", "难吃", "不错", "非常满意", "有点失望", "不是不好", "虽然便宜但是质量很差",
         "客服态度差，再也不买了😡", "发货快👍", "[怒][怒]退款！！！", "没有想象中好用", "一般般吧", "", "好贵啊", "太好了太好了",
         "垃圾产品，虚假宣传，已投诉", "包装不错，不过有点贵", "不好意思问一下什么时候发货", "爱了爱了❤️", "绝对不推荐，千万别买",
         "东西收到了", "质量问题很严重，要求退货退款", "yyds 太好吃了", "还行吧，不算太差"]
for t in texts:
    print(f"{t}\t{score(t)!r}")
