#!/usr/bin/env python3
"""Generates leaders.tsv: the hand-kept rows of leaders-curated.tsv, then the effective leaders of
every state from Archigos 4.1 (1875-2015) and REIGN (to March 2021) that the hand-kept rows do not
name, each with the years of each spell in office.

Run (standard library only; the inputs are files of public repositories, see PROVENANCE.md):
    python3 tools/gazetteers/leaders.py --archigos arch_annual.txt --reign leaderlist_3_21.csv \\
        --cow states2016.csv            # writes leaders.tsv, prints the report
    python3 tools/gazetteers/leaders.py ... --check    # exits 1 if leaders.tsv is stale

The build reads only the committed Sources/Extraction/Gazetteers/leaders.tsv.
"""
import argparse
import csv
import re
import subprocess
import sys
import unicodedata
import urllib.parse
from collections import defaultdict
from pathlib import Path

HERE = Path(__file__).resolve().parent
GAZETTEERS = HERE.parent.parent / "Sources" / "Extraction" / "Gazetteers"
CURATED = HERE / "leaders-curated.tsv"
NAMES = HERE / "leader-names.tsv"
OUTPUT = GAZETTEERS / "leaders.tsv"

# Spells that ended before this year are left out: news of the era dipkb reads (from the 1990s on)
# name few earlier leaders, and every extra holder of a surname can make "President X" ambiguous.
FIRST_END_YEAR = 1960
# Archigos stops at the end of 2015: a spell running then is censored, not ended.
ARCHIGOS_LAST_DAY = "2015-12-31"
# REIGN's leader list is of March 2021: a spell it leaves open ran at least until then. The file
# says no more, so the term is written as ending that year rather than as still running.
REIGN_LAST_YEAR = 2021
# The office column: Archigos and REIGN list the effective leader of each state (the president,
# prime minister, monarch, party chief or junta head who held power), not a named office.
LEADER = "leader"
FOREIGN_MINISTER = "foreign minister"

# Terms the data sets give that news would not: Archigos lists Iraq's leader for occupied Kuwait in
# 1990, and Boris Yeltsin from his August 1991 ascendancy while the Soviet Union still stood.
WRONG_IN_DATA = {("Saddam Hussein", "KWT"), ("Boris Yeltsin", "SUN")}
# Correlates of War state codes whose ISO code depends on the date or that countries.tsv names
# differently. A COW code missing here is matched by the state's name against countries.tsv.
COW_BY_DATE = {
    365: [("1991-12-25", "SUN"), (None, "RUS")],  # the Soviet Union, then Russia
    345: [("2006-06-05", "YUG"), (None, "SRB")],  # Yugoslavia (and Serbia and Montenegro), then Serbia
    315: [(None, "CSK")],  # Czechoslovakia
    265: [(None, "DDR")],  # the German Democratic Republic
    260: [(None, "DEU")],  # the Federal Republic, unified Germany from 1990
    678: [(None, "YEM")],  # North Yemen, whose state the unified Yemen continued
    816: [(None, "VNM")],  # (North) Vietnam
}
# COW states that countries.tsv does not name: their leaders are left out.
COW_LEFT_OUT = {
    511,  # Zanzibar (1963-1964)
    680,  # South Yemen
    817,  # South Vietnam
}
COW_NAME_ALIASES = {
    "Antigua & Barbuda": "Antigua and Barbuda",
    "St. Lucia": "Saint Lucia",
    "St. Vincent and the Grenadines": "Saint Vincent and the Grenadines",
    "St. Kitts and Nevis": "Saint Kitts and Nevis",
    "Swaziland": "Eswatini",
    "Macedonia": "North Macedonia",
    "East Timor": "Timor-Leste",
    "Congo": "Republic of the Congo",
    "Ivory Coast": "Côte d'Ivoire",
}


def fold(text):
    """The form names are compared in: no diacritics, lowercase, words between single spaces."""
    text = "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))
    return " ".join(re.sub(r"[^a-z0-9'\-. ]", " ", text.lower()).split())


def read_rows(path):
    return [line.split("\t") for line in path.read_text(encoding="utf-8").split("\n") if line and not line.startswith("#")]


def country_codes():
    """Every name and alias of countries.tsv, folded, to its code."""
    codes = {}
    for row in read_rows(GAZETTEERS / "countries.tsv"):
        for form in [row[2]] + (row[3].split("|") if len(row) > 3 and row[3] else []):
            codes.setdefault(fold(form), row[0])
    return codes


