#!/usr/bin/env python3
"""End-to-end timings of the release `analyze` binary (run by hand, not in CI).

Measures, with /usr/bin/time (wall seconds and peak RSS):
  * the real corpus with --jobs 1 and --jobs 2 (2-core scaling), all plugins and --plugins none;
    the scaling also as the median of back-to-back 1- and 2-job pairs (the VM's speed drifts);
  * the machine's own 2-core ceiling: two separate --jobs 1 runs at once, against one alone (on a
    VM whose two vCPUs share a physical core or its caches, no program gets 2x);
  * a folder of web pages (--pages DIR, default ../shared/boilerplate-dev/html) with 1 and 2 jobs;
  * what else users run (--skip-shapes leaves it out): every other .jsonl corpus beside this one
    (other languages), the first 2,000 articles in each output format (jsonl, csv, text, html),
    and the corpus written as one text file per article in a folder of folders;
  * the corpus repeated 10x (linearity: 10x input should take <= 11x the time), also against
    ten single runs back to back (a VM under sustained load runs slower than in a short burst);
  * the fixed cost per document: as many one-sentence documents as the corpus has articles, and
    the corpus's articles joined ten at a time into longer documents (same bytes, a tenth of the
    documents) — this corpus's articles are short (about 1.2 KB), so per-document cost weighs;
  * optionally (--gigabyte) the corpus repeated to ~1 GB with --jobs 2 (peak RSS target <= 100 MB);
  * pathological documents, each at a base size and 10x: one 50 MB line (one paragraph),
    a document with 100,000 quotation marks, a document of only abbreviations, one sentence of
    attributions with no full stop, 100,000 one-line paragraphs, 100,000 short page-furniture
    lines, a few surnames named 100,000 times, 100,000 headline-and-summary pairs between
    paragraphs of prose, and 9,000 photo galleries between paragraphs and ad lines.

Usage (from the repository root, after `swift build -c release`):
  python3 Benchmarks/scripts/e2e.py [--corpus FILE.jsonl] [--analyze .build/release/analyze]
                                    [--work /tmp/copydesk-e2e] [--repeat 3] [--gigabyte]
                                    [--skip-pathological] [--skip-shapes]
Prints a Markdown table and writes results.json into the work folder.
"""
import argparse
import json
import shutil
import statistics
import os
import subprocess
import sys
import time

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", ".."))


def timed(cmd, stdin_path=None):
    """Runs cmd with output to /dev/null; returns (seconds, peak_rss_kb, exit_code, cpu_seconds)."""
    out = "/tmp/copydesk-e2e-time.txt"
    full = ["/usr/bin/time", "-f", "%e %M %U %S", "-o", out] + cmd
    stdin = open(stdin_path, "rb") if stdin_path else subprocess.DEVNULL
    try:
        proc = subprocess.run(full, stdin=stdin, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    finally:
        if stdin_path:
            stdin.close()
    with open(out) as f:
        last = f.read().strip().splitlines()[-1]
    seconds, rss, user, system = last.split()
    return float(seconds), int(rss), proc.returncode, float(user) + float(system)


def best_of(n, cmd):
    runs = [timed(cmd) for _ in range(n)]
    return min(runs, key=lambda r: r[0]), max(r[1] for r in runs)


def pair_wall(cmd, n):
    """The best wall time of two copies of cmd started together (the slower one's end)."""
    best = None
    for _ in range(n):
        start = time.perf_counter()
        procs = [subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL) for _ in range(2)]
        for proc in procs:
            proc.wait()
        seconds = time.perf_counter() - start
        best = seconds if best is None else min(best, seconds)
    return best


def repeat_file(src, dst, times):
    if os.path.exists(dst) and os.path.getsize(dst) == os.path.getsize(src) * times:
        return
    with open(src, "rb") as f:
        data = f.read()
    if not data.endswith(b"\n"):
        data += b"\n"
    with open(dst, "wb") as f:
        for _ in range(times):
            f.write(data)


