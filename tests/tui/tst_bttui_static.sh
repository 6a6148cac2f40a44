#!/bin/bash
# bttui runs in a Phase-1 system without shared libraries: it must be one static executable.
set -u
description=$(file -L "$1")
echo "$description"
case "$description" in
*"statically linked"*) ;;
*) echo "FAIL: bttui is not statically linked" >&2; exit 1 ;;
esac
case "$description" in
*x86-64*) ;;
*) echo "FAIL: bttui is not an x86-64 executable" >&2; exit 1 ;;
esac
if command -v ldd >/dev/null && ldd "$1" 2>&1 | grep -q '=>'; then
    echo "FAIL: ldd lists shared libraries" >&2
    exit 1
fi
echo "PASS: bttui is a static x86-64 executable"
