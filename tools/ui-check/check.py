#!/usr/bin/env python3
"""`make ui-check`: dipkb serve in a real browser.

Loads the seed, the examples and one hostile article of our own into a new database, serves it
with `dipkb serve --port 0`, opens every page in headless Chromium, saves a screenshot of each to
the output folder, and checks that the DOM Chromium rendered holds the page's facts (and no
script). Exits 1 listing every failed check.

usage: check.py --dipkb PATH --out FOLDER [--chromium PATH]
"""
import argparse
import json
import os
import shutil
import signal
import subprocess
import sys
import tempfile
import urllib.parse
import urllib.request

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))

# An article whose title and source are attacks: the pages must show them as text.
HOSTILE_ARTICLE = """Title: <script>alert(1)</script>
Date: 2020-02-04
Source: javascript:alert(2)

German Chancellor Angela Merkel met French President Emmanuel Macron in Berlin on Monday.
"""

# Large enough for the pages' longest lists to show in a screenshot.
WINDOW = "1280,1700"
# Seconds a page may take to load and render in Chromium.
PAGE_TIMEOUT = 60


def fetch_json(base, path):
    with urllib.request.urlopen(base + path, timeout=PAGE_TIMEOUT) as answer:
        return json.load(answer)


def start_server(dipkb, database):
    server = subprocess.Popen([dipkb, "serve", "--db", database, "--port", "0"],
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    line = server.stdout.readline()
    marker = "http://"
    if marker not in line:
        server.kill()
        sys.exit("dipkb serve did not start: " + line + server.stderr.read())
    return server, line[line.index(marker):].split()[0].rstrip("/")


def chromium_run(chromium, arguments):
    # A profile of its own for each page, removed after it (left behind, one piled up per page).
    with tempfile.TemporaryDirectory(prefix="dipkb-ui-chromium-") as profile:
        base = [chromium, "--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars",
                "--no-first-run", "--disable-extensions", "--user-data-dir=" + profile]
        return subprocess.run(base + arguments, capture_output=True, text=True, timeout=PAGE_TIMEOUT)


def pages(base):
    """(name, path, texts the DOM must hold, texts it must not) for every page."""
    lavrov = next(p for p in fetch_json(base, "/search.json?q=Lavrov")["people"] if p["label"] == "Sergei Lavrov")["id"]
    person = fetch_json(base, f"/person/{lavrov}.json")
    kono = next(m for m in person["meetings"] if any(w["name"] == "Taro Kono" for w in m["with"])
                and any((s["evidence"] or {}).get("text", "").startswith("Japanese Foreign Minister Taro Kono held talks about the territorial dispute")
                        for s in m["sources"]))
    meeting = kono["meeting"]["id"]
    merkel = next(p for p in fetch_json(base, "/search.json?q=Merkel")["people"])["id"]
    hostile = fetch_json(base, f"/person/{merkel}.json")["meetings"][0]["meeting"]["id"]
    territory = fetch_json(base, "/index.json")["territories"][0]["id"]
    seed_evidence = "Japanese Foreign Minister <mark>Taro Kono</mark> held talks about the territorial dispute with <mark>Lavrov</mark> in <mark>Moscow</mark> on Monday"
    no_script = ["<script", "href=\"javascript:"]
    return [
        ("home", "/", ["Diplomatic knowledge base", "articles", "Latest meetings", "Sergei Lavrov", "Kuril"], no_script),
        ("person", f"/person/{lavrov}", ["<h1 id=\"name\">Sergei Lavrov</h1>", "Taro Kono", "Foreign Minister", seed_evidence], no_script),
        ("meeting", f"/meeting/{meeting}", ["Sergei Lavrov", "Taro Kono", "<dd id=\"place\">", "Moscow", "in person", seed_evidence], no_script),
        ("hostile-meeting", f"/meeting/{hostile}", ["&lt;script&gt;alert(1)&lt;/script&gt;", "javascript:alert(2)", "Angela Merkel", "Emmanuel Macron"], no_script),
        ("territory", f"/territory/{territory}", ["Northern Territories", "Kuril", "Japan", "Russia", "Claimants"], no_script),
        ("country", "/country/JPN", ["Japan", "Taro Kono", "Shinzo Abe"], no_script),
        ("graph", "/graph", ["Who met whom", "<img id=\"graph\" src=\"/graph.svg", "Sergei Lavrov", "Taro Kono"], no_script),
        ("timeline", "/timeline", ["Timeline", "Sergei Lavrov", "met"], no_script),
        ("queries", "/query", ["Named queries", "who-met-whom", "disputed-territories", "meetings-of"], no_script),
        ("query", "/query/meetings-of?person=lavrov", ["Query: meetings-of", "Taro Kono", "Moscow"], no_script),
        ("search", "/search?q=Kuril", ["Search: Kuril", "Articles", "Territories"], no_script),
        ("place", "/place?name=Moscow", ["Meetings in Moscow", "Sergei Lavrov"], no_script),
        ("not-found", "/person/999999", ["404 Not Found", "There is no person 999999"], no_script),
    ]


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--dipkb", required=True)
    parser.add_argument("--out", required=True)
    parser.add_argument("--chromium", default=shutil.which("chromium") or shutil.which("chromium-browser") or "chromium")
    options = parser.parse_args()
    os.makedirs(options.out, exist_ok=True)

    work = tempfile.mkdtemp(prefix="dipkb-ui-")
    articles = os.path.join(work, "hostile")
    os.makedirs(articles)
    with open(os.path.join(articles, "script-title.txt"), "w") as file:
        file.write(HOSTILE_ARTICLE)
    database = os.path.join(work, "kb.sqlite")
    subprocess.run([options.dipkb, "load", "--db", database, os.path.join(ROOT, "seeds"), os.path.join(ROOT, "examples"), articles],
                   check=True, stdout=subprocess.DEVNULL)

    server, base = start_server(options.dipkb, database)
    failures = []
    try:
        picture = urllib.request.urlopen(base + "/graph.svg", timeout=PAGE_TIMEOUT)
        if not picture.headers.get("Content-Type", "").startswith("image/svg+xml") or b"<svg" not in picture.read():
            failures.append("graph.svg: not an SVG picture")
        for name, path, expected, forbidden in pages(base):
            url = base + path
            shot = os.path.join(options.out, name + ".png")
            result = chromium_run(options.chromium, ["--window-size=" + WINDOW, "--screenshot=" + shot, url])
            if result.returncode != 0 or not os.path.exists(shot):
                failures.append(f"{name}: no screenshot ({result.stderr.strip().splitlines()[-1:] or ''})")
            dom = chromium_run(options.chromium, ["--dump-dom", url]).stdout
            with open(os.path.join(options.out, name + ".html"), "w") as file:
                file.write(dom)
            for text in expected:
                if text not in dom:
                    failures.append(f"{name} ({path}): the rendered page lacks {text!r}")
            for text in forbidden:
                if text in dom:
                    failures.append(f"{name} ({path}): the rendered page holds {text!r}")
            print(f"{'ok ' if not any(f.startswith(name + ' ') for f in failures) else 'BAD'} {name:16} {path}  -> {shot}")
    finally:
        server.send_signal(signal.SIGTERM)
        server.wait(timeout=PAGE_TIMEOUT)
        shutil.rmtree(work, ignore_errors=True)

    if failures:
        print("\n".join(["ui-check failed:"] + ["  " + f for f in failures]), file=sys.stderr)
        sys.exit(1)
    print(f"ui-check: every page rendered with its facts; screenshots in {options.out}")


if __name__ == "__main__":
    main()
