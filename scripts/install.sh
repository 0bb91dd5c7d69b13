#!/usr/bin/env bash
# Builds a release nbrun with the Swift runtime linked statically and installs it, so it runs without Swift:
#   scripts/install.sh [PREFIX]      PREFIX is the folder for the binary (default ~/.local/bin)
# libcmark-gfm stays a system library: the machine that runs nbrun needs it and its extensions (Debian/Ubuntu:
# apt-get install libcmark-gfm0.29.0.gfm.6 libcmark-gfm-extensions0.29.0.gfm.6, or the packages of its release), and
# nothing else beyond the C and C++ runtime every Linux has.
# NBRUN_INSTALL_DRY_RUN=1 prints what would be done and does nothing (the test of the arguments uses it).
set -euo pipefail

usage() {
  echo "usage: scripts/install.sh [PREFIX]"
  echo "  builds nbrun (release, Swift runtime linked statically) and copies it to PREFIX/nbrun"
  echo "  PREFIX defaults to ~/.local/bin"
}

case "${1:-}" in
  -h|--help) usage; exit 0 ;;
  -*) echo "install.sh: unknown option '$1'" >&2; usage >&2; exit 2 ;;
esac
if [ $# -gt 1 ]; then
  echo "install.sh: expected at most one argument, the folder to install into; got $#" >&2
  usage >&2
  exit 2
fi
prefix="${1:-${HOME:?HOME is not set; give the folder to install into}/.local/bin}"
[ -n "$prefix" ] || { echo "install.sh: the folder to install into is empty" >&2; exit 2; }
case "$prefix" in /*) ;; *) prefix="$PWD/$prefix" ;; esac
if [ -e "$prefix" ] && [ ! -d "$prefix" ]; then
  echo "install.sh: $prefix exists and is not a folder" >&2
  exit 2
fi

cd "$(dirname "$0")/.."
if [ "${NBRUN_INSTALL_DRY_RUN:-}" = 1 ]; then
  echo "install.sh: would build .build/release/nbrun and install it as $prefix/nbrun"
  exit 0
fi

scripts/setup.sh
flags=(-c release --product nbrun --static-swift-stdlib)
echo "install.sh: swift build ${flags[*]}" >&2
swift build "${flags[@]}"
binary="$(swift build "${flags[@]}" --show-bin-path)/nbrun"

mkdir -p "$prefix"
install -m 755 "$binary" "$prefix/nbrun.tmp.$$"
mv -f "$prefix/nbrun.tmp.$$" "$prefix/nbrun"
echo "nbrun installed as $prefix/nbrun ($(du -h "$prefix/nbrun" | cut -f1)); the Swift runtime is linked in, so it runs without Swift."
echo "It needs the libcmark-gfm shared libraries ($(ldd "$prefix/nbrun" 2>/dev/null | grep -o 'libcmark[^ ]*' | sort -u | tr '\n' ' ')): on another machine, apt-get install libcmark-gfm0.29.0.gfm.6 libcmark-gfm-extensions0.29.0.gfm.6 (or its release's libcmark-gfm packages)."
if command -v ldd >/dev/null && ldd "$prefix/nbrun" | grep -E 'libswift|libFoundation|libdispatch|libBlocksRuntime' >&2; then
  echo "install.sh: warning: the binary still needs the Swift runtime libraries above" >&2
fi
case ":$PATH:" in
  *":$prefix:"*) echo "It is on your PATH: run 'nbrun --help'." ;;
  *) echo "To run it as 'nbrun', add its folder to PATH, e.g. in ~/.bashrc or ~/.profile:"
     echo "  export PATH=\"$prefix:\$PATH\"" ;;
esac
