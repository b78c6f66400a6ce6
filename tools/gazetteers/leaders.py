#!/usr/bin/env python3
"""Generates leaders.tsv: the hand-kept rows of leaders-curated.tsv, then the effective leaders of
every state from Archigos 4.1 (1875-2015) and REIGN (to March 2021) that the hand-kept rows do not
name, each with the years of each spell in office, then 2022's foreign ministers, then the heads of
state, heads of government and foreign ministers of Wikidata's office lists (EveryPolitician's and
Peppercat's copies) in the years the rows before them leave uncovered.

Run (standard library only; the inputs are files of public repositories, see PROVENANCE.md):
    python3 tools/gazetteers/leaders.py --archigos arch_annual.txt --reign leaderlist_3_21.csv \\
        --cow states2016.csv --everypolitician WORLD_GIT_DIR \\
        --world-leaders WORLD_LEADERS_2021_GIT_DIR --peppercat PEPPERCAT_SITE_BUILD_GIT_DIR
                                        # writes leaders.tsv, prints the report
    python3 tools/gazetteers/leaders.py ... --check    # exits 1 if leaders.tsv is stale

The build reads only the committed Sources/Extraction/Gazetteers/leaders.tsv.
"""
import argparse
import csv
import html
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


# Wikidata's office lists: each office holder with the dates of each term, as two public copies
# keep them. Peppercat's build (Tony Bowden, built on EveryPolitician's per-country scrapers) gives,
# per state, every office its scraper follows, with its holders back to the 1990s and the English
# encyclopaedia title of each; EveryPolitician's world-leaders-2021 list gives every state's heads of
# state and government since 2021, one version per scrape.
PEPPERCAT_FILES = "docs/leaders/"
PEPPERCAT_FILE_NAME = "leaders-historic.csv"
# The last version of the site build that kept the per-state files (20 January 2023; the next
# commit stopped committing them).
PEPPERCAT_COMMIT = "efd4378c56c215b68c43c503550113ea88c47849"
WORLD_LEADERS_FILE = "data/wikidata.csv"
# The newest version of world-leaders-2021 in the snapshot read (10 October 2022).
WORLD_LEADERS_COMMIT = "be7039cf5952d8121c4f1e24eea64cc5dd465633"
# Terms of these lists that ended before this year are left out: the lists are complete only from
# about 1990 (Peppercat's are built from the 2020s backwards), the news dipkb reads are from the
# 1990s on, and every extra holder of a surname can make "President X" ambiguous.
OFFICE_FIRST_END_YEAR = 1990

# Offices (the label a list gives, lowercased, without "of STATE") kept, with the office written.
# Heads of state and government and their deputies of the first rank; the ceremonial heads of
# state (Germany's, Italy's, Israel's, India's presidents) are the reason these lists are read.
# Left out: governors-general (the brief: news name the monarch or the prime minister), Andorra's
# co-princes (one is France's president), San Marino's captains regent (two every six months,
# named like any Italian), the members of the Swiss Federal Council (ministers, not heads).
HEAD_OFFICES = {
    "president": "president",
    "federal president": "president",
    "president of the republic": "president",
    "chairman of the presidency": "president",  # Bosnia and Herzegovina's collective presidency
    "chairman of the presidential council": "president",  # Libya
    "chairman of the sovereignty council": "president",  # Sudan
    "chairman of the state administration council": "leader",  # Myanmar's junta
    "chairman of the transitional military council": "leader",  # Sudan, 2019
    "supreme leader": "supreme leader",
    "vice president": "vice president",
    "vice-president": "vice president",
    "prime minister": "prime minister",
    "premier": "premier",
    "premier of the state council": "premier",  # China
    "chairman of the council of ministers": "prime minister",
    "president of the council of ministers": "prime minister",
    "chairman of the cabinet of ministers (prime minister)": "prime minister",
    "president of the government": "prime minister",
    "minister of state": "prime minister",  # Monaco's head of government
    "chief minister": "chief minister",  # Sierra Leone's (a state-level "Chief Minister of X" is not kept)
    "taoiseach": "prime minister",
    "federal chancellor": "chancellor",
    "chancellor": "chancellor",
    "monarch": "monarch",
    "king": "king",
    "queen": "queen",
    "emir": "emir",
    "sultan": "sultan",
    "emperor": "emperor",
    "grand duke": "grand duke",
    "prince": "prince",
    "druk gyalpo": "king",  # Bhutan
    "ngwenyama": "king",  # Eswatini
    "yang di-pertuan agong": "king",  # Malaysia
    "o le ao o le malo": "head of state",  # Samoa
}
# Offices only one state has, which a list may name without the state. world-leaders-2021 names
# every other office with its state ("President of Albania", "emir of Kuwait"): there a bare
# "emir" is Wikidata's class of all emirs (Nigerian emirs listed under Afghanistan).
STATES_OWN_OFFICES = {"taoiseach", "druk gyalpo", "ngwenyama", "yang di-pertuan agong", "o le ao o le malo"}
# A foreign minister's office, however the state words it ("Minister for Foreign Affairs and Trade",
# "Minister of Europe and Foreign Affairs", "Secretary of Foreign Affairs", "Minister of External
# Relations", "Secretary of State for Foreign and Commonwealth Affairs"); not a deputy, a minister
# of state, a minister delegate or a minister of foreign trade.
FOREIGN_OFFICE = re.compile(
    r"^(?:federal )?(?:minister|secretary of state|secretary) (?:of|for) (?:(?:foreign|external) (?:affairs|relations)"
    r"|foreign and (?:european|commonwealth|caricom) affairs|europe and foreign affairs"
    r"|international relations and cooperation)\b(?! of the )")
