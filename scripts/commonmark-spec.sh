#!/usr/bin/env bash
# CommonMark conformance: fetches spec.txt of the CommonMark spec 0.29 (the version libcmark-gfm 0.29.0.gfm.6
# implements) from the `commonmark` 0.9.1 source distribution on PyPI, then runs CommonMarkSpecTests on it:
# every example renders as the spec says, except the five the autolink extension changes on purpose.
set -euo pipefail
cd "$(dirname "$0")/.."
dir=.build/commonmark-spec
if [ ! -f "$dir/spec.txt" ]; then
  mkdir -p "$dir"
  python3 -m pip download --quiet --no-deps --no-binary :all: commonmark==0.9.1 -d "$dir"
  tar -xzf "$dir/commonmark-0.9.1.tar.gz" -C "$dir" commonmark-0.9.1/spec.txt
  mv "$dir/commonmark-0.9.1/spec.txt" "$dir/spec.txt"
fi
scripts/setup.sh
swift build --build-tests
NBRUN_COMMONMARK_SPEC="$PWD/$dir/spec.txt" swift test --disable-swift-testing --skip-build --filter CommonMarkSpecTests