def corpus_stats(path):
    docs, size, words = 0, os.path.getsize(path), 0
    with open(path, encoding="utf-8") as f:
        for line in f:
            if line.strip():
                docs += 1
                words += len(json.loads(line).get("text", "").split())
    return docs, size, words


def one_sentence_documents(count, dst):
    """`count` JSON Lines records of one short sentence each: what a document costs beyond its text."""
    with open(dst, "w", encoding="utf-8") as f:
        for i in range(count):
            f.write(json.dumps({"id": f"s{i}", "text": "The mayor said the budget was fine."}) + "\n")


def joined_articles(corpus, per_document, dst):
    """The corpus's articles joined `per_document` at a time (blank line between them)."""
    with open(corpus, encoding="utf-8") as f, open(dst, "w", encoding="utf-8") as out:
        batch, n = [], 0
        for line in f:
            if line.strip():
                batch.append(json.loads(line).get("text", ""))
            if len(batch) == per_document:
                out.write(json.dumps({"id": f"j{n}", "text": "\n\n".join(batch)}) + "\n")
                batch, n = [], n + 1
        if batch:
            out.write(json.dumps({"id": f"j{n}", "text": "\n\n".join(batch)}) + "\n")
    return n + (1 if batch else 0)


# --- pathological inputs -------------------------------------------------------------------

def long_line(corpus, target_bytes, dst):
    """One paragraph of real news sentences (newlines turned into spaces) of target_bytes."""
    texts = []
    with open(corpus, encoding="utf-8") as f:
        for line in f:
            if line.strip():
                texts.append(" ".join(json.loads(line)["text"].split()))
    blob = " ".join(texts).encode("utf-8")
    with open(dst, "wb") as f:
        written = 0
        while written < target_bytes:
            chunk = blob[: target_bytes - written]
            f.write(chunk)
            written += len(chunk)
            if written < target_bytes:
                f.write(b" ")
                written += 1
        f.write(b"\n")


def quotes(count, dst):
    """One paragraph holding `count` quotation marks: straight and curly pairs, plus an
    opening mark that never closes at the start."""
    units = ['Officials said "no" today, ', 'and the mayor replied “yes” again; ', "critics called it “absurd,” he said. "]
    out, marks, i = ["“Unclosed opening: "], 1, 0
    while marks + 2 <= count:
        out.append(units[i % 3])
        marks += 2
        i += 1
    with open(dst, "w", encoding="utf-8") as f:
        f.write("".join(out) + "\n")
    return marks


