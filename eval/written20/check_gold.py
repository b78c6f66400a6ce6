import json, glob, os, sys
D = os.path.dirname(os.path.abspath(__file__))
bad = 0
tot = dict(people=0, meetings=0, planned=0, calls=0, terr=0, claims=0, countries=0, pairs=0, arts_terr=0)
wcs = []
for g in sorted(glob.glob(D + "/*.gold.json")):
    stem = g[:-10]; t = open(stem + ".txt").read()
    head, body = t.split("\n\n", 1)
    pub = [l for l in head.splitlines() if l.startswith("Date: ")][0][6:]
    j = json.load(open(g)); names = {p["name"] for p in j["people"]}
    def err(m):
        global bad; bad += 1; print(os.path.basename(stem), m)
    wc = len(body.split()); wcs.append(wc)
    if not 250 <= wc <= 700: err(f"words {wc}")
    for p in j["people"]:
        if p["name"] not in body: err("name not in text: " + p["name"])
    if len(names) != len(j["people"]): err("dup people")
    for m in j["meetings"]:
        for x in m["participants"]:
            if x not in names: err("participant not in people: " + x)
        if len(set(m["participants"])) < 2: err("one participant")
        if m["place"] and m["place"].lower() not in body.lower(): err("place not in text: " + m["place"])
        if m["mode"] == "call" and m["place"]: err("call with place")
        if m["date"]:
            if m["status"] == "held" and m["date"] > pub: err("held after pub")
            if m["status"] == "planned" and m["date"] < pub: err("planned before pub")
        assert m["status"] in ("held", "planned") and m["mode"] in ("call", "in_person")
        tot["meetings"] += 1; tot["planned"] += m["status"] == "planned"; tot["calls"] += m["mode"] == "call"
        n = len(m["participants"]); tot["pairs"] += n * (n - 1) // 2
    for tr in j["territories"]:
        for n in tr["names"]:
            if n not in body: err("territory name not in text: " + n)
        if tr["controlled_by"] and tr["controlled_by"] not in tr["claimants"]: err("holder not claimant")
        for c in tr["claimants"]:
            if c not in j["countries"]: err("claimant not in countries " + c)
        tot["terr"] += 1; tot["claims"] += len(tr["claimants"])
    tot["arts_terr"] += bool(j["territories"])
    tot["people"] += len(j["people"]); tot["countries"] += len(j["countries"])
print("bad", bad, tot, "words", min(wcs), max(wcs), "articles", len(wcs))
