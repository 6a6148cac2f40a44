#!/usr/bin/env bash
# `boottorrent lab --simulated 2` end to end: the lab sets up, its clients
# reach "booted" through every state, and teardown leaves no namespace and
# no process. Then a lab killed with SIGKILL: the next lab removes what it
# left.
#
#   tst_lab_simulated.sh BOOTTORRENT DEMO_ENV ARTIFACT_DIR
set -euo pipefail
source "$(dirname "$0")/lab-checks.sh" "$@"
require_root

lab_workspace bt-lab-test

# 1. Two simulated clients boot; the lab ends by itself and removes everything.
start_lab "$WORK/lab1.log" --simulated 2 --timeout 240 --work-dir "$WORK/run1" "$WORK/env"
pid=$LAB_PID
wait "$pid" || fail "boottorrent lab exited with $?: $(tail -20 "$WORK/lab1.log")"
grep -q "every client booted" "$WORK/lab1.log" || fail "the lab did not report every client booted"
for mac in 52:54:00:18:00:01 52:54:00:18:00:02; do
    check_booted_in_order "$WORK/run1/clients.json" "$mac"
done
grep -q "lab btlab$pid removed" "$WORK/lab1.log" || fail "the lab did not report its teardown"
check_clean "$pid" "$WORK"

# 2. A lab killed with SIGKILL cannot tear down; its children stop with it
#    and the next lab removes its namespaces.
start_lab "$WORK/lab2.log" --simulated 1 --keep-running --work-dir "$WORK/run2" "$WORK/env"
killed=$LAB_PID
for _ in $(seq 1 1200); do
    grep -q "every client booted" "$WORK/lab2.log" && break
    kill -0 "$killed" 2>/dev/null || fail "the second lab exited early: $(tail -20 "$WORK/lab2.log")"
    sleep 0.1
done
grep -q "every client booted" "$WORK/lab2.log" || fail "the second lab's client did not boot in 120 s"
kill -KILL "$killed"
wait "$killed" 2>/dev/null || true
[ -n "$(lab_namespaces "$killed")" ] || fail "a killed lab should leave its namespaces for the next lab"
start_lab "$WORK/lab3.log" --simulated 1 --timeout 240 --work-dir "$WORK/run3" "$WORK/env"
wait "$LAB_PID" || fail "the third lab exited with $?: $(tail -20 "$WORK/lab3.log")"
grep -q "removing btlab$killed-h, left by a lab whose process is gone" "$WORK/lab3.log" ||
    fail "the third lab did not remove the killed lab's namespaces"
check_clean "$killed" "$WORK"
check_clean "$LAB_PID" "$WORK"
echo "PASS: simulated lab booted, tore down, and cleared a killed lab"
