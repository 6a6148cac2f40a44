#!/usr/bin/env bash
# Gives a test a real polkit without changing this machine: in a private mount
# namespace it adds the user bttest (uid/gid 4711), installs BootTorrent's
# polkit action with its exec path pointing at EXEC_PATH (the build tree's
# binary instead of the installed one), grants that one action to bttest by a
# rule, starts a system bus and polkitd of its own, and runs COMMAND as bttest.
# Every other action keeps its default, so `pkexec` of any other program is
# denied: a command that gets through pkexec got through our action.
#
#   polkit-sandbox.sh POLICY_FILE EXEC_PATH -- COMMAND [ARG...]
#
# POLICY_FILE is org.boottorrent.serve.policy(.in); its
# org.freedesktop.policykit.exec.path annotation is replaced by EXEC_PATH,
# which must be absolute. COMMAND runs in bttest's home folder, without a
# controlling terminal (a denied pkexec fails at once instead of asking for a
# password), in a clean environment: HOME USER LOGNAME, SHELL=/bin/sh, a
# standard PATH, BT_POLKIT_SANDBOX=1, and the caller's TERM, LANG, LC_ALL and
# BT_* variables. The network namespace is the caller's.
#
# Needs root. Exit status: COMMAND's; 77 (skipped) when pkexec, polkitd or
# dbus-daemon is missing, when not root or when a mount namespace is not
# allowed; 2 for bad usage; 125 when the sandbox could not be set up.
set -uo pipefail

readonly POLKITD=/usr/lib/polkit-1/polkitd
readonly ACTION_ID=org.boottorrent.serve
readonly TEST_USER=bttest TEST_ID=4711
readonly EXEC_KEY=org.freedesktop.policykit.exec.path

usage() {
    echo "usage: polkit-sandbox.sh POLICY_FILE EXEC_PATH -- COMMAND [ARG...]" >&2
    exit 2
}
skip() { echo "SKIP: $*"; exit 77; }
die() { echo "polkit-sandbox: $*" >&2; exit 125; }

inside=0
if [ "${1:-}" = --in-namespace ]; then
    inside=1
    shift
