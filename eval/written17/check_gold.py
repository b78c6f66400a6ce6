#!/usr/bin/env python3
"""Checks the written17 gold against its texts (see README.md): participants in people, names,
places and territory names in the body, held dates on or before and planned dates on or after
the publication date, calls without a place, holders among claimants, claimants in countries,
body length. Prints each meeting's date with its weekday for a reader to compare with the text."""
import datetime, glob, json, os, sys
here = os.path.dirname(os.path.abspath(__file__))
bad = 0
def err(stem, msg):
    global bad; bad += 1; print(f"{stem}: {msg}")
for txt in sorted(glob.glob(os.path.join(here, "h-*.txt"))):
    stem = os.path.basename(txt)[:-4]
    head, body = open(txt, encoding="utf-8").read().split("\n\n", 1)
    pub = datetime.date.fromisoformat(dict(l.split(": ", 1) for l in head.splitlines())["Date"])
    g = json.load(open(txt[:-4] + ".gold.json", encoding="utf-8"))
    words = len(body.split())
    if not 250 <= words <= 700: err(stem, f"body has {words} words")
    names = [p["name"] for p in g["people"]]
    if len(set(names)) != len(names): err(stem, "duplicate person")
    for p in g["people"]:
        if p["name"] not in body: err(stem, f"person not in text: {p['name']}")
    for m in g["meetings"]:
        for n in m["participants"]:
            if n not in names: err(stem, f"participant not in people: {n}")
        if len(set(m["participants"])) < 2: err(stem, "meeting with fewer than two")
        if m["status"] not in ("held", "planned"): err(stem, "bad status")
        if m["mode"] not in ("in_person", "call"): err(stem, "bad mode")
        if m["mode"] == "call" and m["place"]: err(stem, "call with a place")
        if m["place"] and m["place"] not in body and m["place"].upper() not in body: err(stem, f"place not in text: {m['place']}")
        if m["date"]:
            d = datetime.date.fromisoformat(m["date"])
            if m["status"] == "held" and d > pub: err(stem, f"held after publication: {m['date']}")
            if m["status"] == "planned" and d < pub: err(stem, f"planned before publication: {m['date']}")
        print(f"  {stem[:5]} pub {pub} {pub.strftime('%a')}  {m['status']:7} {m['date'] or '-':10} "
              f"{datetime.date.fromisoformat(m['date']).strftime('%a') if m['date'] else '   '} {m['place'] or '-'} ({len(m['participants'])}, {m['mode']})")
    for t in g["territories"]:
        for n in t["names"]:
            if n not in body: err(stem, f"territory name not in text: {n}")
        if t["controlled_by"] and t["controlled_by"] not in t["claimants"]: err(stem, "holder not a claimant")
        for c in t["claimants"]:
            if c not in g["countries"]: err(stem, f"claimant not in countries: {c}")
    if g["countries"] != sorted(set(g["countries"])): err(stem, "countries not sorted/unique")
print("errors:", bad)
sys.exit(1 if bad else 0)