# A "Secretary of State for Foreign Affairs" is a junior minister (Spain's, Chad's) but for the
# United Kingdom's "and Commonwealth" one, which the pattern above takes by its words.
JUNIOR_FOREIGN_OFFICE = re.compile(r"^secretary of state for foreign affairs\b")


class StateForms:
    """The states of countries.tsv by every name and alias, folded (bodies and historical states
    are not read: these lists are of present-day states)."""

    def __init__(self):
        self.by_form, self.forms_of = {}, defaultdict(set)
        for row in read_rows(GAZETTEERS / "countries.tsv"):
            if row[1] != "state":
                continue
            for form in [row[2]] + (row[3].split("|") if len(row) > 3 and row[3] else []):
                self.by_form.setdefault(fold(form), row[0])
                self.forms_of[row[0]].add(fold(form))

    def code(self, name):
        """A state's name as a list writes it: "Czechia", "The Gambia", "Republic of China (Taiwan)"
        (the name, or the name without the bracket, or what the bracket says)."""
        name = COW_NAME_ALIASES.get(name, name)
        for form in (name, re.sub(r"\s*\(.*\)$", "", name), re.sub(r"^.*\((.*)\)$", r"\1", name)):
            code = self.by_form.get(fold(form)) or self.by_form.get(fold(re.sub(r"^(?:the|republic of) ", "", form, flags=re.I)))
            if code:
                return code
        return None


def office_of(position, code, states, bare=True):
    """The office written for a list's position label in state `code`, or None for an office not
    kept: "President of Albania" in Albania is "president"; "President of the Balearic Islands" in
    Spain, a region's, is not kept. `bare`: whether the list's labels without the state ("Prime
    Minister") are the state's own office (Peppercat's per-state lists) or not (world-leaders-2021)."""
    label = " ".join(position.lower().split())
    if FOREIGN_OFFICE.match(label) and not JUNIOR_FOREIGN_OFFICE.match(label):
        return FOREIGN_MINISTER
    if label in HEAD_OFFICES and (bare or label in STATES_OWN_OFFICES):
        return HEAD_OFFICES[label]
    # "Chairman of the Council of Ministers of Bosnia and Herzegovina": an office kept, then the state.
    for match in re.finditer(" of ", label):
        office, place = label[: match.start()], label[match.end():]
        if office in HEAD_OFFICES and place_is_state(place, code, states):
            return HEAD_OFFICES[office]
    return None


def place_is_state(place, code, states):
    """"the French Republic", "the Republic of Benin", "Cabo Verde": a name of state `code`."""
    forms = states.forms_of[code]
    place = fold(place)
    for prefix in ("", "the ", "the republic of ", "republic of "):
        if place.startswith(prefix) and place[len(prefix):] in forms:
            return True
    return False


