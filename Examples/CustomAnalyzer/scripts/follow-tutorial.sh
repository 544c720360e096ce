#!/usr/bin/env bash
# Follows Docs/writing-an-analyzer.md literally in a temporary folder, so the guide cannot rot:
#   - every fenced block preceded by `<!-- file: PATH -->` is written to PATH (relative to the
#     folder the guide is in at that point) and must equal Examples/CustomAnalyzer/PATH;
#   - every fenced block preceded by `<!-- run -->` is run by bash, in document order, in one shell
#     (so `cd` carries over);
#   - every file of Examples/CustomAnalyzer (but this script) must be one of the guide's files;
#   - finally the built binary runs on Docs/examples/council-budget.txt and must report `jargon`.
# The only change made to the guide's files: the dependency `path: "../.."` points at this
# checkout instead. Set KEEP_TUTORIAL=1 to keep the temporary folder.
set -euo pipefail

example="$(cd "$(dirname "$0")/.." && pwd)"
root="$(cd "$example/../.." && pwd)"
guide="$root/Docs/writing-an-analyzer.md"
[ -f "$guide" ] || { echo "follow-tutorial: no guide at $guide" >&2; exit 1; }

work="$(mktemp -d "${TMPDIR:-/tmp}/copydesk-tutorial.XXXXXX")"
if [ "${KEEP_TUTORIAL:-}" = 1 ]; then
  echo "follow-tutorial: keeping $work" >&2
else
  trap 'rm -rf "$work"' EXIT
fi

# Turn the guide into a bash script: file blocks become here-documents followed by a check,
# run blocks are copied as they are.
awk '
  /^<!-- file: .* -->$/ { path = $0; sub(/^<!-- file: /, "", path); sub(/ -->$/, "", path); pending = "file"; next }
  /^<!-- run -->$/      { pending = "run"; next }
  /^```/ {
    if (inside) {
      if (inside == "file") { print "__TUTORIAL_FILE_END__"; print "tutorial_wrote '\''" path "'\''" }
      inside = ""; next
    }
    if (pending != "") {
      inside = pending; pending = ""
      if (inside == "file") { print "mkdir -p \"$(dirname '\''" path "'\'')\""; print "cat > '\''" path "'\'' <<'\''__TUTORIAL_FILE_END__'\''" }
      else { print "echo \"follow-tutorial: run block\" >&2" }
      next
    }
    skipping = !skipping; next
  }
  inside { print; next }
  /^[[:space:]]*$/ { next }
  { if (!skipping) pending = "" }
' "$guide" > "$work/tutorial.sh"

written="$work/written-files"
: > "$written"

# Called after each file block, in the guide's current folder.
tutorial_wrote() {
  local path="$1"
  echo "follow-tutorial: wrote $path" >&2
  if ! cmp -s "$path" "$example/$path"; then
    echo "follow-tutorial: $path in the guide differs from Examples/CustomAnalyzer/$path:" >&2
    diff -u "$example/$path" "$path" >&2 || true
    exit 1
  fi
  echo "$path" >> "$written"
  if [ "$path" = Package.swift ]; then
    grep -q 'path: "../.."' Package.swift || { echo "follow-tutorial: Package.swift has no path: \"../..\"" >&2; exit 1; }
    sed -i.orig "s|path: \"../..\"|path: \"$root\"|" Package.swift && rm -f Package.swift.orig
  fi
}
export -f tutorial_wrote
export example root written

[ "$(grep -c '^tutorial_wrote' "$work/tutorial.sh")" -gt 0 ] || { echo "follow-tutorial: no file blocks found in the guide" >&2; exit 1; }

start=$SECONDS
(cd "$work" && bash -euo pipefail "$work/tutorial.sh")
echo "follow-tutorial: the guide ran in $((SECONDS - start))s" >&2

# Every file of the example package must come from the guide.
missing=0
while IFS= read -r file; do
  file="${file#./}"
  if ! grep -qxF "$file" "$written"; then
    echo "follow-tutorial: Examples/CustomAnalyzer/$file is not in the guide" >&2
    missing=1
  fi
done < <(cd "$example" && find . -type f -not -path './.build*' -not -path './scripts/*' \
           -not -path './.swiftpm/*' -not -name Package.resolved | sort)
[ "$missing" = 0 ] || exit 1

# The guide's binary on the bundled example article.
package="$(dirname "$(find "$work" -name Package.swift -not -path '*/.build/*' | head -1)")"
binary="$(cd "$package" && swift build --show-bin-path)/custom-analyze"
output="$("$binary" --plugins jargon,tone --format json "$root/Docs/examples/council-budget.txt")"
if ! grep -q '"jargon"' <<<"$output"; then
  echo "follow-tutorial: no \"jargon\" report in the output:" >&2
  echo "$output" >&2
  exit 1
fi
echo "follow-tutorial: ok" >&2
