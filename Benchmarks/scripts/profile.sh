#!/usr/bin/env bash
# Where the time goes: perf record (software cpu-clock, works without hardware counters) of the
# release `analyze` on the first ~3 MB of a JSON Lines corpus, then the top symbols, self and
# inclusive. Run by hand from anywhere; needs `perf` (Debian: linux-perf) and a release build.
#   Benchmarks/scripts/profile.sh [CORPUS.jsonl] [ANALYZE]
set -eu
root="$(cd "$(dirname "$0")/../.." && pwd)"
corpus="${1:-$root/../shared/corpora/news_en_10mb.jsonl}"
analyze="${2:-$root/.build/release/analyze}"
work="${TMPDIR:-/tmp}/copydesk-profile"
mkdir -p "$work"
head -c 3000000 "$corpus" | head -n -1 > "$work/sample.jsonl"
perf record -e cpu-clock -F 999 -g -o "$work/perf.data" \
  "$analyze" --format jsonl --quiet --jobs 1 "$work/sample.jsonl" > /dev/null
demangle() { if command -v swift >/dev/null; then swift demangle --simplified; else cat; fi; }
echo "== self time (top 25) =="
perf report -i "$work/perf.data" --no-children --sort symbol --stdio 2>/dev/null | grep -E '^ +[0-9]' | head -25 | demangle | cut -c1-160
echo "== inclusive time, Copydesk stages =="
perf report -i "$work/perf.data" --children --sort symbol --stdio 2>/dev/null | grep -E '^ +[0-9]' | demangle \
  | grep -E 'Pipeline\.run|CoreAnalysis\.analyze|Document\.init|NewsCleaner\.labels|Segmenter\.segment\(|ReadabilityCalculator\.count|QuotationFinder\.quotations\(in|LanguageDetector\.detect|Analyzer\.analyze\(_:context:\) in conformance|RecordJSON\.encode|RecordJSON\.write|JSONSerialization\.jsonObject|Pipeline\.init' \
  | cut -c1-160 | head -30
