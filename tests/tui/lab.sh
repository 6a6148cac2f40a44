# Sourced by bttui's shell tests: a throw-away lab on 127.0.0.1 with a real opentracker, a real
# aria2c seeder and a sample /torrents tree made with mktorrent. Everything started here is
# killed by PID on exit; every wait is bounded.

set -u

BTTUI=$(readlink -f "$1")
LAB=$(mktemp -d "${TMPDIR:-/tmp}/bttui-lab.XXXXXX")
export TMPDIR="$LAB/tmp"
mkdir -p "$TMPDIR"
LAB_PIDS=()
TMUX_SOCKET="bttui-test-$$-0"
TMUX_SOCKETS=()

lab_cleanup() {
    local pid
    for pid in "${LAB_PIDS[@]}"; do
        kill "$pid" 2>/dev/null
    done
    for pid in "${LAB_PIDS[@]}"; do
        for _ in $(seq 50); do
            kill -0 "$pid" 2>/dev/null || break
            sleep 0.1
        done
        kill -9 "$pid" 2>/dev/null
        wait "$pid" 2>/dev/null
    done
    for socket in "${TMUX_SOCKETS[@]}"; do
        tmux -L "$socket" kill-server 2>/dev/null
        rm -f "${TMUX_TMPDIR:-/tmp}/tmux-$(id -u)/$socket"
    done
    rm -rf "$LAB"
}
trap lab_cleanup EXIT

fail() {
    echo "FAIL: $*" >&2
    exit 1
}

# A TCP and UDP port nobody listens on right now.
free_port() {
    local port
    for _ in $(seq 200); do
        port=$((20000 + RANDOM % 40000))
        if ! ss -Htuln | awk '{print $5}' | grep -q ":$port\$"; then
            echo "$port"
            return
        fi
    done
    fail "no free port"
}

info_hash() {
    aria2c -S "$1" | sed -n 's/^Info Hash: //p'
}

# The OS folders the seeder shares, torrents of them, and the client's /torrents configuration.
lab_make_tree() {
    TRACKER_PORT=$(free_port)
    STATUS_PORT=$(free_port)
    SEED="$LAB/seed"
    ROOT="$LAB/root"
    mkdir -p "$SEED/linux" "$SEED/rescue" "$SEED/orphan" "$SEED/freedos" "$SEED/qemu-runtime/bin" "$SEED/memtest" "$ROOT" "$LAB/tracker"
    head -c 2500000 /dev/urandom > "$SEED/linux/vmlinuz"
    head -c 700000 /dev/urandom > "$SEED/linux/initrd.img"
    head -c 1800000 /dev/urandom > "$SEED/rescue/vmlinuz"
    head -c 300000 /dev/urandom > "$SEED/orphan/vmlinuz"
    head -c 1474560 /dev/urandom > "$SEED/freedos/odin1440.img"
    # The qemu runtime torrent: a wrapper that takes qemu's arguments, and a
    # stand-in for qemu beside it (a script, then filler up to qemu's size class).
    # Both are read by sh, as the real wrapper reads itself: btfetch shares them
    # with the files open for writing, which Linux refuses to execute.
    printf '#!/bin/sh\nexec sh "$(dirname "$0")/bin/qemu-system-x86_64" "$@"\n' > "$SEED/qemu-runtime/run-qemu"
    { printf '#!/bin/sh\necho "qemu stand-in ran in $PWD:" "$@"\nexit 0\n'; head -c 400000 /dev/urandom; } \
        > "$SEED/qemu-runtime/bin/qemu-system-x86_64"
    printf '#!/bin/sh\necho "hello from $PWD:" "$@"\n' > "$SEED/memtest/hello"
    for os in linux rescue freedos qemu-runtime memtest; do
        mktorrent -l 18 -a "http://127.0.0.1:$TRACKER_PORT/announce" -o "$ROOT/$os.torrent" "$SEED/$os" >/dev/null \
            || fail "mktorrent $os"
        info_hash "$ROOT/$os.torrent" >> "$LAB/tracker/whitelist"
    done
    # Announces to a port where no tracker runs: nobody will ever seed it.
    mktorrent -l 18 -a "http://127.0.0.1:$(free_port)/announce" -o "$ROOT/orphan.torrent" "$SEED/orphan" >/dev/null \
        || fail "mktorrent orphan"
    cat > "$ROOT/Boottorrent.yaml" <<YAML
boottorrent: {version: 0, timeout: ${LAB_TIMEOUT:-8}, default_os: linux, seed_time: 4, host_ip: 127.0.0.1, status_port: $STATUS_PORT}
opentracker: {enable: true, port: $TRACKER_PORT}
aria2: {bt_enable_lpd: false, enable_peer_exchange: true, console_log_level: warn}
YAML
    cat > "$ROOT/configs.yaml" <<'YAML'
linux: {dispname: "Debian 12", method: kexec, kernel: vmlinuz, initrd: initrd.img, cmdline: "quiet label='my lab'"}
rescue: {dispname: "Rescue shell", method: kexec, kernel: vmlinuz, cmdline: "single"}
orphan: {dispname: "Nobody seeds this", method: kexec, kernel: vmlinuz}
freedos: {dispname: FreeDOS, method: bin-qemu-x86_64, args: "-fda odin1440.img -m 16"}
memtest: {dispname: Memtest, method: bin, bin: hello, binargs: "--rounds 2 'two  words'"}
YAML
}