def abbreviations(target_bytes, dst):
    """One paragraph of nothing but abbreviations."""
    unit = "Dr. Mr. Mrs. Ms. Prof. U.S. U.K. Inc. Corp. Ltd. Co. Jr. Sr. St. Gen. Sen. Gov. Rep. Lt. No. vs. etc. e.g. i.e. a.m. p.m. Jan. Feb. Aug. Sept. Oct. Nov. Dec. Mt. Ave. "
    with open(dst, "w", encoding="utf-8") as f:
        f.write((unit * (target_bytes // len(unit) + 1))[:target_bytes].rstrip() + "\n")


def one_sentence(target_bytes, dst):
    """One sentence of attributions, names and quotes with no full stop: every attribution of
    the document in one sentence."""
    words = ["officials", "said", "the", "council", "might", "approve", "a", "budget", "Smith",
             "according", "to", "reports", "good", "bad", '"quote"', "well-known", "told", "Jones"]
    with open(dst, "w", encoding="utf-8") as f:
        f.write(_cycled(words, target_bytes) + "\n")


def one_line_paragraphs(count, dst):
    """`count` paragraphs of one short attributed sentence each."""
    with open(dst, "w", encoding="utf-8") as f:
        f.write("\n\n".join(f"Line {i} said the mayor." for i in range(count)) + "\n")


def furniture_lines(count, dst):
    """`count` short lines of page furniture (share and subscribe prompts), one per line."""
    with open(dst, "w", encoding="utf-8") as f:
        f.write("\n".join("Share on Facebook" if i % 3 == 0 else f"Click here to subscribe {i}" for i in range(count)) + "\n")


def many_names(count, dst):
    """`count` words of a few capitalized names, "said" and full stops: many sources of a few surnames."""
    words = ["John", "Smith", "Mary", "Jones", "Council", "Agency", "said", "."]
    with open(dst, "w", encoding="utf-8") as f:
        f.write(" ".join(words[(i * 7 + i // 8) % len(words)] for i in range(count)) + "\n")


def galleries(count, dst):
    """`count` photo galleries ("1/12" slide counters with captions), each followed by paragraphs
    of prose separated by single "Advertisement" lines: many galleries, each near many gaps
    between kept blocks, which the cleaner's island rule looks at."""
    prose = ("The council met on day {} to debate the budget for the coming year, and most of the members said "
             "that the schools and the parks should get more of the money than they did in the last year.")
    out, p = [], 0
    for g in range(count):
        total = 3 + g % 9000
        for slide in (1, 2, 3):
            out.append(f"{slide}/{total}")
            out.append(prose.format(p))
            p += 1
        for _ in range(4):
            out.append(prose.format(p))
            p += 1
            out.append("Advertisement")
    with open(dst, "w") as f:
        f.write("\n\n".join(out) + "\n")


def teaser_pairs(count, dst):
    """`count` headline-and-summary pairs between paragraphs of prose: a run of teasers with the
    kept text on both sides, which the cleaner's teaser rule looks at from each of its headlines."""
    prose = ("The council met on {} night to debate the budget for the coming year, and most of the members said "
             "that the schools and the parks should get more of the money than they did in the last year.")
    pairs = [f"Council Approves New Budget For District {i}\n\n"
             f"The members voted on the plan for the schools of district {i} after a long debate." for i in range(count)]
    blocks = [prose.format("Monday"), prose.format("Tuesday")] + pairs + [prose.format("Friday"), prose.format("Sunday")]
    with open(dst, "w", encoding="utf-8") as f:
        f.write("\n\n".join(blocks) + "\n")


def _cycled(words, target_bytes):
    """The words repeated in a fixed, irregular order up to target_bytes."""
    out, size, i = [], 0, 0
    while size < target_bytes:
        word = words[(i * 7 + i // len(words)) % len(words)]
        out.append(word)
        size += len(word) + 1
        i += 1
    return " ".join(out)


def write_folder(corpus, dst, limit=None):
    """The corpus's articles as one text file each, 100 to a subfolder (how many archives look)."""
    if os.path.isdir(dst):
        shutil.rmtree(dst)
    count = 0
    with open(corpus, encoding="utf-8") as f:
        for line in f:
            if limit is not None and count >= limit:
                break
            folder = os.path.join(dst, f"{count // 100:04d}")
            os.makedirs(folder, exist_ok=True)
            with open(os.path.join(folder, f"{count:06d}.txt"), "w", encoding="utf-8") as out:
                out.write(json.loads(line)["text"])
            count += 1
    return count


def head(src, dst, lines):
    with open(src, encoding="utf-8") as f, open(dst, "w", encoding="utf-8") as out:
        for k, line in enumerate(f):
            if k >= lines:
                break
            out.write(line)


def input_shapes(args, base, run, corpus, results):
    """What else users run: the other corpora beside this one (other languages), each output
    format, and the same articles as a folder of text files instead of one JSON Lines file."""
    folder = os.path.dirname(corpus)
    for name in sorted(os.listdir(folder)):
        other = os.path.join(folder, name)
        if name.endswith(".jsonl") and other != corpus:
            docs, size, _ = corpus_stats(other)
            row = run(f"{name}, --jobs 1, all plugins", base + ["--jobs", "1", other], size / 1e6, docs, args.repeat)
            results[f"mb_per_s {name}"] = row["mb_per_s"]
    sample = os.path.join(args.work, "corpus_2000.jsonl")
    head(corpus, sample, 2000)
    docs, size, _ = corpus_stats(sample)
    for fmt in ("jsonl", "csv", "text", "html"):
        row = run(f"first 2,000 articles, --format {fmt}, --jobs 1",
                  [base[0], "--quiet", "--format", fmt, "--jobs", "1", sample], size / 1e6, docs, args.repeat)
        results[f"cpu_seconds format {fmt}"] = row["cpu_seconds"]
    files = os.path.join(args.work, "folder")
    count = write_folder(corpus, files)
    _, size, _ = corpus_stats(corpus)
    row = run(f"the corpus as {count:,} text files in a folder, --jobs 1", base + ["--jobs", "1", files], size / 1e6, count, args.repeat)
    results["cpu_seconds folder"] = row["cpu_seconds"]


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--corpus", default=os.path.join(ROOT, "..", "shared", "corpora", "news_en_10mb.jsonl"))
    parser.add_argument("--analyze", default=os.path.join(ROOT, ".build", "release", "analyze"))
    parser.add_argument("--work", default="/tmp/copydesk-e2e")
    parser.add_argument("--repeat", type=int, default=3, help="runs per small measurement (best is kept)")
    parser.add_argument("--gigabyte", action="store_true", help="also run a ~1 GB input with --jobs 2")
    parser.add_argument("--skip-pathological", action="store_true")
    parser.add_argument("--skip-shapes", action="store_true",
                        help="skip the other corpora, the output formats and the folder of text files")
    parser.add_argument("--pages", default=os.path.join(ROOT, "..", "shared", "boilerplate-dev", "html"),
                        help="a folder of web pages for the 1- and 2-job HTML rows (skipped when missing)")
    args = parser.parse_args()

    load = os.getloadavg()
    corpus = os.path.abspath(args.corpus)
    analyze = os.path.abspath(args.analyze)
    os.makedirs(args.work, exist_ok=True)
    docs, size, words = corpus_stats(corpus)
    mb = size / 1e6
    rows, results = [], {"corpus": corpus, "docs": docs, "bytes": size, "whitespace_words": words}

    def run(label, cmd, megabytes, documents, n=1):
        (seconds, rss, code, cpu), peak = best_of(n, cmd)
        rate = megabytes / seconds if seconds else float("inf")
        row = {"label": label, "seconds": seconds, "cpu_seconds": cpu, "peak_rss_mb": peak / 1024, "exit": code,
               "mb_per_s": rate, "docs_per_s": documents / seconds if seconds else None}
        rows.append(row)
        print(f"  {label}: {seconds:.2f} s ({cpu:.2f} s CPU), {rate:.2f} MB/s, peak RSS {peak / 1024:.1f} MB, exit {code}", file=sys.stderr)
        return row

    base = [analyze, "--format", "jsonl", "--quiet"]
    print(f"corpus {corpus}: {docs} docs, {mb:.2f} MB", file=sys.stderr)
    j1 = run("corpus, --jobs 1, all plugins", base + ["--jobs", "1", corpus], mb, docs, args.repeat)
    j2 = run("corpus, --jobs 2, all plugins", base + ["--jobs", "2", corpus], mb, docs, args.repeat)
    run("corpus, --jobs 1, --plugins none", base + ["--jobs", "1", "--plugins", "none", corpus], mb, docs, args.repeat)
    results["scaling_1_to_2_jobs"] = j1["seconds"] / j2["seconds"]
    results["cpu_ratio_2_jobs_to_1"] = j2["cpu_seconds"] / j1["cpu_seconds"]
    # The VM's speed drifts from minute to minute, so best-of figures taken a minute apart can
    # disagree by 30 %: also run 1 and 2 jobs back to back, pair by pair, and keep the median
    # of the pairs' ratios.
    ratios = []
    for _ in range(max(3, args.repeat)):
        one = timed(base + ["--jobs", "1", corpus])[0]
        two = timed(base + ["--jobs", "2", corpus])[0]
        ratios.append(one / two)
    results["scaling_1_to_2_jobs_paired"] = sorted(ratios)
    results["scaling_1_to_2_jobs_paired_median"] = statistics.median(ratios)
    # The same work as two independent processes: what these two cores give any program.
    alone = best_of(args.repeat, base + ["--jobs", "1", corpus])[0][0]
    pair = pair_wall(base + ["--jobs", "1", corpus], args.repeat)
    results["machine_ceiling_2_processes"] = 2 * alone / pair
    print(f"  two --jobs 1 runs at once: {pair:.2f} s for both, one alone {alone:.2f} s", file=sys.stderr)
    if os.path.isdir(args.pages):
        pages = len([f for f in os.listdir(args.pages) if f.endswith((".html", ".htm"))])
        size_pages = sum(os.path.getsize(os.path.join(args.pages, f)) for f in os.listdir(args.pages)) / 1e6
        p1 = run("web pages, --jobs 1", base + ["--jobs", "1", args.pages], size_pages, pages, args.repeat)
        p2 = run("web pages, --jobs 2", base + ["--jobs", "2", args.pages], size_pages, pages, args.repeat)
        results["scaling_1_to_2_jobs_pages"] = p1["seconds"] / p2["seconds"]

    if not args.skip_shapes:
        input_shapes(args, base, run, corpus, results)

    tiny = os.path.join(args.work, "one_sentence_documents.jsonl")
    one_sentence_documents(docs, tiny)
    t = run("one-sentence documents (as many as the corpus), --jobs 1", base + ["--jobs", "1", tiny],
            os.path.getsize(tiny) / 1e6, docs, args.repeat)
    results["cpu_microseconds_per_one_sentence_document"] = t["cpu_seconds"] / docs * 1e6
    joined = os.path.join(args.work, "corpus_joined_by_10.jsonl")
    joined_docs = joined_articles(corpus, 10, joined)
    jt = run("corpus, 10 articles per document, --jobs 1", base + ["--jobs", "1", joined],
             os.path.getsize(joined) / 1e6, joined_docs, args.repeat)
    results["cpu_ratio_joined_to_corpus"] = jt["cpu_seconds"] / j1["cpu_seconds"]

    big = os.path.join(args.work, "corpus_x10.jsonl")
    repeat_file(corpus, big, 10)
    x10 = run("corpus x10, --jobs 1, all plugins", base + ["--jobs", "1", big], mb * 10, docs * 10)
    results["linearity_corpus_x10"] = x10["seconds"] / j1["seconds"]
    results["linearity_corpus_x10_cpu"] = x10["cpu_seconds"] / j1["cpu_seconds"]
    # A VM may run slower under sustained load than in a one-second burst: ten single runs back
    # to back are the fair measure for one run of ten times the input.
    ten_runs_cpu = sum(timed(base + ["--jobs", "1", corpus])[3] for _ in range(10))
    results["linearity_corpus_x10_vs_ten_runs_cpu"] = x10["cpu_seconds"] / ten_runs_cpu

    if args.gigabyte:
        times = max(1, round(1e9 / size))
        gb = os.path.join(args.work, f"corpus_x{times}.jsonl")
        repeat_file(corpus, gb, times)
        run(f"corpus x{times} (~{mb * times / 1000:.2f} GB), --jobs 2", base + ["--jobs", "2", gb], mb * times, docs * times)
        os.remove(gb)

    if not args.skip_pathological:
        text = base + ["--jobs", "1", "--input-format", "text"]
        cases = []
        for name, small, large, make in [
            ("one-line paragraph, 5 MB vs 50 MB", 5_000_000, 50_000_000, lambda n, p: long_line(corpus, n, p)),
            ("quotation marks, 10,000 vs 100,000", 10_000, 100_000, quotes),
            ("abbreviations only, 0.5 MB vs 5 MB", 500_000, 5_000_000, abbreviations),
            ("one sentence, 0.5 MB vs 5 MB", 500_000, 5_000_000, one_sentence),
            ("one-line paragraphs, 10,000 vs 100,000", 10_000, 100_000, one_line_paragraphs),
            ("furniture lines, 10,000 vs 100,000", 10_000, 100_000, furniture_lines),
            ("a few surnames, 10,000 vs 100,000 words", 10_000, 100_000, many_names),
            ("teaser pairs in prose, 10,000 vs 100,000", 10_000, 100_000, teaser_pairs),
            ("photo galleries between ads, 900 vs 9,000", 900, 9_000, galleries),
        ]:
            paths = []
            for n in (small, large):
                p = os.path.join(args.work, f"{name.split(',')[0].replace(' ', '_')}_{n}.txt")
                make(n, p)
                paths.append(p)
            a = run(f"{name} — base ({os.path.getsize(paths[0]) / 1e6:.2f} MB)", text + [paths[0]], os.path.getsize(paths[0]) / 1e6, 1)
            b = run(f"{name} — 10x ({os.path.getsize(paths[1]) / 1e6:.2f} MB)", text + [paths[1]], os.path.getsize(paths[1]) / 1e6, 1)
            ratio = b["cpu_seconds"] / a["cpu_seconds"] if a["cpu_seconds"] else float("inf")
            cases.append((name, ratio))
            results[f"linearity {name}"] = ratio

    results["rows"] = rows
    with open(os.path.join(args.work, "results.json"), "w") as f:
        json.dump(results, f, indent=2)

    print(f"load average before the run: {load[0]:.2f} (other processes share these cores: compare CPU with wall time)")
    print("| measurement | wall (s) | CPU user+sys (s) | MB/s (wall) | docs/s | peak RSS (MB) | exit |")
    print("|---|---:|---:|---:|---:|---:|---:|")
    for r in rows:
        docs_s = f"{r['docs_per_s']:.0f}" if r["docs_per_s"] else ""
        print(f"| {r['label']} | {r['seconds']:.2f} | {r['cpu_seconds']:.2f} | {r['mb_per_s']:.2f} | {docs_s} | {r['peak_rss_mb']:.1f} | {r['exit']} |")
    print()
    print(f"1 -> 2 jobs speed-up: {results['scaling_1_to_2_jobs']:.2f}x (target >= 1.8x); "
          f"CPU time with 2 jobs / 1 job: {results['cpu_ratio_2_jobs_to_1']:.2f}")
    paired = ", ".join(f"{r:.2f}" for r in results["scaling_1_to_2_jobs_paired"])
    print(f"1 -> 2 jobs, back-to-back pairs: median {results['scaling_1_to_2_jobs_paired_median']:.2f}x ({paired})")
    print(f"this machine's 2-core ceiling (two separate --jobs 1 runs at once vs one alone): "
          f"{results['machine_ceiling_2_processes']:.2f}x")
    if "scaling_1_to_2_jobs_pages" in results:
        print(f"web pages, 1 -> 2 jobs: {results['scaling_1_to_2_jobs_pages']:.2f}x")
    print(f"one-sentence documents: {results['cpu_microseconds_per_one_sentence_document']:.0f} µs of CPU each; "
          f"the corpus joined 10 articles per document took {results['cpu_ratio_joined_to_corpus']:.2f}x the CPU of the corpus")
    print(f"corpus x10 time ratio: {results['linearity_corpus_x10']:.2f} wall, "
          f"{results['linearity_corpus_x10_cpu']:.2f} CPU (target <= 11)")
    print(f"corpus x10 against ten single runs back to back: {results['linearity_corpus_x10_vs_ten_runs_cpu']:.2f}x "
          f"the CPU (1.00 is linear; 1.10 is the target's 11x)")
    for key, value in results.items():
        if key.startswith("linearity ") and key != "linearity_corpus_x10":
            print(f"{key[10:]}: 10x input took {value:.2f}x the CPU time (target <= 11)")


if __name__ == "__main__":
    main()
