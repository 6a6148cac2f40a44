#!/usr/bin/env bash
# `boottorrent report`: the newest wave file of DIR/reports (no serve runs),
# its summary, CSV and PNG; bad input is one sentence naming the file or
# option, exit status 2.
#
#   tst_report_command.sh BOOTTORRENT
set -euo pipefail
BOOTTORRENT=$1
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
fail() { echo "FAIL: $*" >&2; exit 1; }

mkdir -p "$WORK/env/reports"
report() { # START SETTLED BOOTED_MS
    cat <<EOJ
{"status": "settled", "start": "$1", "settled": "$2", "settledBy": "booted", "machines": [
 {"mac": "52:54:00:18:00:01", "name": "front-left", "os": "demo", "state": "booted", "start": "$1",
  "toPhase1": 20000, "toDownloaded": 60000, "toBooted": $3, "bytesFromHost": 1048576, "bytesFromPeers": 3145728},
 {"mac": "52:54:00:18:00:02", "name": "", "os": "demo", "state": "booted", "start": "$1",
  "toPhase1": 21000, "toDownloaded": 100000, "toBooted": 130000, "bytesFromHost": 0, "bytesFromPeers": 4194304},
 {"mac": "52:54:00:18:00:03", "name": "", "os": "", "state": "failed", "message": "disk full", "start": "$1",
  "toPhase1": 25000, "toDownloaded": -1, "toBooted": -1}]}
EOJ
}
report 2026-11-29T09:00:00Z 2026-11-29T09:05:00Z 80000 >"$WORK/env/reports/wave-20261129T090500Z.json"
report 2026-11-30T10:00:00Z 2026-11-30T10:05:00Z 90000 >"$WORK/env/reports/wave-20261130T100500Z.json"

out=$("$BOOTTORRENT" report "$WORK/env" --csv "$WORK/wave.csv" --png "$WORK/wave.png") || fail "report failed: $out"
grep -q 'wave-20261130T100500Z.json' <<<"$out" || fail "report did not take the newest file: $out"
grep -q '2 machines booted in 2 min 10 s, 1 failed' <<<"$out" || fail "no summary: $out"
grep -q 'median time to booted 1 min 50 s' <<<"$out" || fail "no median: $out"
grep -q '^52:54:00:18:00:01  front-left' <<<"$out" || fail "no machine table: $out"
[ "$(wc -l <"$WORK/wave.csv")" -eq 4 ] || fail "the CSV has not one line per machine: $(cat "$WORK/wave.csv")"
grep -q '^52:54:00:18:00:01,front-left,,demo,booted,2026-11-30T10:00:00.000Z,20.0,60.0,90.0,1048576,3145728,' "$WORK/wave.csv" ||
    fail "the CSV lacks machine 1's times: $(cat "$WORK/wave.csv")"
grep -q '^130.0,2' "$WORK/wave-curve.csv" || fail "the curve CSV lacks the last boot: $(cat "$WORK/wave-curve.csv")"
[ "$(head -c 8 "$WORK/wave.png" | od -An -tx1 | tr -d ' \n')" = 89504e470d0a1a0a ] || fail "wave.png is no PNG"
[ "$(stat -c %s "$WORK/wave.png")" -gt 5000 ] || fail "wave.png is too small to hold a curve"
echo "ok: the newest report printed, CSV and PNG written"

out=$("$BOOTTORRENT" report "$WORK/env" --wave "$WORK/env/reports/wave-20261129T090500Z.json") || fail "--wave failed"
grep -q '2 machines booted in 2 min 10 s' <<<"$out" || fail "--wave did not read the file: $out"

# expect_bad STATUS TEXT ARGS...: the command fails with STATUS and one line holding TEXT.
expect_bad() {
    local want=$1 text=$2 status=0
    shift 2
    "$BOOTTORRENT" report "$@" >"$WORK/out" 2>"$WORK/err" || status=$?
    [ "$status" -eq "$want" ] || fail "report $* exited $status, not $want: $(cat "$WORK/err")"
    [ "$(wc -l <"$WORK/err")" -eq 1 ] || fail "report $* said not one line: $(cat "$WORK/err")"
    grep -qF -- "$text" "$WORK/err" || fail "report $* did not name $text: $(cat "$WORK/err")"
}
echo '{"status": "settled", "start": ' >"$WORK/broken.json"
expect_bad 2 "$WORK/broken.json" "$WORK/env" --wave "$WORK/broken.json"
echo '{"status": "settled", "start": "2026-11-30T10:00:00Z", "machines": [{"mac": "nope", "state": "booted"}]}' >"$WORK/hostile.json"
expect_bad 2 "machines[0].mac" "$WORK/env" --wave "$WORK/hostile.json"
expect_bad 2 "$WORK/missing.json" "$WORK/env" --wave "$WORK/missing.json"
expect_bad 2 "--png" "$WORK/env" --png "$WORK/wave.txt"
expect_bad 2 "--csv $WORK/no/such/folder/wave.csv" "$WORK/env" --csv "$WORK/no/such/folder/wave.csv"
expect_bad 2 "$WORK/nothing" "$WORK/nothing"
mkdir "$WORK/empty"
expect_bad 1 "holds no wave report" "$WORK/empty"
echo "PASS: boottorrent report"
