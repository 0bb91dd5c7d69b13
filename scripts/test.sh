#!/usr/bin/env bash
# Set-up (with Chromium for the browser tests), then the whole test suite (unit, golden files, end-to-end, browser,
# committed reports up to date).
# The suite is XCTest only, so Swift Testing's empty run is switched off.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh --browser
swift build --product nbrun
swift test --disable-swift-testing "$@"
