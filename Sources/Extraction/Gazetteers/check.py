#!/usr/bin/env python3
"""Validates the gazetteer files beside this script; exits 1 on the first batch of errors.

Run: python3 Sources/Extraction/Gazetteers/check.py
Errors name the file and line, one per line; counts are printed when everything passes.
"""
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent

# The 193 UN member states (ISO 3166-1 alpha-3), so a lost row cannot go unnoticed.
UN_MEMBERS = """
AFG AGO ALB AND ARE ARG ARM ATG AUS AUT AZE BDI BEL BEN BFA BGD BGR BHR BHS BIH
BLR BLZ BOL BRA BRB BRN BTN BWA CAF CAN CHE CHL CHN CIV CMR COD COG COL COM CPV
CRI CUB CYP CZE DEU DJI DMA DNK DOM DZA ECU EGY ERI ESP EST ETH FIN FJI FRA FSM
GAB GBR GEO GHA GIN GMB GNB GNQ GRC GRD GTM GUY HND HRV HTI HUN IDN IND IRL IRN
IRQ ISL ISR ITA JAM JOR JPN KAZ KEN KGZ KHM KIR KNA KOR KWT LAO LBN LBR LBY LCA
LIE LKA LSO LTU LUX LVA MAR MCO MDA MDG MDV MEX MHL MKD MLI MLT MMR MNE MNG MOZ
MRT MUS MWI MYS NAM NER NGA NIC NLD NOR NPL NRU NZL OMN PAK PAN PER PHL PLW PNG
POL PRK PRT PRY QAT ROU RUS RWA SAU SDN SEN SGP SLB SLE SLV SMR SOM SRB SSD STP
SUR SVK SVN SWE SWZ SYC SYR TCD TGO THA TJK TKM TLS TON TTO TUN TUR TUV TZA UGA
UKR URY USA UZB VCT VEN VNM VUT WSM YEM ZAF ZMB ZWE
""".split()
# Observer states and the two non-member states the brief requires.
REQUIRED_EXTRA = ["VAT", "PSE", "TWN", "XKX"]
REQUIRED_BODIES = ["UN", "EU", "NATO", "ASEAN", "AU", "OSCE", "IAEA", "WHO", "OPEC", "GCC", "LAS", "SCO"]

KINDS = {"state", "historical", "body"}
# places.tsv's third column: empty, or "ambiguous" for a name that is also a word or a person's.
PLACE_FLAGS = {"", "ambiguous"}
LEADER_YEARS = re.compile(r"^(\d{4})-(\d{4})?$|^(\d{4})$")
# Claimants that are not rows of countries.tsv because news never name them as acting states.
CLAIMANTS_OUTSIDE_COUNTRIES = {"ESH"}  # the Sahrawi Arab Democratic Republic, for Western Sahara
# Breakaway regions that no UN member recognises: the state they left is their only claimant.
ONE_CLAIMANT_BREAKAWAYS = {"Transnistria", "Somaliland"}
# The least number of disputes the list must keep: a smaller one means rows were lost.
MIN_TERRITORIES = 300
# The earliest and latest years a term may name: leaders.tsv covers the modern era of news.
FIRST_YEAR, LAST_YEAR = 1900, 2100
# leaders.tsv is generated (tools/gazetteers/leaders.py) from these hand-kept rows and the data sets.
LEADER_INPUTS = HERE.parent.parent.parent / "tools" / "gazetteers"
# The least number of terms leaders.tsv must keep: fewer means the data sets' rows were lost.
MIN_LEADER_TERMS = 5000
# Lowercase words of more than three letters that names carry ("Daniel arap Moi"); any other
# lowercase word of that length in a name ("Ashraf Ghani yazdi") is a defaced Wikidata label.
# The same list as leaders.py's NAME_PARTICLES.
NAME_PARTICLES = {"arap", "binti", "bint", "ould", "della", "dello", "degli"}
# Entries found wrong in review, which must not come back from any input: the Belarusian leader
# under Russia, the Soviet leader as Russia's, Yeltsin as the Soviet Union's.
WRONG_LEADER_CODES = {("Alexander Lukashenko", "RUS"), ("Mikhail Gorbachev", "RUS"), ("Boris Yeltsin", "SUN")}
CODE_FORMAT = {
    "state": re.compile(r"^[A-Z]{3}$"),
    "historical": re.compile(r"^[A-Z]{3}$"),
    "body": re.compile(r"^[A-Z]{2,7}$"),
}

