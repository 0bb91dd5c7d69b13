#!/usr/bin/env bash
# Set-up, then the whole test suite (unit, golden files, end-to-end, committed reports up to date).
# The suite is XCTest only, so Swift Testing's empty run is switched off.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
swift build --product nbrun
swift test --disable-swift-testing "$@"
