#!/bin/bash
# Headless dry run end to end on loopback: bttui (with btfetch) downloads the real torrent from a real
# aria2c seeder found through a real opentracker, shares it, reports each state to the status
# endpoint, and prints the kexec command. The downloaded bytes equal the seeder's. It runs in a
# client network namespace of its own, so the host's entry for this machine's MAC can be tested.
source "$(dirname "$0")/clientnamespace.sh"
source "$(dirname "$0")/lab.sh"
command -v python3 >/dev/null || fail "python3 is needed for the status recorder"

lab_make_tree
lab_start_tracker
lab_start_seeder
python3 "$(dirname "$0")/statusrecorder.py" "$STATUS_PORT" "$LAB/status.log" &
LAB_PIDS+=($!)
for _ in $(seq 50); do ss -Htln | grep -q ":$STATUS_PORT " && break; sleep 0.1; done

timeout 120 "$BTTUI" --headless --dry-run --root "$ROOT" > "$LAB/out" 2> "$LAB/err"
status=$?
cat "$LAB/out"
[ "$status" = 0 ] || { cat "$LAB/err"; fail "headless dry run exit code $status"; }

expected="kexec -l $ROOT/linux/vmlinuz --initrd=$ROOT/linux/initrd.img '--append=quiet label='\\''my lab'\\'' bt.host=127.0.0.1 bt.status_port=$STATUS_PORT' && kexec -e"
[ "$(tail -n 1 "$LAB/out")" = "$expected" ] || fail "last line is not the kexec command: $expected"
cmp "$SEED/linux/vmlinuz" "$ROOT/linux/vmlinuz" || fail "vmlinuz differs from the seeder's"
cmp "$SEED/linux/initrd.img" "$ROOT/linux/initrd.img" || fail "initrd.img differs from the seeder's"
grep -q "^bttui: downloaded linux" "$LAB/out" || fail "no 'downloaded' event"
grep -q "^bttui: sharing linux" "$LAB/out" || fail "no 'sharing' event"
echo "PASS: downloaded through the tracker, bytes identical, kexec command printed"

# Status reports: JSON bodies on /api/v1/clients/<mac>, in the order of the boot.
for _ in $(seq 30); do grep -q '"state":"booting"' "$LAB/status.log" 2>/dev/null && break; sleep 0.1; done
cat "$LAB/status.log"
states=$(sed -n 's/.*"state":"\([a-z0-9-]*\)".*/\1/p' "$LAB/status.log" | uniq | tr '\n' ' ')
[ "$states" = "phase1-up downloading sharing booting " ] || fail "states posted: $states"
grep -qE '^/api/v1/clients/([0-9a-f]{2}:){5}[0-9a-f]{2} application/json \{"state":"phase1-up","os":"","progress":0,"message":"","firmware":"(bios|uefi|uefi-secureboot)"\}$' \
    "$LAB/status.log" || fail "phase1-up report malformed"
grep -qF '{"state":"booting","os":"linux","progress":100,"message":"kexec -l ' "$LAB/status.log" \
    || fail "booting report lacks the command"
echo "PASS: states posted: $states"

# A qemu OS brings the qemu runtime along, peer-to-peer too, and runs it in the OS folder.
timeout 120 "$BTTUI" --headless --dry-run --os freedos --root "$ROOT" > "$LAB/out" 2> "$LAB/err"
status=$?
cat "$LAB/out"
[ "$status" = 0 ] || { cat "$LAB/err"; fail "qemu dry run exit code $status"; }
kvm=""
[ -e /dev/kvm ] && kvm=" -enable-kvm"
expected="cd $ROOT/freedos && /bin/sh $ROOT/qemu-runtime/run-qemu -fda odin1440.img -m 16$kvm -display curses"
[ "$(tail -n 1 "$LAB/out")" = "$expected" ] || fail "last line is not the qemu command: $expected"
cmp "$SEED/freedos/odin1440.img" "$ROOT/freedos/odin1440.img" || fail "floppy image differs"
cmp "$SEED/qemu-runtime/bin/qemu-system-x86_64" "$ROOT/qemu-runtime/bin/qemu-system-x86_64" || fail "qemu differs"
[ -x "$ROOT/qemu-runtime/run-qemu" ] && [ -x "$ROOT/qemu-runtime/bin/qemu-system-x86_64" ] \
    || fail "the runtime's programs were not made executable"
echo "PASS: qemu OS fetched with its runtime, command printed"

# Without --dry-run the qemu runtime really starts while btfetch goes on
# sharing it (its files open for writing), and bttui waits for it to end.
timeout 120 "$BTTUI" --headless --os freedos --root "$ROOT" > "$LAB/out" 2> "$LAB/err"
status=$?
cat "$LAB/out"
[ "$status" = 0 ] || { cat "$LAB/err"; fail "qemu boot exit code $status"; }
grep -q "qemu stand-in ran in $ROOT/freedos: -fda odin1440.img -m 16" "$LAB/out" "$LAB/err" ||
    fail "the qemu runtime did not start while its torrent was shared: $(grep -h 'cannot start\|failed' "$LAB/out" "$LAB/err" | head -3)"
echo "PASS: the qemu runtime starts while btfetch shares it"