errors = []


def error(path, line, message):
    errors.append(f"{path.name}:{line}: {message}")


def data_lines(path):
    """Yields (line number, text) for every non-comment line; reports blank and untidy lines."""
    raw = path.read_bytes()
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as failure:
        error(path, 0, f"not UTF-8 ({failure})")
        return
    if text.startswith("\ufeff"):
        error(path, 1, "starts with a byte-order mark")
    if "\r" in text:
        error(path, 0, "has carriage returns (use LF line ends)")
    if text and not text.endswith("\n"):
        error(path, text.count("\n") + 1, "last line has no line end")
    for number, line in enumerate(text.split("\n")[:-1] if text.endswith("\n") else text.split("\n"), 1):
        if line.strip() == "":
            error(path, number, "empty line")
            continue
        if line.startswith("#"):
            continue
        # Tabs at the end are legitimate: they close empty trailing columns.
        if line != line.strip(" \u00a0"):
            error(path, number, "leading or trailing space")
        yield number, line


def alternatives(path, number, field, column):
    """Splits a |-field, reporting empty or untidy alternatives and repeats."""
    if field == "":
        return []
    parts = field.split("|")
    seen = set()
    for part in parts:
        if part == "" or part != part.strip() or "  " in part:
            error(path, number, f"column {column} has an empty or untidy alternative in {field!r}")
        if part in seen:
            error(path, number, f"column {column} repeats {part!r}")
        seen.add(part)
    return parts


def check_countries():
    path = HERE / "countries.tsv"
    rows = {}
    owner = {}  # surface form -> (code, column)
    columns = ["code", "kind", "name", "aliases", "demonyms", "metonyms", "institutions"]
    for number, line in data_lines(path):
        fields = line.split("\t")
        # The last column, institutions, is optional: few states have one that news name.
        if len(fields) not in (len(columns) - 1, len(columns)):
            error(path, number, f"has {len(fields)} columns, expected {len(columns) - 1} or {len(columns)}")
            continue
        code, kind, name, aliases, demonyms, metonyms, institutions = fields + [""] * (len(columns) - len(fields))
        if kind not in KINDS:
            error(path, number, f"kind {kind!r} is not one of {sorted(KINDS)}")
            continue
        if not CODE_FORMAT[kind].match(code):
            error(path, number, f"code {code!r} does not fit kind {kind}")
        if code in rows:
            error(path, number, f"code {code} repeats line {rows[code]['line']}")
            continue
        if name == "" or "|" in name:
            error(path, number, "name must be one non-empty form")
        forms = {
            "name": [name],
            "aliases": alternatives(path, number, aliases, "aliases"),
            "demonyms": alternatives(path, number, demonyms, "demonyms"),
            "metonyms": alternatives(path, number, metonyms, "metonyms"),
            "institutions": alternatives(path, number, institutions, "institutions"),
        }
        rows[code] = {"line": number, "kind": kind, "forms": forms}
        # A form that names two rows would make the extractor guess, so each belongs to one row.
        for column, values in forms.items():
            for value in values:
                if value in owner and owner[value][0] != code:
                    other, other_column = owner[value]
                    error(path, number, f"{column} {value!r} also belongs to {other} ({other_column})")
                elif value in owner:
                    error(path, number, f"{value!r} appears twice in row {code}")
                else:
                    owner[value] = (code, column)
    codes = set(rows)
    missing = [c for c in UN_MEMBERS + REQUIRED_EXTRA if c not in codes]
    if missing:
        error(path, 0, f"missing states: {' '.join(missing)}")
    for code in UN_MEMBERS + REQUIRED_EXTRA:
        if code in rows and rows[code]["kind"] != "state":
            error(path, rows[code]["line"], f"{code} must be kind state")
    missing_bodies = [c for c in REQUIRED_BODIES if c not in codes]
    if missing_bodies:
        error(path, 0, f"missing bodies: {' '.join(missing_bodies)}")
    if len(set(UN_MEMBERS)) != 193:
        error(Path(__file__), 0, f"UN member list has {len(set(UN_MEMBERS))} codes, expected 193")
    return rows, owner


