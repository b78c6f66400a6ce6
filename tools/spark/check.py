"""`make spark-check`: the Spark job in local mode gives the knowledge base a direct load gives.

Generates a corpus with dipkb-corpus (one broken line put in its middle), then builds four
knowledge bases from it and checks that the named queries who-met-whom, disputed-territories,
people and timeline answer the same in all of them:

  direct   dipkb load corpus.jsonl
  pipe     dipkb extract --stream < corpus.jsonl | dipkb load --facts -
  spark-1  tools/spark/extract_facts.py on local[1], then dipkb load --facts
  spark-2  the same on local[2]

and prints the rates (articles/s, whole runs including Spark's start) and the writer-only rate
of `dipkb load --facts` (the facts already extracted: the ceiling of the design).
Needs `pip install pyspark` and Java 17.
"""

import json
import os
import shutil
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
QUERIES = ["who-met-whom", "disputed-territories", "people", "timeline"]


def run(command, **kw):
    started = time.monotonic()
    done = subprocess.run(command, capture_output=True, text=True, **kw)
    # `dipkb load` exits 1 when an input record failed, as the broken line does.
    if done.returncode not in (0, 1):
        sys.exit(f"spark-check: {' '.join(command)} failed ({done.returncode}):\n{done.stderr[-3000:]}")
    return done, time.monotonic() - started


def answers(dipkb, db):
    return {q: run([dipkb, "query", "--db", db, q, "--format", "csv"])[0].stdout for q in QUERIES}


def main():
    dipkb = os.environ.get("DIPKB", ".build/release/dipkb")
    corpus_tool = os.environ.get("DIPKB_CORPUS", ".build/release/dipkb-corpus")
    count = int(os.environ.get("SPARK_ARTICLES", "5000"))
    try:
        import pyspark  # noqa: F401
    except ImportError:
        sys.exit("spark-check: needs PySpark (pip install pyspark) and Java 17")
    work = tempfile.mkdtemp(prefix="dipkb-spark-")
    corpus = os.path.join(work, "corpus.jsonl")
    run([corpus_tool, "--seed", "42", "--count", str(count), "--jsonl", corpus])
    with open(corpus) as f:
        lines = f.readlines()
    lines.insert(len(lines) // 2, '{"text": "a record cut short\n')
    with open(corpus, "w") as f:
        f.writelines(lines)

    results, seconds, summaries = {}, {}, {}
    db = lambda name: os.path.join(work, name + ".sqlite")

    done, seconds["direct"] = run([dipkb, "load", "--db", db("direct"), corpus])
    summaries["direct"] = done.stdout.strip()

    started = time.monotonic()
    with open(corpus) as source:
        stream = subprocess.Popen([dipkb, "extract", "--stream"], stdin=source, stdout=subprocess.PIPE)
        load = subprocess.run([dipkb, "load", "--facts", "--db", db("pipe"), "-"], stdin=stream.stdout, capture_output=True, text=True)
        stream.wait()
    seconds["pipe"] = time.monotonic() - started
    summaries["pipe"] = load.stdout.strip()

    env = dict(os.environ, PYSPARK_PYTHON=sys.executable, PYSPARK_DRIVER_PYTHON=sys.executable)
    timings = {}
    for cores in (1, 2):
        name = f"spark-{cores}"
        out = os.path.join(work, name)
        timing_file = os.path.join(work, name + ".json")
        done, seconds[name] = run(["spark-submit", "--master", f"local[{cores}]", "--conf", "spark.ui.enabled=false",
                                   os.path.join(HERE, "extract_facts.py"), "--corpus", corpus, "--dipkb", dipkb,
                                   "--out", out, "--db", db(name), "--timings", timing_file], env=env)
        # spark-submit passes the job's stderr on to its stdout: the summary is the last line.
        summaries[name] = done.stdout.strip().splitlines()[-1]
        with open(timing_file) as f:
            timings[name] = json.load(f)

    # The writer alone: the facts already extracted, loaded into a fresh database.
    done, seconds["writer"] = run([dipkb, "load", "--facts", "--db", db("writer"), os.path.join(work, "spark-2", "facts-jsonl")])
    summaries["writer"] = done.stdout.strip()

    expected = answers(dipkb, db("direct"))
    failures = []
    for name in ["pipe", "spark-1", "spark-2", "writer"]:
        if summaries[name] != summaries["direct"]:
            failures.append(f"{name}: load summary {summaries[name]!r} != direct {summaries['direct']!r}")
        got = answers(dipkb, db(name))
        for q in QUERIES:
            if got[q] != expected[q]:
                failures.append(f"{name}: query {q} differs from the direct load")
    rows = {q: expected[q].count("\n") - 1 for q in QUERIES}

    print(f"spark-check: {count} articles + 1 broken line; direct load: {summaries['direct']}")
    print(f"query rows: " + ", ".join(f"{q} {n}" for q, n in rows.items()))
    print(f"{'route':<34} {'seconds':>8} {'articles/s':>11}")
    def line(label, secs):
        print(f"{label:<34} {secs:8.1f} {count / secs:11.0f}")
    line("dipkb load (direct)", seconds["direct"])
    line("extract --stream | load --facts -", seconds["pipe"])
    for cores in (1, 2):
        t = timings[f"spark-{cores}"]
        line(f"spark local[{cores}], whole run", seconds[f"spark-{cores}"])
        line(f"  of which extraction stage", t["extract_seconds"])
        line(f"  of which load --facts", t["load_seconds"])
    line("load --facts alone (writer only)", seconds["writer"])
    if failures:
        print("spark-check FAILED:\n  " + "\n  ".join(failures))
        print(f"(files kept in {work})")
        sys.exit(1)
    print("spark-check passed: every route answers who-met-whom, disputed-territories, people and timeline alike")
    shutil.rmtree(work)


if __name__ == "__main__":
    main()
