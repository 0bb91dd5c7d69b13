#!/bin/sh
# Writes Swift that declares the text of a .py file as a string constant of PythonPrelude (run at build time by
# the EmbedPython plugin): line_search.py becomes `static let lineSearch`. Usage: embed-python.sh INPUT.py OUTPUT.swift
set -eu
input="$1"; output="$2"
stem=$(basename "$input" .py)
name=$(printf '%s\n' "$stem" | awk -F_ '{ out = $1; for (i = 2; i <= NF; i++) out = out toupper(substr($i, 1, 1)) substr($i, 2); print out }')
if grep -q '"""##' "$input"; then
    echo "$input:1:1: error: the file contains \"\"\"##, which ends the Swift string it is embedded in" >&2
    exit 1
fi
if [ -n "$(tail -c 1 "$input")" ]; then
    echo "$input:1:1: error: the file must end with a line break" >&2
    exit 1
fi
{
    printf '// Generated at build time from %s.py by scripts/embed-python.sh; edit the .py file.\n' "$stem"
    printf 'extension PythonPrelude {\n    /// The text of `Sources/Report/Python/%s.py` (without its last line break).\n' "$stem"
    printf '    static let %s = ##"""\n' "$name"
    cat "$input"
    printf '"""##\n}\n'
} > "$output.partial"
mv "$output.partial" "$output"
