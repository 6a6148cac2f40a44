#!/bin/bash
# bttui with the btfetch given as $2 (client.engine: libtorrent), headless and on the menu, end to
# end on loopback: btfetch fetches the torrents from the real aria2c seeder (the host's) found
# through the real opentracker of lab.sh; the bytes equal the seeder's, every state reaches the
# status endpoint, and the lines bench/lab and the other tests read are the ones they expect.
source "$(dirname "$0")/lab.sh"
BTFETCH=$(readlink -f "${2:-}")
[ -x "$BTFETCH" ] || fail "usage: $0 BTTUI BTFETCH (btfetch not found: ${2:-})"
command -v python3 >/dev/null || fail "python3 is needed for the status recorder"

lab_make_tree
lab_start_tracker
lab_start_seeder
printf 'client: {engine: libtorrent, peer_exchange: true, local_peer_discovery: false}\n' >> "$ROOT/Boottorrent.yaml"
python3 "$(dirname "$0")/statusrecorder.py" "$STATUS_PORT" "$LAB/status.log" &
LAB_PIDS+=($!)
for _ in $(seq 50); do ss -Htln | grep -q ":$STATUS_PORT " && break; sleep 0.1; done

run_bttui() {
    timeout 120 "$BTTUI" --headless --btfetch "$BTFETCH" "$@" \
        --root "$ROOT" > "$LAB/out" 2> "$LAB/err"
    status=$?
    cat "$LAB/out"
}

run_bttui --dry-run
[ "$status" = 0 ] || { cat "$LAB/err"; ls -l "$TMPDIR"; cat "$TMPDIR"/bttui-*-btfetch-*.log 2>/dev/null; fail "headless dry run exit code $status"; }
expected="kexec -l $ROOT/linux/vmlinuz --initrd=$ROOT/linux/initrd.img '--append=quiet label='\\''my lab'\\'' bt.host=127.0.0.1 bt.status_port=$STATUS_PORT' && kexec -e"
[ "$(tail -n 1 "$LAB/out")" = "$expected" ] || fail "last line is not the kexec command: $expected"
cmp "$SEED/linux/vmlinuz" "$ROOT/linux/vmlinuz" || fail "vmlinuz differs from the seeder's"
cmp "$SEED/linux/initrd.img" "$ROOT/linux/initrd.img" || fail "initrd.img differs from the seeder's"
# The lines bench/lab stamps its clients by, byte for byte.
grep -qx "bttui: downloading linux (Debian 12) with the libtorrent engine" "$LAB/out" || fail "no 'downloading' event"
grep -qxE "bttui: downloaded linux \([0-9.]+ [KMG]i?B\)" "$LAB/out" || fail "no 'downloaded' event"
grep -qx "bttui: sharing linux for up to 4 s" "$LAB/out" || fail "no 'sharing' event"
grep -qE "^bttui: ready to boot linux \((the tracker reports no peer still downloading|seed_time of 4 s reached)\)$" "$LAB/out" \
    || fail "no 'ready to boot' event"
ls "$TMPDIR"/bttui-*-btfetch-* >/dev/null 2>&1 && fail "btfetch's log or status file outlived a good run: $(ls "$TMPDIR")"
echo "PASS: downloaded through btfetch and the tracker, bytes identical, kexec command printed"

for _ in $(seq 30); do grep -q '"state":"booting"' "$LAB/status.log" 2>/dev/null && break; sleep 0.1; done
states=$(sed -n 's/.*"state":"\([a-z0-9-]*\)".*/\1/p' "$LAB/status.log" | uniq | tr '\n' ' ')
[ "$states" = "phase1-up downloading sharing booting " ] || fail "states posted: $states"
echo "PASS: states posted: $states"

# A qemu OS: two btfetch at once (the OS and the qemu runtime), each on a port of its own.
run_bttui --dry-run --os freedos
[ "$status" = 0 ] || { cat "$LAB/err"; cat "$TMPDIR"/bttui-*-btfetch-*.log 2>/dev/null; fail "qemu dry run exit code $status"; }
cmp "$SEED/freedos/odin1440.img" "$ROOT/freedos/odin1440.img" || fail "floppy image differs"
cmp "$SEED/qemu-runtime/bin/qemu-system-x86_64" "$ROOT/qemu-runtime/bin/qemu-system-x86_64" || fail "qemu differs"
[ -x "$ROOT/qemu-runtime/run-qemu" ] || fail "the runtime's programs were not made executable"
echo "PASS: qemu OS fetched with its runtime by two engines at once"

