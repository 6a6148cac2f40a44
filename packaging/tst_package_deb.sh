#!/usr/bin/env bash
# The Debian package as cpack makes it from this build: named
# boottorrent_<version>_amd64.deb, with the installed layout the programs look
# for (bin/boottorrent, lib/boottorrent/{bttui,phase1}, share/boottorrent/
# {demo,lab}, the polkit action, desktop entry, metainfo, icons, manual pages,
# the systemd unit, copyright and changelog), the programs serve runs as
# dependencies (dnsmasq-base, not dnsmasq), the libraries from
# dpkg-shlibdeps, and no lintian error.
#
#   tst_package_deb.sh BUILD_DIR VERSION
#
# Exit 0: passed; 1: failed; 77: skipped (dpkg-deb or dpkg-shlibdeps missing).
set -uo pipefail
build=$1
version=$2
fail() { echo "FAIL: $*" >&2; exit 1; }
for tool in dpkg-deb dpkg-shlibdeps; do
    command -v "$tool" >/dev/null || { echo "SKIP: $tool is not installed (package dpkg-dev)"; exit 77; }
done
work=$(mktemp -d /tmp/bt-package.XXXXXX)
trap 'rm -rf "$work"' EXIT

cpack --config "$build/CPackConfig.cmake" -G DEB -B "$work" >"$work/cpack.log" 2>&1 \
    || { tail -n 15 "$work/cpack.log"; fail "cpack -G DEB"; }
deb=$work/boottorrent_${version}_amd64.deb
[ -f "$deb" ] || fail "cpack made $(ls "$work"/*.deb 2>/dev/null), not $(basename "$deb")"

dpkg-deb -c "$deb" | awk '{print $6}' | sed 's@^\./@/@' >"$work/files"
for f in /usr/bin/boottorrent /usr/lib/boottorrent/bttui /usr/lib/boottorrent/phase1/kernel \
    /usr/lib/boottorrent/phase1/rootfs.gz /usr/lib/boottorrent/phase1/diff.gz /usr/lib/boottorrent/phase1/pxelinux.0 \
    /usr/share/boottorrent/demo/Boottorrent.yaml /usr/share/boottorrent/lab/simulated-client.sh \
    /usr/share/boottorrent/lab/pxe-dhcp.py /usr/share/polkit-1/actions/org.boottorrent.serve.policy \
    /usr/share/applications/org.boottorrent.BootTorrent.desktop \
    /usr/share/metainfo/org.boottorrent.BootTorrent.metainfo.xml \
    /usr/share/icons/hicolor/scalable/apps/boottorrent.svg /usr/share/icons/hicolor/48x48/apps/boottorrent.png \
    /usr/share/man/man1/boottorrent.1.gz /usr/lib/systemd/system/boottorrent-serve@.service \
    /usr/share/doc/boottorrent/copyright /usr/share/doc/boottorrent/changelog.gz \
    /usr/share/lintian/overrides/boottorrent; do
    grep -qx "$f" "$work/files" || fail "the package has no $f"
done
grep -q '^/usr/share/boottorrent/demo/out' "$work/files" && fail "the package carries a built out/ of the demo"
# The polkit action names the installed program, the one the desktop app runs.
dpkg-deb --fsys-tarfile "$deb" | tar -xO ./usr/share/polkit-1/actions/org.boottorrent.serve.policy \
    | grep -q '>/usr/bin/boottorrent<' || fail "the polkit action does not name /usr/bin/boottorrent"

depends=$(dpkg-deb -f "$deb" Depends)
for d in dnsmasq-base aria2 opentracker pkexec qt6-qpa-plugins libqt6core6 libtorrent-rasterbar2.0 libc6; do
    grep -Eq "(^|, )$d( |,|$)" <<<"$depends" || fail "Depends lacks $d: $depends"
done
grep -Eq '(^|, )dnsmasq( |,|$)' <<<"$depends" && fail "Depends names dnsmasq, whose own service takes the ports"
# The Phase-1 system's client libraries are no dependency of the host.
grep -q 'libslirp\|libpixman' <<<"$depends" && fail "Depends names the Phase-1 qemu's libraries: $depends"
dpkg-deb -f "$deb" Suggests | grep -q qemu-system-x86 || fail "qemu-system-x86 is not suggested"

if command -v lintian >/dev/null; then
    lintian --tag-display-limit 0 "$deb" >"$work/lintian" 2>&1
    grep '^E: ' "$work/lintian" && fail "lintian reports errors"
    echo "lintian: no errors, $(grep -c '^W: ' "$work/lintian") warnings"
else
    echo "lintian is not installed: not linted"
fi
echo "PASS: $(basename "$deb"), $(wc -l <"$work/files") entries"
