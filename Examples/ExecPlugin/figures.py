#!/usr/bin/env python3
"""A Copydesk out-of-process plugin: how dense an article is with figures.

Protocol (Docs/plugins/exec-protocol.md): Copydesk starts this once per run, writes one JSON
object per line on stdin (one analyzed document), and reads exactly one JSON object per line
back on stdout. Offsets are Unicode code point offsets, as Python's str indexes them.

Run it:  analyze --exec-plugin figures="python3 Examples/ExecPlugin/figures.py" article.txt
"""
import json
import sys


def analyze(request):
    text = request["text"]
    numbers = [t for t in request["tokens"] if t[2] == "number"]
    words = request["stats"]["words"] or 1
    percents = 0
    for start, end, _ in numbers:
        after = text[end:end + 9].lstrip().lower()
        if after.startswith("%") or after.startswith("percent") or after.startswith("per cent"):
            percents += 1
    return {
        "figures": len(numbers),
        "percentages": percents,
        "figures_per_1000_words": round(1000 * len(numbers) / words, 2),
        "first_figure": text[numbers[0][0]:numbers[0][1]] if numbers else None,
    }


def main():
    for line in sys.stdin:
        if not line.strip():
            continue
        try:
            reply = analyze(json.loads(line))
        except Exception as error:  # a reply per request, always
            reply = {"error": str(error)}
        sys.stdout.write(json.dumps(reply) + "\n")
        sys.stdout.flush()


if __name__ == "__main__":
    main()