def office_holder_name(title, label, titles, monarch_of=None):
    """The name news write for an office holder: the English encyclopaedia's title when the list
    gives one (Wikidata's own label otherwise), without a disambiguator or a title before it. A
    monarch's "Abdullah II of Jordan" is "Abdullah II" when `monarch_of` (the state's folded names)
    has the place. None for a title no news write alone ("Salman bin Hamad, Crown Prince of
    Bahrain", another place's "X of Y"), for an unlabelled item ("Q3052772"), and for one word alone
    ("Naruhito", "Francis", "Philippe" of Belgium): a one-word row is asked about every capitalised
    word of that spelling, given names and surnames of anyone else included."""
    name = (title or "").strip() or (label or "").strip()
    name = re.sub(r"\s*\(.*\)$", "", name).strip()
    regnal = re.match(r"^([^,]+?) of (?:the )?(.+)$", name)
    if monarch_of and regnal and fold(regnal.group(2)) in monarch_of:
        name = regnal.group(1)
    if not name or re.match(r"Q\d+$", name) or "," in name or re.search(r"\bof\b|\d", name):
        return None
    if defaced(name):
        return None
    name = without_title(name, titles)
    # A label in another script ("Тарас ...") is no spelling English news use.
    if len(fold(name).split()) != len(name.split()):
        return None
    return name if len(name.split()) >= 2 else None


# Lowercase words of more than three letters that names carry ("Daniel arap Moi", "Siti Hasmah binti
# Mohamad Ali", "Mohamed ould Ghazouani"); shorter particles ("bin", "de", "dos", "van") pass anyway.
NAME_PARTICLES = {"arap", "binti", "bint", "ould", "della", "dello", "degli"}


def defaced(name):
    """"Ashraf Ghani yazdi": a lowercase word of more than three letters, neither a particle nor a
    prefix ("al-Sarraj", "d'Almeida"), marks a defaced label. check.py checks leaders.tsv the same way."""
    return any(w[0].islower() and len(w) > 3 and w not in NAME_PARTICLES and not re.search(r"[-'’]", w) for w in name.split())


# Offices whose holders the encyclopaedia titles "Abdullah II of Jordan".
MONARCH_OFFICES = {"monarch", "king", "queen", "emir", "sultan", "emperor", "grand duke", "prince"}


def monarch_forms(office, code, states):
    """The state's folded names for a monarch's office, for office_holder_name; None for another."""
    return states.forms_of[code] if office in MONARCH_OFFICES else None


def year_of(date):
    match = re.match(r"^(\d{4})", date or "")
    return int(match.group(1)) if match else None


def git_lines(git_dir, *args):
    return subprocess.run(["git", "--git-dir", str(git_dir), *args], check=True, capture_output=True, text=True).stdout


def peppercat_spells(git_dir, commit, states, titles, report):
    """Every term of a kept office in Peppercat's per-state files at `commit`. A term the list
    leaves open ran at least until the version's year."""
    version_year = int(git_lines(git_dir, "log", "-1", "--format=%cs", commit)[:4])
    paths = [p for p in git_lines(git_dir, "ls-tree", "-r", "--name-only", commit, PEPPERCAT_FILES).split("\n")
             if p.endswith("/" + PEPPERCAT_FILE_NAME)]
    spells, unmatched, offices = [], set(), defaultdict(int)
    for path in paths:
        text = git_lines(git_dir, "show", f"{commit}:{path}")
        for row in csv.DictReader(text.splitlines()):
            code = states.code(row["catalog"])
            if code is None:
                unmatched.add(row["catalog"])
                continue
            office = office_of(row["position"], code, states)
            start, end = year_of(row["start"]), year_of(row["end"]) or version_year
            name = office_holder_name(row.get("enwiki"), row["person"], titles, monarch_forms(office, code, states))
            if office is None or start is None or name is None:
                continue
            offices[office] += 1
            spells.append(OfficeSpell(name, code, office, start, max(start, end)))
    report.append(f"Peppercat: {len(spells)} terms of kept offices in {len(paths)} files "
                  f"({', '.join(f'{o} {n}' for o, n in sorted(offices.items(), key=lambda kv: -kv[1]))}); "
                  f"lists of no state of countries.tsv: {', '.join(sorted(unmatched))}")
    return spells


