#!/usr/bin/env bash
# The files a distribution package installs besides the programs, each through
# the validator a distribution runs on it: the desktop entry, the AppStream
# metainfo, the manual pages (and that they name every option the programs
# take), the systemd unit, and the rendered icons' sizes.
#
#   tst_packaging_assets.sh PACKAGING_DIR MAN_DIR ICON_DIR BOOTTORRENT BTTUI SIZE...
#
# MAN_DIR holds man1/*.1.gz as built, ICON_DIR the rendered hicolor tree.
# Exit status: 0 when everything passes, 1 when something fails (each failure
# is one line), 77 when a validator is not installed.
set -uo pipefail

[ $# -ge 6 ] || { echo "usage: $0 PACKAGING_DIR MAN_DIR ICON_DIR BOOTTORRENT BTTUI SIZE..." >&2; exit 2; }
src=$1 man_dir=$2 icon_dir=$3 boottorrent=$4 bttui=$5
shift 5
sizes=("$@")
app_id=org.boottorrent.BootTorrent

missing=()
for tool in desktop-file-validate:desktop-file-utils appstreamcli:appstream groff:groff-base \
    systemd-analyze:systemd man:man-db python3:python3; do
    command -v "${tool%%:*}" >/dev/null || missing+=("${tool%%:*} (package ${tool#*:})")
done
if [ ${#missing[@]} -gt 0 ]; then
    echo "SKIP: not installed: ${missing[*]}"
    exit 77
fi

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
failures=0
fail() {
    echo "FAIL: $*"
    failures=$((failures + 1))
}
pass() {
    echo "ok: $*"
}

# --- Desktop entry ---------------------------------------------------------------
desktop=$src/$app_id.desktop
out=$(desktop-file-validate "$desktop" 2>&1)
status=$?
[ -z "$out" ] || echo "$out"
if [ $status -ne 0 ] || grep -qE '(error|warning):' <<<"$out"; then
    fail "desktop-file-validate $desktop"
else
    pass "desktop-file-validate"
fi
# The app announces this desktop file (Wayland's app id, the taskbar's icon).
gui=$src/../ui/gui.cpp
grep -qF "setDesktopFileName(QStringLiteral(\"$app_id\"))" "$gui" ||
    fail "$gui does not set the desktop file name $app_id"

# --- AppStream metainfo ------------------------------------------------------------
metainfo=$src/$app_id.metainfo.xml
out=$(appstreamcli validate --no-net "$metainfo" 2>&1)
status=$?
echo "$out"
if [ $status -ne 0 ] || grep -qE '^[EW]: ' <<<"$out"; then
    fail "appstreamcli validate --no-net $metainfo"
else
    pass "appstreamcli validate"
fi
grep -qF "<launchable type=\"desktop-id\">$app_id.desktop</launchable>" "$metainfo" ||
    fail "$metainfo does not launch $app_id.desktop"

# --- Manual pages ------------------------------------------------------------------
for page in boottorrent.1 bttui.1; do
    out=$(groff -man -ww -z "$src/$page" 2>&1)
    if [ -n "$out" ]; then
        echo "$out"
        fail "groff -man -ww -z $page"
    else
        pass "groff -man -ww $page"
    fi
    [ -s "$man_dir/man1/$page.gz" ] && gzip -dc "$man_dir/man1/$page.gz" | cmp -s - "$src/$page" ||
        fail "$man_dir/man1/$page.gz is not $page as built"
done

# Every option that a program's --help names is in its manual page.
options_of() {
    grep -oE '(^|[[:space:][])--[a-z][a-z0-9-]*' | grep -oE -- '--[a-z0-9-]+' | sort -u
}
check_options() { # PAGE HELP-TEXT
    local page=$1 help=$2 option
    [ -n "$help" ] || { fail "no --help text for $page"; return; }
    for option in $(options_of <<<"$help"); do
        grep -qF -- "${option//-/\\-}" "$src/$page" || fail "$page does not describe $option"
    done
}
before=$failures
help=$("$boottorrent" --help)
check_options boottorrent.1 "$help"
commands=$(sed -n '/^Commands:/,/^$/s/^  \([a-z][a-z0-9]*\) .*/\1/p' <<<"$help")
[ -n "$commands" ] || fail "boottorrent --help lists no commands"
for command in $commands; do
    grep -qE "^\.SS \"?$command " "$src/boottorrent.1" || fail "boottorrent.1 has no section for the command $command"
    check_options boottorrent.1 "$("$boottorrent" "$command" --help)"
done
check_options bttui.1 "$("$bttui" --help)"
[ $failures -eq $before ] && pass "the manual pages describe every option"

# --- systemd unit ------------------------------------------------------------------
# A copy that names the build's boottorrent (verify wants ExecStart= to
# exist), as the instance for /srv/lab; Documentation= resolves against the
# built manual pages.
# The unit is verified in a unit path of its own, with systemd's targets that
# its default dependencies name: in the machine's path, systemd-analyze would
# also load every unit this machine has enabled (multi-user.target.wants/...),
# and judge them too.
units=$work/units
mkdir -p "$units"
for target in sysinit.target basic.target shutdown.target network-online.target; do
    cp "/lib/systemd/system/$target" "$units/" || fail "systemd has no $target"
done
unit=$units/boottorrent-serve@$(systemd-escape --path /srv/lab).service
sed "s|@BT_BINDIR@|$(dirname "$boottorrent")|" "$src/boottorrent-serve@.service.in" >"$unit"
# systemd-analyze reports most mistakes (unknown keys, values it cannot
# parse) as a message and exit status 0: any message is a failure.
out=$(cd "$work" && MANPATH=$man_dir SYSTEMD_UNIT_PATH=$units systemd-analyze verify "$unit" 2>&1)
status=$?
if [ $status -ne 0 ] || [ -n "$out" ]; then
    echo "$out"
    fail "systemd-analyze verify boottorrent-serve@.service"
else
    pass "systemd-analyze verify"
fi
# A misspelt capability is dropped without a word: compare the capability sets
# that systemd parsed with those the unit lists.
dump=$(cd "$work" && MANPATH=$man_dir SYSTEMD_UNIT_PATH=$units SYSTEMD_LOG_LEVEL=debug systemd-analyze verify "$unit" 2>&1)
for key in CapabilityBoundingSet AmbientCapabilities; do
    wanted=$(sed -n "s/^$key=//p" "$unit" | tr 'A-Z ' 'a-z\n' | sort | xargs)
    parsed=$(sed -n "s/^[[:space:]]*$key: *//p" <<<"$dump" | tr ' ' '\n' | sort | xargs)
    if [ -z "$wanted" ]; then
        fail "the unit sets no $key"
    elif ! grep -qE "^[[:space:]]*$key:" <<<"$dump"; then
        echo "note: systemd-analyze shows no parsed $key; not compared"
    elif [ "$wanted" != "$parsed" ]; then
        fail "$key: the unit lists \"$wanted\", systemd understood \"$parsed\""
    fi
done

# --- Icons ---------------------------------------------------------------------------
before=$failures
for size in "${sizes[@]}"; do
    png=$icon_dir/${size}x${size}/apps/boottorrent.png
    if ! got=$(python3 - "$png" <<'EOF'
import struct, sys
with open(sys.argv[1], "rb") as f:
    head = f.read(24)
if len(head) < 24 or head[:8] != b"\x89PNG\r\n\x1a\n" or head[12:16] != b"IHDR":
    sys.exit("not a PNG")
print("%dx%d" % struct.unpack(">II", head[16:24]))
EOF
    ); then
        fail "$png is missing or not a PNG"
    elif [ "$got" != "${size}x${size}" ]; then
        fail "$png is $got, not ${size}x${size}"
    fi
done
[ -f "$src/../resources/icons/boottorrent.svg" ] || fail "resources/icons/boottorrent.svg is missing"
[ $failures -eq $before ] && pass "icons: ${sizes[*]} px"

if [ $failures -gt 0 ]; then
    echo "$failures failure(s)"
    exit 1
fi
echo "all packaging assets pass"