def check_places(rows, owner):
    path = HERE / "places.tsv"
    if not path.exists():
        error(path, 0, "missing")
        return {}
    places = {}
    for number, line in data_lines(path):
        fields = line.split("\t")
        if len(fields) != 3:
            error(path, number, f"has {len(fields)} columns, expected 3")
            continue
        place, code, flag = fields
        if flag not in PLACE_FLAGS:
            error(path, number, f"flag {flag!r} is not one of {sorted(PLACE_FLAGS)}")
        if place == "" or "|" in place:
            error(path, number, "place must be one non-empty form")
        if code not in rows:
            error(path, number, f"country {code!r} is not a code in countries.tsv")
        elif rows[code]["kind"] == "historical":
            error(path, number, f"place {place!r} points at historical {code}; use the present state")
        if place in places:
            error(path, number, f"place {place!r} repeats line {places[place][0]}")
            continue
        # A place that is also a surface form of another country would resolve two ways.
        if place in owner and owner[place][0] != code:
            error(path, number, f"place {place!r} is a {owner[place][1]} form of {owner[place][0]}, not {code}")
        places[place] = (number, code, flag)
    # Every metonym (capital or seat of power) of a present state is also a place, so meeting places
    # resolve from one file; a historical state's capital lies in a present one (East Berlin).
    for place, (code, column) in sorted(owner.items()):
        if column == "metonyms" and rows[code]["kind"] != "historical" and places.get(place, (0, None, ""))[1] != code:
            error(path, 0, f"metonym {place!r} of {code} is not listed as a place of {code}")
    return places


def check_leaders(rows):
    """name, code, office, years: codes of countries.tsv, years FROM-TO, FROM- or one year."""
    path = HERE / "leaders.tsv"
    terms = {}
    count = 0
    for number, line in data_lines(path):
        fields = line.split("\t")
        if len(fields) != 4:
            error(path, number, f"has {len(fields)} columns, expected 4")
            continue
        name, code, office, years = fields
        count += 1
        if name == "" or "|" in name:
            error(path, number, "name must be one non-empty form")
        if code not in rows:
            error(path, number, f"code {code!r} is not a code in countries.tsv")
        if office != office.lower():
            error(path, number, f"office {office!r} is not lowercase")
        if years:
            match = LEADER_YEARS.match(years)
            if not match:
                error(path, number, f"years {years!r} is not FROM-TO, FROM- or YEAR")
                continue
            numbers = [int(y) for y in match.groups() if y]
            if any(not FIRST_YEAR <= y <= LAST_YEAR for y in numbers) or numbers != sorted(numbers):
                error(path, number, f"years {years!r} out of order or out of range")
        if any(w[0].islower() and len(w) > 3 and w not in NAME_PARTICLES and not re.search(r"[-'’]", w) for w in name.split()):
            error(path, number, f"{name!r} has a lowercase word no name carries: a defaced label (leaders.py leaves them out)")
        if (name, code) in WRONG_LEADER_CODES:
            error(path, number, f"{name} does not serve {code} (fixed in review)")
        key = (name, code, office, years)
        if key in terms:
            error(path, number, f"repeats line {terms[key]}")
        terms[key] = number
    if count < MIN_LEADER_TERMS:
        error(path, 0, f"has {count} terms, fewer than {MIN_LEADER_TERMS}: rows were lost")
    check_leader_inputs(rows, [tuple(line.split("\t")) for _, line in data_lines(path)])
    return count, len({key[1] for key in terms})


def check_leader_inputs(rows, generated):
    """The hand-kept rows open leaders.tsv in their order (an edit of leaders.tsv alone would be lost
    at the next run of leaders.py), and the names file's codes are codes of countries.tsv."""
    curated_path = LEADER_INPUTS / "leaders-curated.tsv"
    if not curated_path.exists():
        return
    curated = [tuple(line.split("\t")) for _, line in data_lines(curated_path)]
    if generated[: len(curated)] != curated:
        first = next((i for i, (a, b) in enumerate(zip(curated, generated)) if a != b), min(len(curated), len(generated)))
        error(HERE / "leaders.tsv", 0, f"does not open with the rows of leaders-curated.tsv (first difference at row {first + 1}): run leaders.py")
    names_path = LEADER_INPUTS / "leader-names.tsv"
    seen = {}
    for number, line in data_lines(names_path):
        fields = line.split("\t")
        if len(fields) != 3 or not all(fields):
            error(names_path, number, "expected three columns: code, name in the data set, English name")
            continue
        if fields[0] not in rows:
            error(names_path, number, f"code {fields[0]!r} is not a code in countries.tsv")
        key = (fields[0], fields[1])
        if key in seen:
            error(names_path, number, f"repeats line {seen[key]}")
        seen[key] = number


