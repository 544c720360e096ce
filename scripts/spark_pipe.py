#!/usr/bin/env python3
"""Run Copydesk as an Apache Spark pipe stage (PySpark, local mode) — run by hand, not in CI.

Reads a JSON Lines corpus with `sc.textFile`, drops blank lines, pipes every partition through
`analyze --format jsonl --input-format jsonl --jobs 1 --quiet -` with `RDD.pipe`, then checks that
each partition gave back exactly one output line per input line, in order (ids match), and
writes the results with `saveAsTextFile` when --out is given.

PySpark comes from pip into a virtualenv (default /tmp/copydesk-spark-venv) that the script
creates on first use; Spark needs a Java 17+ runtime on PATH.

Usage (from the repository root, after `swift build -c release`):
  python3 scripts/spark_pipe.py CORPUS.jsonl [--partitions N] [--master local[2]] [--out DIR]
                                [--analyze .build/release/analyze] [--plugins all]
"""
import argparse
import json
import os
import shlex
import subprocess
import sys
import time

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), ".."))


def ensure_venv(venv):
    python = os.path.join(venv, "bin", "python")
    if not os.path.exists(python):
        subprocess.run([sys.executable, "-m", "venv", venv], check=True)
    check = subprocess.run([python, "-c", "import pyspark"], capture_output=True)
    if check.returncode != 0:
        subprocess.run([python, "-m", "pip", "install", "--quiet", "--disable-pip-version-check", "pyspark"], check=True)
    return python


def record_id(line):
    try:
        value = json.loads(line).get("id")
        return None if value is None else str(value)
    except (ValueError, AttributeError):
        return None


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("corpus")
    parser.add_argument("--analyze", default=os.path.join(ROOT, ".build", "release", "analyze"))
    parser.add_argument("--partitions", type=int, default=0, help="minimum partitions (0: about one per 8 MB)")
    parser.add_argument("--master", default="local[2]")
    parser.add_argument("--plugins", default="all")
    parser.add_argument("--out", help="a folder for saveAsTextFile (must not exist)")
    parser.add_argument("--venv", default="/tmp/copydesk-spark-venv")
    parser.add_argument("--inner", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()

    if not args.inner:
        python = ensure_venv(args.venv)
        os.execv(python, [python, os.path.abspath(__file__), "--inner"] + sys.argv[1:])

    from pyspark.sql import SparkSession

    corpus = os.path.abspath(args.corpus)
    size = os.path.getsize(corpus)
    partitions = args.partitions or max(2, round(size / 8e6))
    analyze = os.path.abspath(args.analyze)
    # One analyze process per partition, single-threaded: Spark's tasks are the parallelism.
    stage = f"{shlex.quote(analyze)} --format jsonl --input-format jsonl --jobs 1 --quiet --plugins {shlex.quote(args.plugins)} -"

    # Local mode on loopback only: no UI, driver bound to 127.0.0.1.
    os.environ.setdefault("SPARK_LOCAL_IP", "127.0.0.1")
    spark = (SparkSession.builder.master(args.master).appName("copydesk-pipe")
             .config("spark.ui.enabled", "false")
             .config("spark.driver.host", "127.0.0.1")
             .config("spark.driver.bindAddress", "127.0.0.1")
             .getOrCreate())
    sc = spark.sparkContext
    sc.setLogLevel("WARN")

    start = time.perf_counter()
    lines = sc.textFile(corpus, minPartitions=partitions).filter(lambda line: line.strip() != "")
    results = lines.pipe(stage)
    results.cache()
    documents = results.count()          # runs the pipe stage once; the results stay cached
    seconds = time.perf_counter() - start
    # pipe keeps the partitioning, so zip pairs each input line with its output line.
    pairs = lines.zip(results)
    mismatches = pairs.filter(lambda p: record_id(p[0]) != record_id(p[1])).count()
    inputs = lines.count()
    errors = results.filter(lambda r: '"errors":[{' in r).count()
    if args.out:
        results.saveAsTextFile(args.out)
    used = lines.getNumPartitions()
    spark.stop()

    print(f"corpus: {corpus} ({size / 1e6:.1f} MB)")
    print(f"master {args.master}, {used} partitions (~{size / used / 1e6:.1f} MB each), stage: {stage}")
    print(f"{inputs} input lines, {documents} output records, {mismatches} id mismatches, {errors} records with errors")
    print(f"pipe stage: {seconds:.1f} s wall (textFile + pipe + count), {size / 1e6 / seconds:.2f} MB/s")
    sys.exit(0 if mismatches == 0 and inputs == documents else 1)


if __name__ == "__main__":
    main()