class CowStates:
    """COW state codes to the alpha-3 codes of countries.tsv."""

    def __init__(self, cow_path, report):
        names = {}
        with open(cow_path, newline="", encoding="utf-8") as f:
            for row in csv.DictReader(f):
                names[int(row["ccode"])] = row["statenme"]
        forms = country_codes()
        self.by_cow = {}
        for ccode, name in names.items():
            if ccode in COW_BY_DATE or ccode in COW_LEFT_OUT:
                continue
            code = forms.get(fold(COW_NAME_ALIASES.get(name, name)))
            if code:
                self.by_cow[ccode] = code
            else:
                report.append(f"no code for COW {ccode} {name}")

    def code(self, ccode, start):
        if ccode in COW_BY_DATE:
            for until, code in COW_BY_DATE[ccode]:
                if until is None or start < until:
                    return code
        return self.by_cow.get(ccode)


def name_from_page(url):
    """http://dbpedia.org/resource/Jos%C3%A9_Figueres_Ferrer -> José Figueres Ferrer. A page named
    "Fahd of Saudi Arabia" or "Salman bin Hamad, Crown Prince of Bahrain" is no name news write
    alone: None. A disambiguator ("David Thompson (Barbadian politician)") is dropped."""
    title = urllib.parse.unquote(url.rstrip("/").rsplit("/", 1)[-1]).replace("_", " ")
    title = re.sub(r"\s*\(.*\)$", "", title).strip()
    if not title or "," in title or re.search(r"\bof\b", title) or re.search(r"\d", title):
        return None
    return title


class Spell:
    def __init__(self, person, name, code, start, end):
        self.person, self.name, self.code, self.start, self.end = person, name, code, start, end


def archigos_spells(path, states, given, names, report):
    """One spell per Archigos observation (obsid), its annual rows joined."""
    first, last, person, page, ccode, field = {}, {}, {}, {}, {}, {}
    # The file is Latin-1; its encyclopaedia addresses, which give the names, are ASCII.
    with open(path, newline="", encoding="latin-1") as f:
        for row in csv.DictReader(f, delimiter="\t"):
            obs = row["obsid"]
            first[obs] = min(first.get(obs, row["startdate"]), row["startdate"])
            last[obs] = max(last.get(obs, row["enddate"]), row["enddate"])
            person[obs], ccode[obs], field[obs] = row["leadid"], int(row["ccode"]), row["leader"]
            page[obs] = row["dbpedia.uri"]
    spells = []
    unnamed = 0
    for obs in first:
        code = states.code(ccode[obs], first[obs])
        if code is None:
            continue
        name = names.get((code, field[obs].strip()))
        name = name or (name_from_page(page[obs]) if page[obs].startswith("http") else None)
        name = name or full_name(field[obs], given)
        if name is None:
            unnamed += 1
        spells.append(Spell(person[obs], name, code, first[obs], last[obs]))
    report.append(f"Archigos: {len(spells)} spells in states countries.tsv names, {unnamed} without a usable name")
    return spells


def given_names(curated):
    """Folded first names: the extractor's given-names list and the first words of hand-kept names."""
    return word_list("given-names.txt") | {fold(row[0]).split()[0] for row in curated if len(row[0].split()) >= 2}


def full_name(field, given):
    """A data set's own name field when it is a full name ("Mauricio Macri"), not a surname alone
    ("Macri"), two surnames ("Simpson Miller") or initials ("G.H.W. Bush", "Abe, M.")."""
    field = re.sub(r"\s*\(.*\)", "", field).strip()
    words = field.split()
    if len(words) < 2 or re.search(r"[,.&\d]| and ", field) or fold(words[0]) not in given:
        return None
    return field


def mixed_encoding(text):
    """REIGN's file is UTF-8 with a few Windows-1252 bytes (an ellipsis in a note): those are read
    as Windows-1252."""
    if text is None:
        return ""
    raw = text.encode("utf-8", errors="surrogateescape")
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        return raw.decode("cp1252", errors="replace")


def page_in_notes(notes):
    match = re.search(r"wikipedia\.org/wiki/([^\s,?#]+)", notes or "")
    return name_from_page(match.group(1)) if match else None


