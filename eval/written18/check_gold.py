import json, glob, os, re, sys, datetime as dt, unicodedata
D = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__))
errs = 0
def err(*a):
    global errs; errs += 1; print('ERR', *a)
tot = dict(people=0, meetings=0, planned=0, calls=0, pairs=0, terr=0, claims=0, countries=0, terr_articles=0)
for g in sorted(glob.glob(f'{D}/*.gold.json')):
    stem = os.path.basename(g)[:-10]
    txt = open(g[:-10] + '.txt').read()
    head, body = txt.split('\n\n', 1)
    hd = dict(l.split(': ', 1) for l in head.splitlines())
    assert set(hd) <= {'Title', 'Date', 'Source'}, stem
    pub = dt.date.fromisoformat(hd['Date'])
    wc = len(body.split())
    if not 250 <= wc <= 700: err(stem, 'words', wc)
    G = json.load(open(g))
    assert set(G) == {'people', 'countries', 'meetings', 'territories'}, stem
    names = [p['name'] for p in G['people']]
    if len(set(names)) != len(names): err(stem, 'dup people')
    for p in G['people']:
        if p['name'] not in body: err(stem, 'name not in body', p['name'])
        if p['country'] is not None and not re.fullmatch(r'[A-Z]{2,4}', p['country']): err(stem, 'bad country', p)
    for m in G['meetings']:
        for x in m['participants']:
            if x not in names: err(stem, 'participant not in people', x)
        if len(set(m['participants'])) < 2: err(stem, 'meeting < 2', m)
        assert m['status'] in ('held', 'planned') and m['mode'] in ('in_person', 'call'), m
        if m['place'] is not None and m['place'] not in body: err(stem, 'place not in body', m['place'])
        if m['mode'] == 'call' and m['place'] is not None: err(stem, 'call with place', m)
        if m['date']:
            d = dt.date.fromisoformat(m['date'])
            if m['status'] == 'held' and d > pub: err(stem, 'held after pub', m)
            if m['status'] == 'planned' and d < pub: err(stem, 'planned before pub', m)
            print(f'  {stem[:5]} {m["status"]:7} {m["date"]} {d.strftime("%a")} (pub {pub} {pub.strftime("%a")}, {(d-pub).days:+d}) {m["place"]} {m["participants"][:2]}')
        tot['pairs'] += len(m['participants']) * (len(m['participants']) - 1) // 2
    for t in G['territories']:
        for n in t['names']:
            if n not in body: err(stem, 'territory name not in body', n)
        if t['controlled_by'] and t['controlled_by'] not in t['claimants']: err(stem, 'holder not claimant', t)
        for c in t['claimants']:
            if c not in G['countries']: err(stem, 'claimant not in countries', c)
        if len(t['claimants']) < 2: err(stem, 'one claimant', t)
    tot['people'] += len(names); tot['meetings'] += len(G['meetings'])
    tot['planned'] += sum(m['status'] == 'planned' for m in G['meetings'])
    tot['calls'] += sum(m['mode'] == 'call' for m in G['meetings'])
    tot['terr'] += len(G['territories']); tot['claims'] += sum(len(t['claimants']) for t in G['territories'])
    tot['countries'] += len(G['countries']); tot['terr_articles'] += bool(G['territories'])
    print(stem, 'words', wc, 'people', len(names), 'meetings', len(G['meetings']), 'terr', len(G['territories']))
print(tot, 'errors', errs)
