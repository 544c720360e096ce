#!/usr/bin/env bash
# The Copydesk library's DocC documentation, built with the toolchain's own `docc` (so library
# users resolve no documentation plugin). Any warning is an error: a ``Symbol`` link that does not
# resolve, a topic naming a symbol that is gone. CI runs it after the debug build.
#   scripts/build-docs.sh [OUTPUT]   (default .build/docs; serve it, e.g. python3 -m http.server -d OUTPUT,
#                                     and open /documentation/copydesk)
set -euo pipefail
cd "$(dirname "$0")/.."
out="${1:-.build/docs}"
docc="${DOCC:-$(command -v docc || xcrun --find docc)}"

swift package dump-symbol-graph --minimum-access-level public > /dev/null
graphs="$(dirname "$(swift build --show-bin-path)")/symbolgraph"
library="$(mktemp -d)"
trap 'rm -rf "$library"' EXIT
cp "$graphs"/Copydesk.symbols.json "$library"/
cp "$graphs"/Copydesk@*.symbols.json "$library"/ 2>/dev/null || true   # extensions of Swift's types

"$docc" convert Sources/Copydesk/Copydesk.docc \
  --additional-symbol-graph-dir "$library" \
  --fallback-display-name Copydesk --fallback-bundle-identifier org.copydesk.Copydesk \
  --transform-for-static-hosting \
  --warnings-as-errors \
  --output-path "$out"
echo "docs: $out/documentation/copydesk"
