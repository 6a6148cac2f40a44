#!/bin/bash
# The menu on a real terminal (tmux 100x30): countdown visible, the default OS fetched while it
# runs, a key stops it, Down moves the selection, Enter downloads the chosen OS from the loopback
# swarm (dropping what was fetched of the default) and prints its kexec command; a countdown left
# to run out boots the default. In a client network namespace of its own, the host's entry for
# this machine's MAC is tested on the real menu too.
source "$(dirname "$0")/clientnamespace.sh"
source "$(dirname "$0")/lab.sh"
command -v python3 >/dev/null || fail "python3 is needed for the status recorder"

LAB_TIMEOUT=8 lab_make_tree
lab_start_tracker
lab_start_seeder
python3 "$(dirname "$0")/statusrecorder.py" "$STATUS_PORT" "$LAB/status.log" &
LAB_PIDS+=($!)
for _ in $(seq 50); do ss -Htln | grep -q ":$STATUS_PORT " && break; sleep 0.1; done

# fetched_during_countdown: the client reported fetching the default while the menu still counts.
fetched_during_countdown() {
    for _ in $(seq 40); do grep -q '"state":"downloading","os":"linux"' "$LAB/status.log" 2>/dev/null && break; sleep 0.1; done
    grep -q '"state":"downloading","os":"linux"' "$LAB/status.log" 2>/dev/null \
        || { cat "$LAB/status.log"; fail "the default OS was not fetched while the countdown ran"; }
    screen | grep -q "Booting Debian 12 in" || { screen; fail "the countdown ended before the default was fetched"; }
}

tmux_start "'$BTTUI' --dry-run --root '$ROOT'; echo BTTUI-EXIT=\$?; sleep 120"
wait_screen "Choose the operating system to boot"
screen | grep -q "> Debian 12  (default)" || { screen; fail "default OS not preselected"; }
screen | grep -q "host 127.0.0.1" || fail "host IP not shown"
screen | grep -qE "MAC ([0-9a-f]{2}:){5}[0-9a-f]{2}|MAC unknown" || fail "client MAC not shown"
first=$(screen | sed -n 's/.*Booting Debian 12 in \([0-9]*\) s.*/\1/p')
[ -n "$first" ] || fail "no countdown on screen"
sleep 2.2
second=$(screen | sed -n 's/.*Booting Debian 12 in \([0-9]*\) s.*/\1/p')
[ -n "$second" ] && [ "$second" -lt "$first" ] || fail "countdown did not count down ($first -> $second)"
echo "PASS: countdown runs ($first s -> $second s)"
fetched_during_countdown
echo "PASS: the default OS is fetched while the countdown runs"

keys x
wait_screen "Countdown stopped"
sleep $((second + 1))
screen | grep -q "Choose the operating system" || fail "default OS booted although a key was pressed"
echo "PASS: a key stops the countdown"

keys Down
wait_screen "> Rescue shell"
screen | grep -q "> Debian 12" && fail "selection did not move"
echo "PASS: Down moves the selection"

keys Enter
wait_screen "BTTUI-EXIT=0" 90
screen | grep -qF "kexec -l $ROOT/rescue/vmlinuz '--append=single bt.host=127.0.0.1 bt.status_port=$STATUS_PORT' && kexec -e" || { screen; fail "kexec command of the chosen OS not shown"; }
cmp "$SEED/rescue/vmlinuz" "$ROOT/rescue/vmlinuz" || fail "downloaded rescue kernel differs"
[ -e "$ROOT/linux" ] && fail "what was fetched of the default OS was left behind"
echo "PASS: Enter fetched the chosen OS over BitTorrent, dropped the default and printed its kexec command"

# Left alone, the countdown boots the default, which it has been fetching all along.
sed -i 's/timeout: 8,/timeout: 4,/' "$ROOT/Boottorrent.yaml"
: > "$LAB/status.log"
tmux_start "'$BTTUI' --dry-run --root '$ROOT'; echo BTTUI-EXIT=\$?; sleep 120"
wait_screen "Booting Debian 12 in"
fetched_during_countdown
wait_screen "BTTUI-EXIT=0" 90
screen | grep -qF "kexec -l $ROOT/linux/vmlinuz" || { screen; fail "kexec command of the default OS not shown"; }
cmp "$SEED/linux/vmlinuz" "$ROOT/linux/vmlinuz" || fail "downloaded default kernel differs"
echo "PASS: the countdown ran out and the default OS, fetched meanwhile, is booted"

# The host's entry for this machine: its name in the header, its own default and countdown.
if require_client_mac "per-machine menu and next_boot"; then
    cp "$ROOT/Boottorrent.yaml" "$LAB/Boottorrent.yaml.environment"
    cat >> "$ROOT/Boottorrent.yaml" <<YAML
machines:
  "$CLIENT_MAC": {name: pc-01, default_os: rescue, timeout: 60}
YAML
    tmux_start "'$BTTUI' --dry-run --root '$ROOT'; echo BTTUI-EXIT=\$?; sleep 120"
    wait_screen "Choose the operating system to boot"
    wait_screen "pc-01 ($CLIENT_MAC)"
    screen | grep -q "> Rescue shell  (default)" || { screen; fail "the machine's default_os is not preselected"; }
    left=$(screen | sed -n 's/.*Booting Rescue shell in \([0-9]*\) s.*/\1/p')
    [ -n "$left" ] && [ "$left" -gt 30 ] && [ "$left" -le 60 ] \
        || { screen; fail "the countdown does not run from the machine's timeout of 60 s (shows '$left')"; }
    keys Enter
    wait_screen "BTTUI-EXIT=0" 90
    screen | grep -qF "kexec -l $ROOT/rescue/vmlinuz" || { screen; fail "Enter did not boot the machine's default_os"; }
    echo "PASS: the menu names the machine and counts down to its own default_os"

    # next_boot: no menu at all, the named OS is fetched and booted at once.
    cp "$LAB/Boottorrent.yaml.environment" "$ROOT/Boottorrent.yaml"
    cat >> "$ROOT/Boottorrent.yaml" <<YAML
machines:
  "$CLIENT_MAC": {default_os: linux, next_boot: freedos}
YAML
    : > "$LAB/status.log"
    tmux_start "'$BTTUI' --dry-run --root '$ROOT'; echo BTTUI-EXIT=\$?; sleep 120"
    for _ in $(seq 900); do
        screen | grep -q "Choose the operating system" && { screen; fail "the menu was shown despite next_boot"; }
        screen | grep -q "BTTUI-EXIT=" && break
        sleep 0.1
    done
    wait_screen "BTTUI-EXIT=0" 1
    screen | grep -qF "cd $ROOT/freedos && /bin/sh $ROOT/qemu-runtime/run-qemu -fda odin1440.img -m 16" \
        || { screen; fail "qemu command of next_boot's OS not shown"; }
    grep -q '"state":"menu"' "$LAB/status.log" && fail "a menu state was reported despite next_boot"
    echo "PASS: next_boot fetches and boots its OS without showing the menu"
    cp "$LAB/Boottorrent.yaml.environment" "$ROOT/Boottorrent.yaml"
fi
