#!/usr/bin/env bash
# Installs what nbrun needs on a fresh Debian machine that has only the Swift toolchain:
# libcmark-dev (CommonMark parser) and pkg-config. Safe to run again.
set -euo pipefail
missing=()
pkg-config --exists libcmark 2>/dev/null || missing+=(libcmark-dev)
command -v pkg-config >/dev/null 2>&1 || missing+=(pkg-config)
if [ ${#missing[@]} -gt 0 ]; then
  SUDO=""
  [ "$(id -u)" -ne 0 ] && SUDO="sudo"
  echo "setup: installing ${missing[*]}" >&2
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "${missing[@]}" >/dev/null
fi
