#!/bin/bash
# The menu never freezes: with the default OS already on disk and a host whose tracker and status
# endpoint accept connections but never answer, the screen is read every 100 ms while a real
# btfetch shares the default. Enter must change the screen at once, and from then until the boot
# command (printed once bttui let go of the terminal) no screen may stay the same for longer
# than a countdown's second unless it says what bttui waits for. The same holds when the
# countdown runs out on its own.
source "$(dirname "$0")/clientnamespace.sh"
source "$(dirname "$0")/lab.sh"
command -v python3 >/dev/null || fail "python3 is needed for the screen watcher and the silent host"

LAB_TIMEOUT=6 lab_make_tree
cp -r "$SEED/linux" "$ROOT/linux"
# The silent host: takes every connection to the tracker and the status port, answers none.
python3 -c '
import socket, sys, time
held = []
for port in sys.argv[1:]:
    s = socket.socket()
    s.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    s.bind(("127.0.0.1", int(port)))
    s.listen(512)
    held.append(s)
time.sleep(3600)
' "$TRACKER_PORT" "$STATUS_PORT" &
LAB_PIDS+=($!)
for _ in $(seq 50); do ss -Htln | grep -q ":$STATUS_PORT " && break; sleep 0.1; done

# Enter once the default, fetched during the countdown, was shared for its second: what is left
# (stopping btfetch, the booting report, a scrape still under way) waits on btfetch or the host.
sed -i 's/seed_time: 4,/seed_time: 1,/' "$ROOT/Boottorrent.yaml"
tmux_start "'$BTTUI' --dry-run --root '$ROOT'; echo BTTUI-EXIT=\$?; sleep 120"
python3 "$(dirname "$0")/screenwatch.py" "$TMUX_SOCKET" --enter-on "Booting Debian 12 in 3 s" \
    --until "kexec -l $ROOT/linux/vmlinuz" || fail "Enter on the menu froze the screen"
wait_screen "BTTUI-EXIT=0"
echo "PASS: Enter is answered at once and every wait after it is named on screen"

# Left alone: from the countdown's first second to the boot command, sharing for four seconds.
sed -i 's/seed_time: 1,/seed_time: 4,/' "$ROOT/Boottorrent.yaml"
tmux_start "'$BTTUI' --dry-run --root '$ROOT'; echo BTTUI-EXIT=\$?; sleep 120"
wait_screen "Booting Debian 12 in"
python3 "$(dirname "$0")/screenwatch.py" "$TMUX_SOCKET" --until "kexec -l $ROOT/linux/vmlinuz" \
    || fail "the screen froze after the countdown"
wait_screen "BTTUI-EXIT=0"
echo "PASS: the countdown runs out into a screen that names every wait"
