#!/usr/bin/env bash
# Checks that bench/lab --quick runs and writes its table, CSV and plot: one
# row per method, and BootTorrent's row with a time. Never judges a timing.
#
#   check-lab-quick.sh LAB BOOTTORRENT BTTUI OUT
#
# Exit 0: passed; 1: failed; 77: skipped (not root / no namespaces).
set -uo pipefail
LAB=$1 BOOTTORRENT=$2 BTTUI=$3 OUT=$4
rm -rf "$OUT"
bash "$LAB" --quick --boottorrent "$BOOTTORRENT" --bttui "$BTTUI" --out "$OUT"
status=$?
[ $status -eq 77 ] && exit 77
[ $status -eq 0 ] || { echo "FAIL: bench/lab exited with $status"; exit 1; }
for f in results.md results.csv results.png; do
    [ -s "$OUT/$f" ] || { echo "FAIL: bench/lab wrote no $f"; exit 1; }
done
rows=$(grep -c '^| main | ' "$OUT/results.md")
[ "$rows" -eq 4 ] || { echo "FAIL: the table has $rows rows of the main series, expected one per method (4)"; exit 1; }
grep -Eq '^\| main \| BootTorrent \| 2 \| [0-9.]+ \| [0-9.]+ \| [0-9]+ \| [0-9.]+ \| ok \|' "$OUT/results.md" ||
    { echo "FAIL: BootTorrent's row has no time: $(grep '| BootTorrent |' "$OUT/results.md")"; exit 1; }
echo "PASS: bench/lab --quick wrote its table"