# Without --dry-run a bin OS really runs: bttui execs the downloaded program in its folder.
timeout 120 "$BTTUI" --headless --os memtest --root "$ROOT" > "$LAB/out" 2> "$LAB/err"
status=$?
cat "$LAB/out"
[ "$status" = 0 ] || { cat "$LAB/err"; fail "bin boot exit code $status"; }
[ "$(tail -n 1 "$LAB/out")" = "hello from $ROOT/memtest: --rounds 2 two  words" ] || fail "the bin OS did not run as configured"
echo "PASS: bin OS downloaded, made executable and run with its arguments"

# A torrent nobody seeds fails with a reason instead of hanging, and reports "failed".
timeout 60 "$BTTUI" --headless --dry-run --os orphan --stall-timeout 3 --root "$ROOT" > "$LAB/out" 2> "$LAB/err"
status=$?
cat "$LAB/out"
[ "$status" = 1 ] || fail "unseeded torrent: exit code $status, expected 1"
grep -q "^bttui: failed: orphan: no progress for 3 s" "$LAB/out" || fail "no failure reason printed"
for _ in $(seq 30); do grep -q '"state":"failed","os":"orphan"' "$LAB/status.log" && break; sleep 0.1; done
grep -q '"state":"failed","os":"orphan","progress":0,"message":"orphan: no progress for 3 s' "$LAB/status.log" \
    || fail "failed state not reported"
ls "$TMPDIR"/bttui-*-btfetch-orphan.log >/dev/null 2>&1 || fail "btfetch's log of the failure was not kept"
echo "PASS: unseeded torrent fails after the stall timeout and reports it"

# The host's entry for this machine (machines: in Boottorrent.yaml, keyed by its MAC):
# next_boot boots the named OS at once instead of the environment's default, without a menu
# or countdown; the entry of another machine changes nothing here.
if require_client_mac "per-machine next_boot and default_os"; then
    cp "$ROOT/Boottorrent.yaml" "$LAB/Boottorrent.yaml.environment"
    upper_mac=$(echo "$CLIENT_MAC" | tr a-f A-F)
    cat >> "$ROOT/Boottorrent.yaml" <<YAML
machines:
  "$upper_mac": {name: "pc-01\e[2J", next_boot: rescue, timeout: 600, wake_on_lan: true}
  "52:54:00:ff:ff:fe": {default_os: memtest, next_boot: freedos}
YAML
    : > "$LAB/status.log"
    timeout 120 "$BTTUI" --headless --dry-run --root "$ROOT" > "$LAB/out" 2> "$LAB/err"
    status=$?
    cat "$LAB/out"
    [ "$status" = 0 ] || { cat "$LAB/err"; fail "next_boot dry run exit code $status"; }
    grep -q "^bttui: client 198.18.0.2 mac $CLIENT_MAC, host 127.0.0.1$" "$LAB/out" \
        || fail "bttui did not find the namespace client's MAC $CLIENT_MAC"
    grep -qx "bttui: machine pc-01?\[2J" "$LAB/out" || fail "the machine's name was not shown, or not made printable"
    grep -q $'\e' "$LAB/out" && fail "an escape sequence from Boottorrent.yaml reached the output"
    grep -q "^bttui: next boot rescue, set by the host for this machine" "$LAB/out" || fail "no next_boot event"
    expected="kexec -l $ROOT/rescue/vmlinuz '--append=single bt.host=127.0.0.1 bt.status_port=$STATUS_PORT' && kexec -e"
    [ "$(tail -n 1 "$LAB/out")" = "$expected" ] || fail "last line is not rescue's kexec command: $expected"
    cmp "$SEED/rescue/vmlinuz" "$ROOT/rescue/vmlinuz" || fail "rescue's vmlinuz differs from the seeder's"
    for _ in $(seq 30); do grep -q '"state":"booting"' "$LAB/status.log" 2>/dev/null && break; sleep 0.1; done
    states=$(sed -n 's/.*"state":"\([a-z0-9-]*\)".*/\1/p' "$LAB/status.log" | uniq | tr '\n' ' ')
    [ "$states" = "phase1-up downloading sharing booting " ] || fail "next_boot states posted: $states"
    grep -q "^/api/v1/clients/$CLIENT_MAC " "$LAB/status.log" || fail "reports not posted for $CLIENT_MAC"
    grep -v '"state":"phase1-up"' "$LAB/status.log" | grep -qv '"os":"rescue"' \
        && { cat "$LAB/status.log"; fail "a report after phase1-up names another OS than rescue"; }
    echo "PASS: next_boot for this MAC boots rescue at once, named pc-01 on screen, reports os rescue"

    # default_os for this machine replaces the environment's: headless boots it after no menu.
    cp "$LAB/Boottorrent.yaml.environment" "$ROOT/Boottorrent.yaml"
    cat >> "$ROOT/Boottorrent.yaml" <<YAML
machines:
  "$CLIENT_MAC": {default_os: memtest}
YAML
    timeout 120 "$BTTUI" --headless --root "$ROOT" > "$LAB/out" 2> "$LAB/err"
    status=$?
    cat "$LAB/out"
    [ "$status" = 0 ] || { cat "$LAB/err"; fail "default_os boot exit code $status"; }
    [ "$(tail -n 1 "$LAB/out")" = "hello from $ROOT/memtest: --rounds 2 two  words" ] \
        || fail "the machine's default_os memtest did not run"
    grep -q "^bttui: next boot" "$LAB/out" && fail "a next_boot event without next_boot"
    echo "PASS: default_os for this MAC replaces the environment's default"
    cp "$LAB/Boottorrent.yaml.environment" "$ROOT/Boottorrent.yaml"
fi