def world_leaders_spells(git_dir, commit, states, titles, report):
    """Heads of state and government in every version of world-leaders-2021 up to `commit`: each
    term from the start year the list gives to the end year it gives or, while it gives none, the
    year of the last version that lists it."""
    versions = git_lines(git_dir, "log", "--format=%H %cs", commit, "--", WORLD_LEADERS_FILE).split()
    latest, unmatched = {}, set()
    for sha, day in zip(versions[0::2], versions[1::2]):
        text = git_lines(git_dir, "show", f"{sha}:{WORLD_LEADERS_FILE}")
        for row in csv.DictReader(text.splitlines()):
            # The first version names its columns "countryItemLabel" and so on.
            country = row.get("countryItemLabel") or row["country"]
            code = states.code(country)
            if code is None:
                unmatched.add(country)
                continue
            office = office_of(row.get("positionLabel") or row["positionItemLabel"], code, states, bare=False)
            start = year_of(row["start_year"])
            name = office_holder_name(None, row.get("officeholderLabel") or row["officeholderItemLabel"], titles,
                                      monarch_forms(office, code, states))
            if office is None or start is None or name is None:
                continue
            end = year_of(row["end_year"]) or int(day[:4])
            key = (name, code, office, start)
            latest[key] = max(latest.get(key, end), end)
    spells = [OfficeSpell(name, code, office, start, max(start, end)) for (name, code, office, start), end in latest.items()]
    report.append(f"world-leaders-2021: {len(spells)} terms from {len(versions) // 2} versions; "
                  f"lists of no state of countries.tsv: {', '.join(sorted(unmatched))}")
    return spells


# Peppercat's site kept building after it stopped committing the per-state files: each version of a
# state's page (docs/leaders/STATE/index.html) lists the holder of every office the page follows,
# with the day they took office. Read from PEPPERCAT_COMMIT on, the versions carry the terms on to
# the site's last build (January 2025).
PEPPERCAT_PAGE = "index.html"
PEPPERCAT_PAGES_COMMIT = "4940eac4c8df36c9465f5c988a68b24ede6cee60"
PAGE_TITLE = re.compile(r"<title>(.*?) leaders data from Peppercat</title>")
PAGE_ENTRY = re.compile(r"<dt>(.*?)</dt>\s*<dd>\s*<span class=\"toggle\">(.*?)</span>(.*?)</dd>", re.S)
PAGE_SINCE = re.compile(r"in office since (\d{4})")


def peppercat_page_spells(git_dir, since_commit, commit, states, titles, report):
    """The holders of kept offices in every version of every state's page between `since_commit`
    and `commit`: each from the year the page says they took office to the year of the last
    version that lists them."""
    paths = [p for p in git_lines(git_dir, "ls-tree", "-r", "--name-only", commit, PEPPERCAT_FILES).split("\n")
             if p.endswith("/" + PEPPERCAT_PAGE)]
    latest, versions_read, unmatched = {}, 0, set()
    for path in paths:
        log = git_lines(git_dir, "log", "--format=%H %cs", f"{since_commit}..{commit}", "--", path).split()
        for sha, day in zip(log[0::2], log[1::2]):
            page = html.unescape(git_lines(git_dir, "show", f"{sha}:{path}"))
            title = PAGE_TITLE.search(page)
            code = states.code(title.group(1)) if title else None
            if code is None:
                unmatched.add(title.group(1) if title else path)
                break
            versions_read += 1
            for positions, person, rest in PAGE_ENTRY.findall(page):
                since = PAGE_SINCE.search(rest)
                if since is None:
                    continue
                for position in re.split(r"<br\s*/?>", positions):
                    office = office_of(position, code, states)
                    name = office_holder_name(None, person, titles, monarch_forms(office, code, states))
                    if office and name:
                        key = (name, code, office, int(since.group(1)))
                        latest[key] = max(latest.get(key, int(day[:4])), int(day[:4]))
    spells = [OfficeSpell(name, code, office, start, max(start, end)) for (name, code, office, start), end in latest.items()]
    report.append(f"Peppercat pages: {len(spells)} terms of kept offices from {versions_read} versions of {len(paths)} pages; "
                  f"pages of no state of countries.tsv: {len(unmatched)}")
    return spells


class OfficeSpell:
    def __init__(self, name, code, office, start, end):
        self.name, self.code, self.office, self.start, self.end = name, code, office, start, end