def reign_spells(path, states, by_person_name, archigos, given, names, curated, report):
    """REIGN's spells from 2015 on (earlier ones are Archigos's), each named by the Archigos person of
    the same state whose surname it gives, by the encyclopaedia page its notes cite, or by its own
    field when that is a full name."""
    spells = []
    unnamed = []
    curated_surnames = {(row[1], fold(row[0]).split()[-1]) for row in curated}
    surnames = defaultdict(set)  # (code, folded last word) -> Archigos persons
    for s in archigos:
        if s.name:
            surnames[(s.code, fold(s.name).split()[-1])].add(s.person)
    with open(path, newline="", encoding="utf-8", errors="surrogateescape") as f:
        for row in csv.DictReader(f):
            row = {key: mixed_encoding(value) for key, value in row.items() if key}
            if not row["syear"] or not row["ccode"]:
                continue
            start = f"{int(row['syear']):04d}-{int(row['smonth'] or 1):02d}-{int(row['sdate'] or 1):02d}"
            end_year = int(row["eyear"]) if row["eyear"] else REIGN_LAST_YEAR
            end = f"{end_year:04d}-{int(row['emonth'] or 12):02d}-28"
            if end < "2015-01-01":
                continue
            code = states.code(int(row["ccode"]), start)
            if code is None:
                continue
            field = re.sub(r"\s*\(.*\)", "", row["leader"]).strip()
            words = fold(field).split()
            known = surnames.get((code, words[-1])) if words else None
            person, name = None, names.get((code, field)) or names.get((code, row["leader"].strip()))
            if name is None and known and len(known) == 1:
                person = next(iter(known))
                name = by_person_name[person]
            if name is None:
                name = page_in_notes(row.get("notes"))
            name = name or full_name(field, given)
            if name is None:
                if (code, words[-1] if words else "") not in curated_surnames:
                    unnamed.append(f"{code} {row['leader']} {start[:4]}")
                continue
            spells.append(Spell(person or f"reign:{code}:{fold(name)}", name, code, start, end))
    report.append(f"REIGN: {len(spells)} spells from 2015 on named; unnamed, and no hand-kept row of the state has the surname: {', '.join(unnamed) or 'none'}")
    return spells


FOREIGN_MINISTERS_FILE = "sources/foreign/wikidata.csv"
EVERYPOLITICIAN_COMMIT = "4a3b394d9a35d26d138cded8718d0805b7ce9336"


def foreign_minister_spells(git_dir, commit, report):
    """Foreign ministers in office at each version of the EveryPolitician world repository's
    Wikidata list of current foreign ministers (August to December 2022): each from the start
    Wikidata gives to the last version that lists them."""
    versions = subprocess.run(
        ["git", "--git-dir", str(git_dir), "log", "--format=%H %cs", commit, "--", FOREIGN_MINISTERS_FILE],
        check=True, capture_output=True, text=True).stdout.split()
    forms = country_codes()
    titles = word_list("titles.txt") | word_list("honorifics.txt")
    latest = {}
    for sha, day in zip(versions[0::2], versions[1::2]):
        text = subprocess.run(["git", "--git-dir", str(git_dir), "show", f"{sha}:{FOREIGN_MINISTERS_FILE}"],
                              check=True, capture_output=True, text=True).stdout
        for row in csv.DictReader(text.splitlines()):
            name = row.get("name") or row.get("personLabel") or ""
            code = forms.get(fold(COW_NAME_ALIASES.get(row["countryLabel"], row["countryLabel"])))
            name = without_title(name, titles)
            if not row["start"] or not code or not name or re.match(r"Q\d+$", name):
                continue
            key = (name, code, row["start"][:10])
            latest[key] = max(latest.get(key, day), day)
    spells = [Spell(f"fm:{code}:{fold(name)}", name, code, start, end) for (name, code, start), end in latest.items()]
    report.append(f"foreign ministers: {len(spells)} spells from {len(versions) // 2} versions")
    return spells


def word_list(file_name):
    return {fold(line) for line in (GAZETTEERS / file_name).read_text(encoding="utf-8").split("\n") if line and not line.startswith("#")}


def without_title(name, titles):
    """"Archbishop Paul Gallagher" -> "Paul Gallagher": the extractor reads the title apart."""
    words = name.split()
    while len(words) > 2 and fold(words[0]).rstrip(".") in titles:
        words = words[1:]
    return " ".join(words)


def terms(spells, office):
    """Spells of one person in one state that touch or overlap are one term: (name, code, office,
    from, to)."""
    by_key = defaultdict(list)
    for s in spells:
        if s.name:
            by_key[(s.name, s.code)].append((int(s.start[:4]), int(s.end[:4])))
    out = []
    for (name, code), ranges in by_key.items():
        ranges.sort()
        merged = [list(ranges[0])]
        for start, end in ranges[1:]:
            if start <= merged[-1][1] + 1:
                merged[-1][1] = max(merged[-1][1], end)
            else:
                merged.append([start, end])
        out += [(name, code, office, start, end) for start, end in merged if end >= FIRST_END_YEAR]
    return out


