#!/usr/bin/env bash
# Set-up, release build, then render the notebooks: scripts/render.sh [nbrun arguments]
# Without arguments it renders notebooks/gd.md to output/gd.html.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
swift build -c release --product nbrun >&2
if [ $# -eq 0 ]; then set -- notebooks/gd.md; fi
exec .build/release/nbrun "$@"