def without_mixed_offices(spells, source, report):
    """A list's one-holder office (all but the vice presidency) in one state where two people's
    terms both run through a whole year is mixed with other posts (India's "Minister of External
    Affairs" with the foreign secretaries, the Netherlands' "Prime Minister" with its ministers of
    state): that state's office is not read from that list. Successions within a year, where one
    term ends and the next begins, are no mixing; nor are two spellings of one holder ("Alassane
    Ouattara", "Alassane Dramane Ouattara"; "Kim Tok Hun", "Kim Tok-hun"): names that share a word."""
    terms_by_office = defaultdict(list)
    for name, code, office, start, end in office_terms(spells, first_end_year=0):
        terms_by_office[(code, office)].append((name, start, end))
    mixed = set()
    for (code, office), held in terms_by_office.items():
        if office == "vice president":
            continue
        for name, start, end in held:
            if any(other != name and max(start, other_start) + 1 <= min(end, other_end) - 1
                   and not set(fold(name).replace("-", " ").split()) & set(fold(other).replace("-", " ").split())
                   for other, other_start, other_end in held):
                mixed.add((code, office))
                break
    report.append(f"{source}: offices mixed with other posts, not read: {len(mixed)} "
                  f"({', '.join(f'{c} {o}' for c, o in sorted(mixed))})")
    return [s for s in spells if (s.code, s.office) not in mixed]


def merge_year_ranges(ranges):
    """(from, to) year ranges of one person, sorted, with touching or overlapping ones joined."""
    ranges = sorted(ranges)
    merged = [list(ranges[0])]
    for start, end in ranges[1:]:
        if start <= merged[-1][1] + 1:
            merged[-1][1] = max(merged[-1][1], end)
        else:
            merged.append([start, end])
    return merged


def office_terms(spells, first_end_year=None):
    """Spells of one person in one office of one state that touch or overlap are one term: (name,
    code, office, from, to); terms that ended before OFFICE_FIRST_END_YEAR are left out."""
    by_key = defaultdict(list)
    for s in spells:
        by_key[(s.name, s.code, s.office)].append((s.start, s.end))
    out = []
    for (name, code, office), ranges in by_key.items():
        merged = merge_year_ranges(ranges)
        limit = OFFICE_FIRST_END_YEAR if first_end_year is None else first_end_year
        out += [(name, code, office, start, end) for start, end in merged if end >= limit]
    return out


def covered_years(rows):
    """(folded name, code) -> the years the rows give the person in that state; None in the list
    for a row without years (any year)."""
    years = defaultdict(list)
    for row in rows:
        years[(fold(row[0]), row[1])].append(year_range(row[3]) if len(row) > 3 else None)
    return years


def shares_years(start, end, other_start, other_end):
    """Whether two terms share more than one calendar year: a move from one state's office to
    another's in the year of the change (Salva Kiir, Sudan's vice president, then South Sudan's
    president in 2011; José Manuel Barroso, Portugal's prime minister, then the EU's in 2004) is
    not two states at once."""
    return min(end, other_end) - max(start, other_start) >= 1