fi
[ $# -ge 4 ] && [ "$3" = -- ] || usage
POLICY=$1
EXEC_PATH=$2
shift 3

if [ $inside = 0 ]; then
    [ -r "$POLICY" ] || { echo "polkit-sandbox: cannot read the policy $POLICY" >&2; exit 2; }
    case $EXEC_PATH in
    /*) ;;
    *) echo "polkit-sandbox: EXEC_PATH must be absolute (pkexec matches it literally): $EXEC_PATH" >&2; exit 2 ;;
    esac
    case $EXEC_PATH in
    *[\<\>\&\"\|\\]*) echo "polkit-sandbox: EXEC_PATH has a character that cannot go into the policy: $EXEC_PATH" >&2; exit 2 ;;
    esac
    [ "$(id -u)" -eq 0 ] || skip "a private polkit needs root"
    command -v pkexec >/dev/null || skip "pkexec is not installed (Debian package pkexec)"
    [ -x "$POLKITD" ] || skip "polkitd is not installed (Debian package polkitd)"
    command -v dbus-daemon >/dev/null || skip "dbus-daemon is not installed (Debian package dbus-daemon)"
    command -v dbus-send >/dev/null || skip "dbus-send is not installed (Debian package dbus-bin)"
    [ -u "$(command -v pkexec)" ] || skip "pkexec is not setuid root"
    grep -q '^NoNewPrivs:[[:space:]]*1' /proc/self/status && skip "no_new_privs is set: pkexec cannot gain root"
    unshare --mount --propagation private true 2>/dev/null || skip "a private mount namespace is not allowed here"
    exec unshare --mount --propagation private bash "$0" --in-namespace "$POLICY" "$EXEC_PATH" -- "$@"
fi

# --- From here on: inside the private mount namespace, as root. ---

WORK=
MOUNTS=()
DBUS_PID=
POLKITD_PID=
COMMAND_PID=

stop_pid() {
    local pid=$1 i
    [ -n "$pid" ] || return 0
    kill -TERM "$pid" 2>/dev/null || return 0
    # A zombie has stopped; wait below reaps it.
    for i in $(seq 50); do
        [ -e /proc/$pid ] || break
        [ "$(awk '{print $3}' /proc/$pid/stat 2>/dev/null)" = Z ] && break
        sleep 0.1
    done
    [ -e /proc/$pid ] && [ "$(awk '{print $3}' /proc/$pid/stat 2>/dev/null)" != Z ] && kill -KILL "$pid" 2>/dev/null
    wait "$pid" 2>/dev/null
    return 0
}

cleanup() {
    local status=$? i
    trap - EXIT INT TERM HUP
    [ -n "$COMMAND_PID" ] && stop_pid "$COMMAND_PID"
    stop_pid "$POLKITD_PID"
    stop_pid "$DBUS_PID"
    for ((i = ${#MOUNTS[@]} - 1; i >= 0; i--)); do
        umount "${MOUNTS[i]}" 2>/dev/null || umount -l "${MOUNTS[i]}" 2>/dev/null
    done
    [ -n "$WORK" ] && rm -rf "$WORK"
    exit $status
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM
trap 'exit 129' HUP

# mount_over TARGET SOURCE [mount options...]: bind SOURCE over TARGET (or,
# with SOURCE "tmpfs", a fresh tmpfs), undone on exit.
mount_over() {
    local target=$1 source=$2
    shift 2
    if [ "$source" = tmpfs ]; then
        mount -t tmpfs "$@" tmpfs "$target" || die "cannot mount a tmpfs on $target"
    else
        mount --bind "$source" "$target" || die "cannot bind $source over $target"
    fi
    MOUNTS+=("$target")
}

WORK=$(mktemp -d /tmp/bt-polkit-sandbox.XXXXXX) || die "cannot create a temporary folder"
# polkitd and bttest must read what lies here.
chmod 755 "$WORK"
mkdir -p "$WORK/etc" "$WORK/actions" "$WORK/rules" "$WORK/no-rules" "$WORK/no-services" "$WORK/home"
chmod 755 "$WORK/actions" "$WORK/rules" "$WORK/no-rules" "$WORK/no-services"

# The test user, in copies of the account files.
if grep -q "^$TEST_USER:" /etc/passwd || awk -F: -v id=$TEST_ID '$3 == id { f = 1 } END { exit !f }' /etc/passwd; then
    die "this machine already has a user $TEST_USER or uid $TEST_ID"
fi
if grep -q "^$TEST_USER:" /etc/group || awk -F: -v id=$TEST_ID '$3 == id { f = 1 } END { exit !f }' /etc/group; then
    die "this machine already has a group $TEST_USER or gid $TEST_ID"
fi
HOME_DIR=$WORK/home
cp /etc/passwd "$WORK/etc/passwd" && cp /etc/group "$WORK/etc/group" || die "cannot copy the account files"
echo "$TEST_USER:x:$TEST_ID:$TEST_ID:BootTorrent polkit test:$HOME_DIR:/bin/sh" >>"$WORK/etc/passwd"
echo "$TEST_USER:x:$TEST_ID:" >>"$WORK/etc/group"
chmod 644 "$WORK/etc/passwd" "$WORK/etc/group"
chown $TEST_ID:$TEST_ID "$HOME_DIR"
chmod 700 "$HOME_DIR"
mount_over /etc/passwd "$WORK/etc/passwd"
mount_over /etc/group "$WORK/etc/group"

# The actions: polkit's own (so the generic org.freedesktop.policykit.exec
# stays registered and denied) and BootTorrent's; none of the other packages
# this machine happens to have.
cp /usr/share/polkit-1/actions/org.freedesktop.policykit.policy "$WORK/actions/" ||
    die "polkitd's own actions are missing"
policy_out=$WORK/actions/$ACTION_ID.policy
sed "s|\(<annotate key=\"$EXEC_KEY\">\)[^<]*\(</annotate>\)|\1$EXEC_PATH\2|" "$POLICY" >"$policy_out" ||
    die "cannot write the policy"
grep -qF "<annotate key=\"$EXEC_KEY\">$EXEC_PATH</annotate>" "$policy_out" ||
    die "$POLICY has no $EXEC_KEY annotation on one line"
grep -qF "id=\"$ACTION_ID\"" "$policy_out" || die "$POLICY does not define the action $ACTION_ID"
chmod 644 "$WORK"/actions/*
mount_over /usr/share/polkit-1/actions "$WORK/actions"

# One rule, for one action and one user; nothing else is granted.
cat >"$WORK/rules/50-boottorrent-sandbox.rules" <<EOF
polkit.addRule(function(action, subject) {
    if (action.id == "$ACTION_ID" && subject.user == "$TEST_USER")
        return polkit.Result.YES;
});
EOF
chmod 644 "$WORK/rules/50-boottorrent-sandbox.rules"
mount_over /etc/polkit-1/rules.d "$WORK/rules"
[ -d /usr/share/polkit-1/rules.d ] && mount_over /usr/share/polkit-1/rules.d "$WORK/no-rules"

# pkexec's PAM stack: Debian's default one, written out, so that it uses the
# base PAM modules only and not whatever modules this machine's common-*
# files name. Every other service is denied.
mkdir -p "$WORK/pam.d"
cat >"$WORK/pam.d/polkit-1" <<'EOF'
#%PAM-1.0
auth     [success=1 default=ignore] pam_unix.so nullok
auth     requisite pam_deny.so
auth     required pam_permit.so
account  [success=1 new_authtok_reqd=done default=ignore] pam_unix.so
account  requisite pam_deny.so
account  required pam_permit.so
password required pam_deny.so
session  required pam_env.so readenv=1 user_readenv=0
session  [default=1] pam_permit.so
session  requisite pam_deny.so
session  required pam_permit.so
session  optional pam_unix.so
EOF
printf '#%%PAM-1.0\nauth required pam_deny.so\naccount required pam_deny.so\npassword required pam_deny.so\nsession required pam_deny.so\n' >"$WORK/pam.d/other"
chmod 755 "$WORK/pam.d" && chmod 644 "$WORK/pam.d"/*
mount_over /etc/pam.d "$WORK/pam.d"

# A bus of our own that activates nothing: each service on it is one we started.
[ -d /run/dbus ] || die "/run/dbus is missing (the dbus package creates it)"
mount_over /run/dbus tmpfs -o mode=755
# Its policy: polkit's only, not the bus policies of whatever services this
# machine has installed.
mkdir -p "$WORK/bus-policy" "$WORK/no-bus-policy"
cp /usr/share/dbus-1/system.d/org.freedesktop.PolicyKit1.conf "$WORK/bus-policy/" ||
    die "polkitd's bus policy is missing"
chmod 755 "$WORK/bus-policy" "$WORK/no-bus-policy" && chmod 644 "$WORK/bus-policy"/*
mount_over /usr/share/dbus-1/system.d "$WORK/bus-policy"
[ -d /etc/dbus-1/system.d ] && mount_over /etc/dbus-1/system.d "$WORK/no-bus-policy"
for d in /usr/local/share/dbus-1/system-services /usr/share/dbus-1/system-services /lib/dbus-1/system-services; do
    [ -d "$d" ] && [ ! -L "$d" ] && mount_over "$d" "$WORK/no-services"
done
# A name service cache would answer from the machine's account files.
[ -d /run/nscd ] && mount_over /run/nscd tmpfs
unset DBUS_SYSTEM_BUS_ADDRESS DBUS_SESSION_BUS_ADDRESS

# Debian's system bus configuration. Not --fork: a forked daemon becomes
# init's child, which we could neither wait for nor reap. It prints its pid
# once it listens.
dbus-daemon --system --nofork --print-pid >"$WORK/dbus.pid" 2>"$WORK/dbus.log" </dev/null &
DBUS_PID=$!
for i in $(seq 100); do
    [ -s "$WORK/dbus.pid" ] && break
    [ -e /proc/$DBUS_PID ] || break
    sleep 0.1
done
[ "$(head -1 "$WORK/dbus.pid" 2>/dev/null)" = "$DBUS_PID" ] ||
    die "the system bus did not come up within 10 s: $(cat "$WORK/dbus.log")"

# polkitd starts as root and switches to the polkitd user by itself.
"$POLKITD" --no-debug </dev/null >"$WORK/polkitd.log" 2>&1 &
POLKITD_PID=$!

bus_call() {
    dbus-send --system --print-reply --reply-timeout=2000 "$@" 2>/dev/null
}
ready=0
for i in $(seq 100); do
    [ -e /proc/$POLKITD_PID ] || break
    # NameHasOwner first: a call to an unowned name would try to activate it.
    if bus_call --dest=org.freedesktop.DBus /org/freedesktop/DBus org.freedesktop.DBus.NameHasOwner \
        string:org.freedesktop.PolicyKit1 | grep -q 'boolean true' &&
        bus_call --dest=org.freedesktop.PolicyKit1 /org/freedesktop/PolicyKit1/Authority \
            org.freedesktop.PolicyKit1.Authority.EnumerateActions string: | grep -qF "\"$ACTION_ID\""; then
        ready=1
        break
    fi
    sleep 0.1
done
[ $ready = 1 ] || die "polkitd did not offer $ACTION_ID on the bus within 10 s: $(tail -20 "$WORK/polkitd.log")"

# Run COMMAND as bttest, with the caller's stdin (a background job otherwise
# reads /dev/null), waiting in the background so that a signal reaches the trap.
env_args=(HOME="$HOME_DIR" USER="$TEST_USER" LOGNAME="$TEST_USER" SHELL=/bin/sh
    PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin BT_POLKIT_SANDBOX=1)
while IFS= read -r name; do
    env_args+=("$name=${!name}")
done < <(compgen -e | grep -E '^(TERM|LANG|LC_ALL|BT_[A-Za-z0-9_]*)$' | grep -vx BT_POLKIT_SANDBOX)
cd "$HOME_DIR" || die "cannot enter $HOME_DIR"
exec 3<&0
setsid --wait setpriv --reuid=$TEST_ID --regid=$TEST_ID --clear-groups \
    env -i "${env_args[@]}" "$@" <&3 3<&- &
COMMAND_PID=$!
exec 3<&-
wait "$COMMAND_PID"
status=$?
COMMAND_PID=
exit $status