def check_territories(rows):
    """names (Name@CODE where one side uses it), claimants, holder: every code in countries.tsv."""
    path = HERE / "territories.tsv"
    names = {}
    count = 0
    for number, line in data_lines(path):
        fields = line.split("\t")
        if len(fields) != 3:
            error(path, number, f"has {len(fields)} columns, expected 3")
            continue
        count += 1
        forms, claimants, holder = fields
        claimant_codes = claimants.split(",") if claimants else []
        if len(claimant_codes) < 1:
            error(path, number, "has no claimant")
        for code in claimant_codes + ([holder] if holder else []):
            if code not in rows and code not in CLAIMANTS_OUTSIDE_COUNTRIES:
                error(path, number, f"code {code!r} is not a code in countries.tsv")
        if len(set(claimant_codes)) != len(claimant_codes):
            error(path, number, "repeats a claimant")
        # A dispute has two sides; a breakaway state that no state recognises has only the one it left.
        first_name = forms.split("|")[0].split("@")[0]
        if len(claimant_codes) < 2 and first_name not in ONE_CLAIMANT_BREAKAWAYS:
            error(path, number, "has one claimant: a dispute needs two")
        if holder and holder not in claimant_codes:
            error(path, number, f"holder {holder!r} is not one of its claimants")
        for form in alternatives(path, number, forms, "names"):
            name, _, user = form.partition("@")
            if user and user not in rows:
                error(path, number, f"name {form!r} names unknown code {user!r}")
            if name.lower() in names and names[name.lower()] != number:
                error(path, number, f"name {name!r} also names line {names[name.lower()]}")
            names[name.lower()] = number
    if count < MIN_TERRITORIES:
        error(path, 0, f"has {count} territories, fewer than {MIN_TERRITORIES}")
    return count


def check_list(name, required=True):
    path = HERE / name
    if not path.exists():
        if required:
            error(path, 0, "missing")
        return set()
    entries = {}
    for number, line in data_lines(path):
        if line != line.lower():
            error(path, number, f"{line!r} is not lowercase")
        if "\t" in line or "  " in line:
            error(path, number, "tab or double space inside an entry")
        # An initialism ("h.e.") keeps its dots: the tokenizer reads "H.E." as one word.
        if line.endswith(".") and not re.fullmatch(r"(?:[a-z]\.){2,}", line):
            error(path, number, f"{line!r} ends with a dot")
        if line in entries:
            error(path, number, f"{line!r} repeats line {entries[line]}")
        entries[line] = number
    return set(entries)


# The roles of territory-cues.tsv, each read by the territory extractor; a role it does not know
# would be ignored silently, so an unknown or missing one is an error.
CUE_ROLES = {
    "lead-in", "quarrel", "quarrel-head", "trailing", "adjective", "copula", "relative", "taking", "transfer",
    "claimed-by", "boundary", "connector", "place-noun", "not-territory", "cue", "claim", "hold",
    "hold-by", "control", "name-tie", "context", "common", "considering", "denial", "disagreement", "not-of-land",
}


def check_cues():
    path = HERE / "territory-cues.tsv"
    if not path.exists():
        error(path, 0, "missing")
        return {}
    if "Gazetteers/territory-cues.tsv" not in (HERE.parent / "embed.list").read_text(encoding="utf-8"):
        error(path, 0, "not listed in Sources/Extraction/embed.list, so the binary cannot read it")
    roles = {}
    for number, line in data_lines(path):
        fields = line.split("\t")
        if len(fields) != 2:
            error(path, number, f"has {len(fields)} columns, expected 2 (role, phrases)")
            continue
        role, field = fields
        if role not in CUE_ROLES:
            error(path, number, f"role {role!r} is not one of {sorted(CUE_ROLES)}")
            continue
        for phrase in alternatives(path, number, field, "phrases"):
            if phrase != phrase.lower():
                error(path, number, f"{phrase!r} is not lowercase")
            if phrase in roles.setdefault(role, set()):
                error(path, number, f"{phrase!r} is listed twice under {role}")
            roles[role].add(phrase)
    for role in sorted(CUE_ROLES - set(roles)):
        error(path, 0, f"role {role} has no line")
    # A word of territory that also marks a name as something else would cancel itself out.
    for word in sorted(roles.get("place-noun", set()) & roles.get("not-territory", set())):
        error(path, 0, f"{word!r} is both a place-noun and not-territory")
    return roles