def build(args, report):
    states = CowStates(args.cow, report)
    curated = read_rows(CURATED)
    given = given_names(curated)
    names = {(row[0], row[1]): row[2] for row in read_rows(NAMES)}
    archigos = archigos_spells(args.archigos, states, given, names, report)
    by_person_name = {}
    for s in archigos:
        if s.name:
            by_person_name[s.person] = s.name
    # A spell Archigos censored at its last day goes on in REIGN: REIGN's spell of the same person
    # carries the end, and the censored end is dropped rather than read as a departure.
    reign = reign_spells(args.reign, states, by_person_name, archigos, given, names, curated, report)
    generated = terms(archigos + reign, LEADER)
    generated += terms(foreign_minister_spells(args.everypolitician, args.everypolitician_commit, report), FOREIGN_MINISTER)
    curated_names = defaultdict(set)
    curated_years = defaultdict(list)  # (folded name, code) -> year ranges, None for any year
    for row in curated:
        curated_names[fold(row[0])].add(row[1])
        curated_years[(fold(row[0]), row[1])].append(year_range(row[3]) if len(row) > 3 else None)
    rows = [row for row in curated]
    other_terms, covered = [], 0
    for name, code, office, start, end in sorted(generated, key=lambda t: (t[1], t[2] != LEADER, t[3], t[0])):
        key = fold(name)
        if (name, code) in WRONG_IN_DATA:
            continue
        if any(r is None or (r[0] <= end and start <= r[1]) for r in curated_years.get((key, code), ())):
            covered += 1
            continue
        if key in curated_names:
            # Another term of a hand-kept person (Anders Fogh Rasmussen led Denmark before NATO).
            other_terms.append(f"{name} {code} {start}-{end} (hand-kept: {'/'.join(sorted(curated_names[key]))})")
        rows.append([name, code, office, f"{start}-{end}" if end > start else f"{start}"])
    # The same name and state from both data sets in one year range is one row.
    seen, unique = set(), []
    for row in rows:
        key = tuple(row)
        if key not in seen:
            seen.add(key)
            unique.append(row)
    report.append(f"curated rows: {len(curated)}; generated terms: {len(generated)}, {covered} of people the curated rows name")
    report.append(f"terms added beside hand-kept rows of the same person: {len(other_terms)}")
    report += [f"  {t}" for t in other_terms]
    return unique


HEADER = """\
# leaders.tsv: office holders with the years they held office, for people whose state an article
# takes for granted ("President Donald Trump", "President Medvedev" in a 2010 article). Used only
# when the text itself does not say. Generated by tools/gazetteers/leaders.py: first the hand-kept
# rows of tools/gazetteers/leaders-curated.tsv, then the effective leaders of Archigos 4.1 and REIGN
# those rows do not name (office "leader"). Edit leaders-curated.tsv, not this file; see PROVENANCE.md.
# Columns (tab-separated): name	code	office	years
# name: as news write it (one row per spelling). code: alpha-3 of the state (ISO 3166-3 for a
# historical one: SUN, YUG) or a body's code. office: lowercase, e.g. president, prime minister,
# foreign minister, leader; may be empty. years: FROM-TO (both included), FROM- while in office, or
# empty where not recorded. A person with several terms or offices has one row per term; the term in
# office in the article's year decides the state (Donald Tusk: Poland, the EU, Poland again)."""


def year_range(field):
    """"1999-2008", "2022-" or "2019" as (from, to); None where the field gives no years."""
    match = re.match(r"^(\d{4})(?:-(\d{4})?)?$", field)
    if not match:
        return None
    start = int(match.group(1))
    if match.group(2):
        return start, int(match.group(2))
    return (start, 9999) if field.endswith("-") else (start, start)


def render(rows):
    return HEADER + "\n" + "\n".join("\t".join(row) for row in rows) + "\n"


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--archigos", required=True, type=Path, help="Archigos 4.1 leader-year file (arch_annual.txt)")
    parser.add_argument("--reign", required=True, type=Path, help="REIGN leader list (leaderlist_3_21.csv)")
    parser.add_argument("--cow", required=True, type=Path, help="COW state list (states2016.csv)")
    parser.add_argument("--everypolitician", required=True, type=Path,
                        help="git directory of the EveryPolitician world repository (its foreign ministers list)")
    parser.add_argument("--everypolitician-commit", default=EVERYPOLITICIAN_COMMIT, help="the version read")
    parser.add_argument("--check", action="store_true", help="exit 1 if leaders.tsv differs from what the inputs give")
    args = parser.parse_args()
    report = []
    rows = build(args, report)
    text = render(rows)
    for line in report:
        print(line)
    terms_count, codes = len(rows), len({row[1] for row in rows})
    print(f"leaders.tsv: {terms_count} terms, {codes} states and bodies")
    if args.check:
        stale = OUTPUT.read_text(encoding="utf-8") != text
        print("leaders.tsv is stale" if stale else "leaders.tsv is up to date")
        return 1 if stale else 0
    OUTPUT.write_text(text, encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
