#!/bin/bash
# The menu on a real terminal (tmux 100x30): countdown visible, a key stops it, Down moves the
# selection, Enter downloads the chosen OS from the loopback swarm and prints its kexec command.
source "$(dirname "$0")/lab.sh"

LAB_TIMEOUT=8 lab_make_tree
lab_start_tracker
lab_start_seeder

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
screen | grep -qF "kexec -l $ROOT/rescue/vmlinuz --append=single && kexec -e" || { screen; fail "kexec command of the chosen OS not shown"; }
cmp "$SEED/rescue/vmlinuz" "$ROOT/rescue/vmlinuz" || fail "downloaded rescue kernel differs"
[ -e "$ROOT/linux/vmlinuz" ] && fail "the default OS was downloaded instead of the chosen one"
echo "PASS: Enter fetched the chosen OS over BitTorrent and printed its kexec command"
