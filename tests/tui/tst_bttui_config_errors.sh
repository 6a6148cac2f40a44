#!/bin/bash
# Missing or malformed configuration: the menu shows a clear error screen and the headless mode
# exits 2 naming the file and the key. Never a crash.
source "$(dirname "$0")/lab.sh"

good_settings='boottorrent: {timeout: 5, default_os: linux, seed_time: 0, host_ip: 127.0.0.1}'
good_configs='linux: {dispname: "Debian 12", method: kexec, kernel: vmlinuz}'

make_root() {
    local dir="$LAB/$1"
    mkdir -p "$dir"
    [ -n "$2" ] && printf '%s\n' "$2" > "$dir/Boottorrent.yaml"
    [ -n "$3" ] && printf '%s\n' "$3" > "$dir/configs.yaml"
    echo "$dir"
}

# Headless: exit code 2 and one stderr line naming file and key.
expect_headless_error() {
    local root=$1 expected=$2 status
    "$BTTUI" --headless --dry-run --root "$root" > "$LAB/out" 2> "$LAB/err"
    status=$?
    [ "$status" = 2 ] || { cat "$LAB/out" "$LAB/err"; fail "headless exit code $status, expected 2 for: $expected"; }
    grep -qF -- "$expected" "$LAB/err" || { cat "$LAB/err"; fail "stderr lacks: $expected"; }
    echo "PASS: headless says: $(head -1 "$LAB/err")"
}

missing=$(make_root missing "$good_settings" "")
expect_headless_error "$missing" "$missing/configs.yaml: cannot read: No such file or directory"

nohost=$(make_root nohost 'boottorrent: {timeout: 5, default_os: linux}' "$good_configs")
expect_headless_error "$nohost" "$nohost/Boottorrent.yaml: boottorrent.host_ip: missing"

badyaml=$(make_root badyaml "$good_settings" $'linux: {dispname: "Debian 12", method: kexec\nrescue: [')
expect_headless_error "$badyaml" "$badyaml/configs.yaml: malformed YAML at line"

badmethod=$(make_root badmethod "$good_settings" 'linux: {method: floppy}')
expect_headless_error "$badmethod" "$badmethod/configs.yaml: linux.method: expected kexec, bin-qemu-x86_64 or bin, got 'floppy'"

badtimeout=$(make_root badtimeout 'boottorrent: {timeout: soon, host_ip: 127.0.0.1}' "$good_configs")
expect_headless_error "$badtimeout" "$badtimeout/Boottorrent.yaml: boottorrent.timeout: expected a whole number, got 'soon'"

badengine=$(make_root badengine "$good_settings"$'\nclient: {engine: utorrent}' "$good_configs")
expect_headless_error "$badengine" "$badengine/Boottorrent.yaml: client.engine: expected libtorrent, got 'utorrent'"

twopex=$(make_root twopex "$good_settings"$'\nclient: {peer_exchange: false}\naria2: {enable_peer_exchange: true}' "$good_configs")
expect_headless_error "$twopex" "$twopex/Boottorrent.yaml: client.peer_exchange: is false, but aria2.enable_peer_exchange (its original name) is true; keep only client.peer_exchange"

nodefault=$(make_root nodefault 'boottorrent: {host_ip: 127.0.0.1}' "$good_configs")
expect_headless_error "$nodefault" "boottorrent.default_os: missing, and no --os given"

"$BTTUI" --headless --root "$missing" --no-such-option 2> "$LAB/err"
[ $? = 2 ] && grep -q "unknown option '--no-such-option'" "$LAB/err" || fail "bad option not rejected with exit 2"
echo "PASS: unknown option exits 2"

# The menu shows an error screen instead of the menu; q leaves with exit code 2.
tmux_start "'$BTTUI' --dry-run --root '$missing'; echo BTTUI-EXIT=\$?; sleep 60"
wait_screen "Configuration error"
wait_screen "$missing/configs.yaml: cannot read"
screen | grep -q "Choose the operating system" && fail "menu shown despite missing configs.yaml"
keys q
wait_screen "BTTUI-EXIT=2"
echo "PASS: error screen for a missing file"
tmux -L "$TMUX_SOCKET" kill-server 2>/dev/null

tmux_start "'$BTTUI' --dry-run --root '$badyaml'; echo BTTUI-EXIT=\$?; sleep 60"
wait_screen "Configuration error"
wait_screen "configs.yaml: malformed YAML at line"
# r reads the files again: once fixed, the menu appears.
printf '%s\n' "$good_configs" > "$badyaml/configs.yaml"
keys r
wait_screen "Choose the operating system"
echo "PASS: error screen for malformed YAML, menu after the fix"
