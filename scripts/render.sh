#!/usr/bin/env bash
# Set-up, release build, then render the notebooks: scripts/render.sh [nbrun arguments]
# Without arguments it renders the course in notebooks/: notebooks/gd.md to output/gd.html as one of its chapters,
# with the navigation of the committed output/ (rendering gd.md alone would give it the plain single-page layout).
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
swift build -c release --product nbrun >&2
if [ $# -eq 0 ]; then set -- notebooks/; fi
exec .build/release/nbrun "$@"
