#!/usr/bin/env bash
# End-to-end check of scripts/install.sh (slow: a release build; not part of the test suite):
# installs into a temporary folder, checks that the binary needs no Swift runtime library (ldd; libcmark-gfm stays a
# system library), and renders the
# course in notebooks/ with a PATH that has no Swift toolchain on it (env -i PATH=/usr/bin:/bin).
set -euo pipefail
cd "$(dirname "$0")/.."
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
scripts/install.sh "$work/bin"
binary="$work/bin/nbrun"
echo "--- ldd $binary"
ldd "$binary"
if ldd "$binary" | grep -E 'libswift|libFoundation|libdispatch|libBlocksRuntime'; then
  echo "check-install: FAIL: the binary needs the libraries above" >&2
  exit 1
fi
if env -i PATH=/usr/bin:/bin sh -c 'command -v swift swiftc' >/dev/null; then
  echo "check-install: FAIL: /usr/bin or /bin holds a Swift toolchain, so this check cannot strip it" >&2
  exit 1
fi
echo "--- env -i PATH=/usr/bin:/bin $binary notebooks/ -o SITE"
start=$(date +%s)
env -i PATH=/usr/bin:/bin HOME="$work" "$binary" notebooks/ -o "$work/site"
echo "rendered in $(( $(date +%s) - start )) s"
for file in index.html gd.html gd.ipynb gd.py print.html 404.html zh/gd.html nbrun-math.woff2; do
  [ -s "$work/site/$file" ] || { echo "check-install: FAIL: $file was not written" >&2; exit 1; }
done
echo "check-install: OK: $(find "$work/site" -type f -not -path '*/.nbrun-cache/*' | wc -l) files rendered by the installed binary without Swift on PATH"