lab_start_tracker() {
    opentracker -i 127.0.0.1 -p "$TRACKER_PORT" -P "$TRACKER_PORT" -d "$LAB/tracker" -w whitelist \
        > "$LAB/opentracker.log" 2>&1 &
    LAB_PIDS+=($!)
}

scrape_complete() {
    local escaped
    escaped=$(info_hash "$1" | sed 's/../%&/g')
    curl -s --max-time 2 "http://127.0.0.1:$TRACKER_PORT/scrape?info_hash=$escaped" | grep -ac 'completei[1-9]'
}

# The host's seeder: announces every torrent but orphan's; returns once the tracker lists it.
lab_start_seeder() {
    aria2c --no-conf=true --dir="$SEED" --check-integrity=true --seed-ratio=0.0 --enable-dht=false \
        --bt-enable-lpd=false --listen-port="$(free_port)" --console-log-level=warn --summary-interval=0 \
        "$ROOT/linux.torrent" "$ROOT/rescue.torrent" "$ROOT/freedos.torrent" "$ROOT/qemu-runtime.torrent" "$ROOT/memtest.torrent" \
        > "$LAB/seeder.log" 2>&1 &
    LAB_PIDS+=($!)
    local os ready
    for _ in $(seq 100); do
        ready=0
        for os in linux rescue freedos qemu-runtime memtest; do
            [ "$(scrape_complete "$ROOT/$os.torrent")" = 1 ] && ready=$((ready + 1))
        done
        [ "$ready" = 5 ] && return
        sleep 0.2
    done
    cat "$LAB/seeder.log" "$LAB/opentracker.log" >&2
    fail "seeder never registered with the tracker"
}

# Runs a command in a detached 100x30 tmux session on a tmux server of its own: a server being
# killed may still accept a new session on its socket for a moment, so sockets are never reused.
tmux_start() {
    TMUX_SOCKET="bttui-test-$$-${#TMUX_SOCKETS[@]}"
    TMUX_SOCKETS+=("$TMUX_SOCKET")
    tmux -L "$TMUX_SOCKET" -f /dev/null new-session -d -s bttui -x 100 -y 30 "$1"
}

screen() {
    tmux -L "$TMUX_SOCKET" capture-pane -p -J -t bttui
}

keys() {
    tmux -L "$TMUX_SOCKET" send-keys -t bttui "$@"
}

# Waits up to $2 seconds (default 15) until the screen shows text matching $1.
wait_screen() {
    local pattern=$1 limit=${2:-15}
    for _ in $(seq $((limit * 10))); do
        screen | grep -q -- "$pattern" && return 0
        sleep 0.1
    done
    echo "----- screen -----" >&2
    screen >&2
    fail "screen never showed: $pattern"
}
