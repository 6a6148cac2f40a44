#!/usr/bin/env bash
# Checks that bench/lab --quick runs and writes its table, CSV and plot: one
# row per method (BootTorrent's once per client engine), and BootTorrent's
# libtorrent row with a time and the CPU's idle and system share. Never judges
# a timing.
#
#   check-lab-quick.sh LAB BOOTTORRENT BTTUI OUT
#
# Exit 0: passed; 1: failed; 77: skipped (not root / no namespaces).
set -uo pipefail
LAB=$1 BOOTTORRENT=$2 BTTUI=$3 OUT=$4
rm -rf "$OUT"
# A bad value is refused before anything is set up.
bash "$LAB" --quick --client-queue 1 --out "$OUT" 2>"$OUT.err"
status=$?
[ $status -eq 2 ] && grep -q -- '--client-queue 1 is not a frame count' "$OUT.err" ||
    { echo "FAIL: --client-queue 1 exited with $status: $(cat "$OUT.err")"; rm -f "$OUT.err"; exit 1; }
rm -f "$OUT.err"
[ ! -e "$OUT" ] || { echo "FAIL: a refused command line wrote $OUT"; exit 1; }
bash "$LAB" --quick --boottorrent "$BOOTTORRENT" --bttui "$BTTUI" --out "$OUT"
status=$?
[ $status -eq 77 ] && exit 77
[ $status -eq 0 ] || { echo "FAIL: bench/lab exited with $status"; exit 1; }
for f in results.md results.csv results.png; do
    [ -s "$OUT/$f" ] || { echo "FAIL: bench/lab wrote no $f"; exit 1; }
done
# One row per method, BootTorrent's once per client engine found.
rows=$(grep -c '^| main | ' "$OUT/results.md")
engines=$(grep -c '^| main | BootTorrent (' "$OUT/results.md")
[ "$engines" -ge 1 ] && [ "$rows" -eq $((3 + engines)) ] ||
    { echo "FAIL: the table has $rows rows of the main series, expected one per method and engine (3 + $engines)"; exit 1; }
# series | method | N | B | S | T | T/(S/B) | host MiB | host/S | CPU idle % | CPU system % | status
grep -Eq '^\| main \| BootTorrent \(libtorrent\) \| 2 \| 100 \| 8 \| [0-9.]+ \| [0-9.]+ \| [0-9]+ \| [0-9.]+ \| [0-9.]+( \(CPU-bound\))? \| [0-9.]+ \| ok \|' "$OUT/results.md" ||
    { echo "FAIL: BootTorrent's row has no time or CPU share: $(grep '| BootTorrent (' "$OUT/results.md")"; exit 1; }
echo "PASS: bench/lab --quick wrote its table"
