#!/usr/bin/env python3
"""Consistency checks for eval/written22 gold files (see the README)."""
import glob, json, os, re, sys, datetime as dt
D = os.path.dirname(os.path.abspath(__file__))
bad = 0
def err(stem, msg):
    global bad; bad += 1; print(f"{stem}: {msg}")
tot = dict(people=0, meetings=0, planned=0, calls=0, pairs=0, terr=0, claims=0, countries=0, words=[])
for g in sorted(glob.glob(f"{D}/m-*.gold.json")):
    stem = os.path.basename(g)[:-10]
    raw = open(f"{D}/{stem}.txt", encoding="utf-8").read()
    head, body = raw.split("\n\n", 1)
    pub = dt.date.fromisoformat(re.search(r"^Date: (\S+)", head, re.M).group(1))
    low = body.lower()
    gold = json.load(open(g, encoding="utf-8"))
    names = [p["name"] for p in gold["people"]]
    if len(set(names)) != len(names): err(stem, "duplicate person")
    for p in gold["people"]:
        if p["name"].lower() not in low: err(stem, f"name not in text: {p['name']}")
        if p["country"] is not None and not re.fullmatch(r"[A-Z]{2,4}", p["country"]): err(stem, f"bad code {p['country']}")
    for m in gold["meetings"]:
        if len(m["participants"]) < 2 or len(set(m["participants"])) != len(m["participants"]): err(stem, f"participants {m}")
        for n in m["participants"]:
            if n not in names: err(stem, f"participant not in people: {n}")
        if m["status"] not in ("held", "planned"): err(stem, "status")
        if m["mode"] not in ("in_person", "call"): err(stem, "mode")
        if m["mode"] == "call" and m["place"] is not None: err(stem, "call with place")
        if m["place"] is not None and m["place"].lower() not in low: err(stem, f"place not in text: {m['place']}")
        if m["date"]:
            d = dt.date.fromisoformat(m["date"])
            if m["status"] == "held" and d > pub: err(stem, f"held after pub {m['date']}")
            if m["status"] == "planned" and d < pub: err(stem, f"planned before pub {m['date']}")
        tot["meetings"] += 1; tot["planned"] += m["status"] == "planned"; tot["calls"] += m["mode"] == "call"
        k = len(m["participants"]); tot["pairs"] += k * (k - 1) // 2
    for t in gold["territories"]:
        for n in t["names"]:
            if n.lower() not in low: err(stem, f"territory name not in text: {n}")
        for c in t["claimants"]:
            if c not in gold["countries"]: err(stem, f"claimant {c} not in countries")
        if t["controlled_by"] is not None and t["controlled_by"] not in t["claimants"]: err(stem, "holder not claimant")
        tot["terr"] += 1; tot["claims"] += len(t["claimants"])
    tot["people"] += len(gold["people"]); tot["countries"] += len(gold["countries"])
    tot["words"].append(len(body.split()))
    if not 1995 <= pub.year <= 2026: err(stem, "year")
w = tot.pop("words")
print(tot, "words", min(w), max(w), "articles", len(w))
print("errors:", bad)
sys.exit(1 if bad else 0)