def office_rows(terms_list, rows, curated, report):
    """The rows the office lists add after `rows`: a term whose years the rows before already give
    the same person in the same state adds nothing; a term of a person the rows before give another
    state in overlapping years (or in any year) is not written either: the earlier row wins, the
    hand-kept ones first."""
    years = covered_years(rows)
    states_of = defaultdict(set)
    for (name, code) in years:
        states_of[name].add(code)
    # The hand-kept rows are the office holders news name by surname alone ("Prime Minister Costa"):
    # a term of another state's holder of that surname in the same years would make it ambiguous
    # (the extractor resolves a surname only when one state's holders carry it that year), so it
    # is not written (Esperança da Costa, Angola's vice president, beside António Costa in 2025).
    curated_surnames = defaultdict(list)
    for row in curated:
        curated_surnames[fold(row[0]).split()[-1]].append((row[1], year_range(row[3]) if len(row) > 3 else None))
    added, covered, conflicts, surnames = [], 0, [], []
    # A name the lists give to two states in the same years (Elizabeth II, queen of fifteen realms)
    # says nothing of which state an article means: none of those terms is written.
    union = defaultdict(set)
    by_name = defaultdict(list)
    for t in terms_list:
        by_name[t[0]].append(t)
    for name, code, office, start, end in terms_list:
        for other in by_name[name]:
            if other[1] != code and shares_years(other[3], other[4], start, end):
                union[name].add(code)
    report.append(f"office lists: names given to several states at once, left out: {len(union)} "
                  f"({', '.join(f'{n} {len(c)}' for n, c in sorted(union.items()))})")
    # "Kais Saied Asshole" beside "Kais Saied", president of Tunisia in the same years: a name that
    # is another holder's name of the same office, state and years with words after it is a
    # defaced label or a form news do not write alone ("Iván Duque Márquez"); the shorter is kept.
    by_office = defaultdict(list)
    for t in terms_list:
        by_office[(t[1], t[2])].append(t)
    longer = set()
    for t in terms_list:
        for other in by_office[(t[1], t[2])]:
            if t[0].startswith(other[0] + " ") and other[3] <= t[4] and t[3] <= other[4]:
                longer.add(t)
    report.append(f"office lists: names that another holder's name of the same office and years opens, left out: {len(longer)} "
                  f"({', '.join(sorted(f'{t[0]} {t[1]}' for t in longer))})")
    terms_list = [t for t in terms_list if t not in longer]
    for name, code, office, start, end in sorted(terms_list, key=lambda t: (t[1], t[3], t[2], t[0])):
        if code in union.get(name, ()):
            continue
        key = fold(name)
        ranges = years.get((key, code), [])
        if any(r is None for r in ranges) or all(any(r[0] <= y <= r[1] for r in ranges) for y in range(start, end + 1)):
            covered += 1
            continue
        other = [c for c in states_of[key] - {code}
                 if any(r is None or shares_years(r[0], r[1], start, end) for r in years[(key, c)])]
        if other:
            conflicts.append(f"{name} {code} {office} {start}-{end} (earlier rows: {'/'.join(sorted(other))})")
            continue
        kept = [c for c, r in curated_surnames.get(key.split()[-1], ()) if c != code and (r is None or (r[0] <= end and start <= r[1]))]
        if kept:
            surnames.append(f"{name} {code} {start}-{end} ({'/'.join(sorted(set(kept)))})")
            continue
        added.append([name, code, office, f"{start}-{end}" if end > start else f"{start}"])
    report.append(f"office lists: {len(terms_list)} terms; {covered} already given by the rows before; "
                  f"{len(conflicts)} of people the rows before give another state; {len(surnames)} of another "
                  f"state's holders of a hand-kept surname in its years; {len(added)} added")
    report += [f"  another state: {c}" for c in conflicts]
    report += [f"  hand-kept surname: {c}" for c in surnames]
    return added


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
        merged = merge_year_ranges(ranges)
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
    # Then the office lists, after every row above: they fill the years and offices those leave out.
    forms = StateForms()
    titles = word_list("titles.txt") | word_list("honorifics.txt")
    office_spells = without_mixed_offices(
        world_leaders_spells(args.world_leaders, args.world_leaders_commit, forms, titles, report), "world-leaders-2021", report)
    office_spells += without_mixed_offices(
        peppercat_spells(args.peppercat, args.peppercat_commit, forms, titles, report), "Peppercat", report)
    office_spells += without_mixed_offices(
        peppercat_page_spells(args.peppercat, args.peppercat_commit, args.peppercat_pages_commit, forms, titles, report),
        "Peppercat pages", report)
    for row in office_rows(office_terms(office_spells), unique, curated, report):
        if tuple(row) not in seen:
            seen.add(tuple(row))
            unique.append(row)
    return unique


HEADER = """\
# leaders.tsv: office holders with the years they held office, for people whose state an article
# takes for granted ("President Donald Trump", "President Medvedev" in a 2010 article). Used only
# when the text itself does not say. Generated by tools/gazetteers/leaders.py: first the hand-kept
# rows of tools/gazetteers/leaders-curated.tsv, then the effective leaders of Archigos 4.1 and REIGN
# those rows do not name (office "leader") and 2022's foreign ministers, then the heads of state,
# heads of government, vice presidents and foreign ministers of Wikidata's office lists (1990-2025)
# in the years the rows before leave uncovered. Edit leaders-curated.tsv, not this file; see
# PROVENANCE.md.
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
    parser.add_argument("--world-leaders", required=True, type=Path,
                        help="git directory of EveryPolitician's world-leaders-2021 repository (heads of state and government)")
    parser.add_argument("--world-leaders-commit", default=WORLD_LEADERS_COMMIT, help="the version read")
    parser.add_argument("--peppercat", required=True, type=Path,
                        help="git directory of Peppercat's site-build repository (office holders per state)")
    parser.add_argument("--peppercat-commit", default=PEPPERCAT_COMMIT, help="the version of the per-state files read")
    parser.add_argument("--peppercat-pages-commit", default=PEPPERCAT_PAGES_COMMIT,
                        help="the last version of the per-state pages read (those after --peppercat-commit are read)")
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
