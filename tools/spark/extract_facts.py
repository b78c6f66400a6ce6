"""Extraction fanned out on Apache Spark, facts loaded by dipkb's one writer.

Reads a JSON Lines corpus (the article keys `dipkb load` reads), pipes each partition through
`dipkb extract --stream` (RDD.pipe: one dipkb process per partition, extraction on every core of
its executor), writes the fact lines as JSON Lines (the input of `dipkb load --facts`) and as
Parquet (to query the facts in Spark SQL without SQLite), then, with --db, builds the knowledge
base with `dipkb load --facts` on the driver.

    spark-submit --master local[2] tools/spark/extract_facts.py \
        --corpus corpus.jsonl --dipkb .build/release/dipkb --out facts/ --db kb.sqlite

On a cluster, ship the binary (built by `make dist`, it needs no Swift on the executors) with
`--files dipkb`: it lands in each executor's working folder and is run as ./dipkb.
See docs/scaling.md.
"""

import argparse
import json
import os
import subprocess
import sys
import time

from pyspark.sql import SparkSession


def arguments():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", required=True, help="JSON Lines articles (a file, folder or glob Spark reads)")
    parser.add_argument("--dipkb", required=True, help="the dipkb binary (local path; on a cluster the name given to --files)")
    parser.add_argument("--out", required=True, help="folder for facts-jsonl/ and facts-parquet/ (must not exist)")
    parser.add_argument("--db", help="build this knowledge base from the facts with `dipkb load --facts`")
    parser.add_argument("--partitions", type=int, default=0,
                        help="partitions of the corpus (default: Spark's, at least the number of cores)")
    parser.add_argument("--timings", help="write the stage timings here as JSON")
    return parser.parse_args()


def pipe_command(spark, dipkb):
    """In local mode the executors share the driver's files, so the binary runs where it is;
    elsewhere it is the copy --files put in the executor's working folder."""
    if spark.sparkContext.master.startswith("local"):
        return f"{os.path.abspath(dipkb)} extract --stream"
    return f"./{os.path.basename(dipkb)} extract --stream"


def main():
    args = arguments()
    spark = SparkSession.builder.appName("dipkb-extract").getOrCreate()
    sc = spark.sparkContext
    sc.setLogLevel("WARN")
    timings = {"master": sc.master, "cores": sc.defaultParallelism}

    started = time.monotonic()
    articles = sc.textFile(args.corpus, minPartitions=max(args.partitions, sc.defaultParallelism))
    # checkCode: a dipkb that crashes fails the task (Spark retries it); bad records do not,
    # they come back as {"error": ..., "line": N} lines and the partition goes on.
    facts = articles.pipe(pipe_command(spark, args.dipkb), checkCode=True).cache()
    jsonl = os.path.join(args.out, "facts-jsonl")
    # Part files are named in partition order, which is input order: `dipkb load --facts` reads
    # the folder in name order, so the knowledge base is the one a direct load would build.
    facts.saveAsTextFile(jsonl)
    timings["extract_seconds"] = time.monotonic() - started
    timings["fact_lines"] = facts.count()

    started = time.monotonic()
    frame = spark.read.json(facts)
    frame.write.parquet(os.path.join(args.out, "facts-parquet"))
    timings["parquet_seconds"] = time.monotonic() - started

    # The facts answer in Spark SQL alone: meetings reported held, per pair of states' people.
    frame.createOrReplaceTempView("facts")
    held = spark.sql("""
        SELECT count(*) AS held_meeting_reports
        FROM (SELECT explode(facts.meetings) AS m FROM facts WHERE facts IS NOT NULL)
        WHERE m.status = 'held'""").collect()[0][0]
    errors = frame.where("error IS NOT NULL").count() if "error" in frame.columns else 0
    timings["held_meeting_reports"] = held
    timings["error_lines"] = errors
    print(f"dipkb-spark: {timings['fact_lines']} fact lines ({errors} errors), {held} held meeting reports", file=sys.stderr)
    spark.stop()

    if args.db:
        started = time.monotonic()
        load = subprocess.run([args.dipkb, "load", "--facts", "--db", args.db, jsonl], capture_output=True, text=True)
        timings["load_seconds"] = time.monotonic() - started
        sys.stderr.write(load.stderr)
        print(load.stdout, end="")
        timings["load_summary"] = load.stdout.strip()
        if load.returncode not in (0, 1):
            sys.exit(load.returncode)
    if args.timings:
        with open(args.timings, "w") as out:
            json.dump(timings, out, indent=2)


if __name__ == "__main__":
    main()