# Without --dry-run the qemu runtime starts while btfetch goes on sharing it, and a bin OS runs
# once btfetch let go of its files.
run_bttui --os freedos
[ "$status" = 0 ] || { cat "$LAB/err"; fail "qemu boot exit code $status"; }
grep -q "qemu stand-in ran in $ROOT/freedos: -fda odin1440.img -m 16" "$LAB/out" "$LAB/err" ||
    fail "the qemu runtime did not start while btfetch shared it"
run_bttui --os memtest
[ "$status" = 0 ] || { cat "$LAB/err"; fail "bin boot exit code $status"; }
[ "$(tail -n 1 "$LAB/out")" = "hello from $ROOT/memtest: --rounds 2 two  words" ] || fail "the bin OS did not run as configured"
echo "PASS: the qemu runtime runs while btfetch shares it, a bin OS runs after it"

# What is on disk already is checked and used: a second run ends the same.
run_bttui --dry-run
[ "$status" = 0 ] || { cat "$LAB/err"; fail "second dry run exit code $status"; }
cmp "$SEED/linux/vmlinuz" "$ROOT/linux/vmlinuz" || fail "vmlinuz differs after the second run"
echo "PASS: a second run over the data already there boots the same"

# A torrent nobody seeds fails with a reason instead of hanging, and btfetch's log is kept.
run_bttui --dry-run --os orphan --stall-timeout 3
[ "$status" = 1 ] || fail "unseeded torrent: exit code $status, expected 1"
grep -q "^bttui: failed: orphan: no progress for 3 s" "$LAB/out" || fail "no failure reason printed"
ls "$TMPDIR"/bttui-*-btfetch-orphan.log >/dev/null 2>&1 || fail "btfetch's log of the failure was not kept"
pgrep -f -- "--torrent $ROOT/orphan.torrent" && fail "btfetch still runs after the failure"
echo "PASS: unseeded torrent fails after the stall timeout, its engine stopped"

# A missing btfetch says so, instead of hanging.
timeout 60 "$BTTUI" --headless --dry-run --btfetch "$LAB/no-btfetch-here" --root "$ROOT" > "$LAB/out" 2> "$LAB/err"
status=$?
cat "$LAB/out"
[ "$status" = 1 ] || fail "missing btfetch: exit code $status, expected 1"
grep -q "^bttui: failed: linux: cannot start btfetch: $LAB/no-btfetch-here: No such file or directory" "$LAB/out" \
    || fail "a missing btfetch is not named"
echo "PASS: a missing btfetch is named"

# The menu on a real terminal (tmux): the countdown's default fetched through btfetch, Enter on
# another OS drops it, fetches that one and prints its kexec command.
sed -i 's/timeout: [0-9]*,/timeout: 8,/' "$ROOT/Boottorrent.yaml"
rm -rf "$ROOT/linux" "$ROOT/rescue"
tmux_start "'$BTTUI' --dry-run --btfetch '$BTFETCH' --root '$ROOT'; echo BTTUI-EXIT=\$?; sleep 120"
wait_screen "Choose the operating system to boot"
wait_screen "Booting Debian 12 in"
keys Down
wait_screen "> Rescue shell"
keys Enter
wait_screen "BTTUI-EXIT=0" 90
screen | grep -qF "kexec -l $ROOT/rescue/vmlinuz '--append=single bt.host=127.0.0.1 bt.status_port=$STATUS_PORT' && kexec -e" \
    || { screen; fail "kexec command of the chosen OS not shown"; }
cmp "$SEED/rescue/vmlinuz" "$ROOT/rescue/vmlinuz" || fail "downloaded rescue kernel differs"
[ -e "$ROOT/linux" ] && fail "what was fetched of the default OS was left behind"
echo "PASS: on the menu, Enter fetched the chosen OS through btfetch and printed its kexec command"