# Word lists of the extraction stages: each opens with a comment saying what its words are for,
# and every one is embedded (listed in ../embed.list) so the binary can read it.
# States' names that given-names.txt lists on purpose: English given names as often as states.
STATE_NAMES_THAT_ARE_GIVEN_NAMES = {"chad", "jordan"}

WORD_LISTS = [
    "meeting-triggers.txt", "meeting-verbs.txt", "meeting-triggers-needing-object.txt", "call-words.txt",
    "meeting-voiding.txt", "meeting-cancelling.txt", "meeting-planning.txt", "meeting-postponing.txt", "group-references.txt",
    "speech-verbs.txt", "role-modifiers.txt", "name-connectors.txt", "organisation-words.txt", "venue-words.txt", "delegation-cues.txt",
    "meeting-postponing.txt", "meeting-announcing.txt", "meeting-together.txt", "arrival-words.txt", "departure-words.txt", "event-nouns.txt",
    "report-date-words.txt", "page-list-headers.txt", "menu-section-words.txt", "press-roles.txt", "facility-words.txt", "thing-objects.txt",
    "place-context-words.txt", "settlement-nouns.txt", "name-modified-nouns.txt",
    "noun-will-modifiers.txt", "court-styles.txt", "round-words.txt", "meeting-presence.txt", "meeting-accepting.txt", "trip-verbs.txt", "calling-on-purposes.txt", "press-audiences.txt", "public-audiences.txt", "gathering-nouns.txt", "sideline-words.txt", "coming-clause-verbs.txt", "portfolio-words.txt", "signing-verbs.txt",
    "institution-words.txt", "visitor-groups.txt", "ruler-titles.txt", "contact-intensifying.txt", "gathering-decisions.txt",
    "honoured-occasions.txt", "met-objects.txt",
]


def check_word_lists():
    embedded = (HERE.parent / "embed.list").read_text(encoding="utf-8")
    counts = {}
    for name in WORD_LISTS:
        path = HERE / name
        if not path.exists():
            error(path, 0, "missing")
            continue
        if not path.read_text(encoding="utf-8").startswith("# "):
            error(path, 1, "no header comment saying what the list is for")
        if f"Gazetteers/{name}" not in embedded:
            error(path, 0, "not listed in Sources/Extraction/embed.list, so the binary cannot read it")
        words = check_list(name)
        if not words:
            error(path, 0, "empty")
        counts[name] = len(words)
    # A verb of encounter that is not a meeting word could never be chosen.
    triggers = check_list("meeting-triggers.txt")
    for name in ("meeting-verbs.txt", "meeting-triggers-needing-object.txt"):
        for word in sorted(check_list(name) - triggers):
            error(HERE / name, 0, f"{word!r} is not in meeting-triggers.txt")
    return counts


def check_group_offices(titles):
    """office, titles: each title (comma-separated) a line of titles.txt."""
    path = HERE / "group-offices.tsv"
    if not path.read_text(encoding="utf-8").startswith("# "):
        error(path, 1, "no header comment saying what the list is for")
    if "Gazetteers/group-offices.tsv" not in (HERE.parent / "embed.list").read_text(encoding="utf-8"):
        error(path, 0, "not listed in Sources/Extraction/embed.list, so the binary cannot read it")
    count = 0
    for number, line in data_lines(path):
        fields = line.split("\t")
        if len(fields) != 2 or not fields[0] or not fields[1]:
            error(path, number, "expected two columns: office, titles")
            continue
        for title in fields[1].split(","):
            if title not in titles:
                error(path, number, f"{title!r} is not a line of titles.txt")
        count += 1
    return count


def check_state_table(path, columns, check_key, codes):
    """key, code: two tab-separated columns, the key checked by `check_key` (an error message or
    None), the code one of countries.tsv."""
    count = 0
    for number, line in data_lines(path):
        fields = line.split("\t")
        if len(fields) != 2:
            error(path, number, f"expected two columns: {columns}")
            continue
        key, code = fields
        problem = check_key(key)
        if problem:
            error(path, number, problem)
        if code not in codes:
            error(path, number, f"code {code!r} is not a code in countries.tsv")
        count += 1
    return count


