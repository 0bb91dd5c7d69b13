#!/usr/bin/env bash
# Installs what nbrun needs on a fresh Debian machine that has only the Swift toolchain: libcmark-gfm-dev and
# libcmark-gfm-extensions-dev (GitHub's CommonMark parser with its table, strikethrough, autolink and task-list
# extensions), pkg-config, and the cmark-gfm command the GFM corpus test compares against. With --browser, also
# chromium, which the browser tests (Tests/EndToEndTests/BrowserTests.swift) drive headless; scripts/test.sh asks
# for it. Safe to run again: installs only what is missing.
set -euo pipefail
browser=false
for argument in "$@"; do
  case "$argument" in
    --browser) browser=true ;;
    *) echo "usage: scripts/setup.sh [--browser]" >&2; exit 2 ;;
  esac
done
missing=()
command -v pkg-config >/dev/null 2>&1 || missing+=(pkg-config)
[ -f /usr/include/cmark-gfm.h ] || missing+=(libcmark-gfm-dev)
[ -f /usr/include/cmark-gfm-core-extensions.h ] || missing+=(libcmark-gfm-extensions-dev)
command -v cmark-gfm >/dev/null 2>&1 || missing+=(cmark-gfm)
if $browser && ! command -v chromium >/dev/null 2>&1; then missing+=(chromium); fi
if [ ${#missing[@]} -gt 0 ]; then
  SUDO=""
  [ "$(id -u)" -ne 0 ] && SUDO="sudo"
  echo "setup: installing ${missing[*]}" >&2
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "${missing[@]}" >/dev/null
fi