def check_national_titles(titles, codes):
    """title, code: a title of titles.txt that one state gives, and that state's code."""
    return check_state_table(HERE / "national-titles.tsv", "title, code",
                             lambda title: None if title in titles else f"{title!r} is not a line of titles.txt", codes)


def check_royal_houses(codes):
    """house, code: a royal house's family name, folded (lowercase ASCII words), and its state."""
    def folded_name(house):
        words = house.split(" ")
        if house != house.lower() or len(words) < 2 or not all(w.isascii() and w.isalpha() for w in words):
            return f"{house!r} is not a folded name of two or more words"
        return None
    return check_state_table(HERE / "royal-houses.tsv", "house, code", folded_name, codes)


def check_title_abbreviations(titles, honorifics):
    """abbreviation, title: the abbreviation a listed title or honorific, lowercase, without periods."""
    path = HERE / "title-abbreviations.tsv"
    count = 0
    for number, line in data_lines(path):
        fields = line.split("\t")
        if len(fields) != 2 or not fields[1]:
            error(path, number, "expected two columns: abbreviation, title")
            continue
        short, _ = fields
        if short != short.lower() or "." in short:
            error(path, number, f"{short!r} is not lowercase without periods")
        if short not in titles and short not in honorifics:
            error(path, number, f"{short!r} is in neither titles.txt nor honorifics.txt, so no name is read after it")
        count += 1
    return count


def main():
    rows, owner = check_countries()
    word_lists = check_word_lists()
    places = check_places(rows, owner)
    leader_terms, leader_codes = check_leaders(rows)
    territories = check_territories(rows)
    titles = check_list("titles.txt")
    honorifics = check_list("honorifics.txt")
    not_names = check_list("not-names.txt") | check_list("news-outlets.txt")
    given = check_list("given-names.txt", required=False)
    # A given name that is also listed as a non-name would cancel itself out.
    for word in sorted(given & not_names):
        error(HERE / "given-names.txt", 0, f"{word!r} is also in not-names.txt or news-outlets.txt")
    # Nor may a given name be a country's name, alias or demonym (Georgia): countries win, but for
    # the few states' names listed on purpose as given names too (Jordan, Chad), which the tagger
    # reads as the state unless a surname follows or a given name comes before.
    country_words = {value.lower(): code for value, (code, column) in owner.items() if column != "metonyms"}
    for word in sorted(given & set(country_words) - STATE_NAMES_THAT_ARE_GIVEN_NAMES):
        error(HERE / "given-names.txt", 0, f"{word!r} is a form of {country_words[word]} in countries.tsv")
    abbreviations = check_title_abbreviations(titles, honorifics)
    national_titles = check_national_titles(titles, rows)
    royal_houses = check_royal_houses(rows)
    offices = check_group_offices(titles)
    cues = check_cues()
    if errors:
        for line in errors:
            print(line, file=sys.stderr)
        print(f"{len(errors)} error(s)", file=sys.stderr)
        return 1
    kinds = {}
    for row in rows.values():
        kinds[row["kind"]] = kinds.get(row["kind"], 0) + 1
    print(f"countries.tsv   {len(rows)} rows ({', '.join(f'{n} {k}' for k, n in sorted(kinds.items()))}), "
          f"{len(owner)} surface forms")
    print(f"places.tsv      {len(places)} places ({sum(1 for p in places.values() if p[2])} ambiguous)")
    print(f"leaders.tsv     {leader_terms} terms, {leader_codes} states and bodies")
    print(f"territories.tsv {territories} territories")
    print(f"titles.txt      {len(titles)} titles")
    print(f"honorifics.txt  {len(honorifics)} honorifics")
    print(f"title-abbreviations.tsv {abbreviations} abbreviations")
    print(f"national-titles.tsv {national_titles} titles")
    print(f"royal-houses.tsv {royal_houses} houses")
    print(f"group-offices.tsv {offices} offices")
    print(f"not-names.txt   {len(not_names)} entries")
    print(f"given-names.txt {len(given)} names")
    print(f"territory-cues.tsv {sum(len(v) for v in cues.values())} phrases in {len(cues)} roles")
    for name, count in word_lists.items():
        print(f"{name:<38}{count} words")
    return 0


if __name__ == "__main__":
    sys.exit(main())
