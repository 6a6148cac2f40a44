"""Reads bttui's tmux screen every 100 ms and fails when it freezes.

screenwatch.py SOCKET [--enter-on TEXT] --until TEXT [--key-ms N] [--still-ms N] [--timeout S]

With --enter-on, Enter is pressed once the screen shows TEXT, and the screen must change within
--key-ms. From then (or from the start without --enter-on) until the screen shows --until, no
screen may stay the same for longer than --still-ms unless it names what bttui waits for
("Waiting for"). Prints what it saw; exit code 0 when bttui stayed responsive, 1 otherwise.
"""
import argparse
import subprocess
import sys
import time

NOTICE = "Waiting for"


def capture(socket):
    return subprocess.run(
        ["tmux", "-L", socket, "capture-pane", "-p", "-J", "-t", "bttui"],
        capture_output=True, text=True, check=False).stdout


def fail(message, screen):
    print("----- screen -----\n" + screen + "------------------", file=sys.stderr)
    print("FAIL: " + message, file=sys.stderr)
    sys.exit(1)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("socket")
    parser.add_argument("--enter-on")
    parser.add_argument("--until", required=True)
    parser.add_argument("--key-ms", type=int, default=300)
    parser.add_argument("--still-ms", type=int, default=1500)
    parser.add_argument("--timeout", type=float, default=90)
    args = parser.parse_args()

    deadline = time.monotonic() + args.timeout
    screen = capture(args.socket)
    if args.enter_on:
        while args.enter_on not in screen:
            if time.monotonic() > deadline:
                fail("the screen never showed: " + args.enter_on, screen)
            time.sleep(0.1)
            screen = capture(args.socket)
        before = screen
        pressed = time.monotonic()
        subprocess.run(["tmux", "-L", args.socket, "send-keys", "-t", "bttui", "Enter"], check=True)
        # Waits on past the limit, so a failure says how long the screen really froze.
        while screen == before and time.monotonic() - pressed < 10:
            time.sleep(0.01)
            screen = capture(args.socket)
        waited = (time.monotonic() - pressed) * 1000
        if waited > args.key_ms:
            fail(f"Enter not answered within {args.key_ms} ms (the screen did not change for "
                 f"{waited:.0f} ms)", before)
        print(f"Enter answered after {waited:.0f} ms")

    still_since = time.monotonic()
    longest = 0.0
    notices = set()
    previous = screen
    while args.until not in screen:
        now = time.monotonic()
        if now > deadline:
            fail("the screen never showed: " + args.until, screen)
        if screen != previous:
            previous = screen
            still_since = now
        still = (now - still_since) * 1000
        for line in screen.splitlines():
            if NOTICE in line:
                notices.add(line.strip().split(" (")[0])
        if NOTICE not in screen:
            longest = max(longest, still)
            if still > args.still_ms:
                fail(f"the screen stayed the same for {still:.0f} ms without saying what bttui "
                     "waits for", screen)
        time.sleep(0.1)
        screen = capture(args.socket)
    print(f"longest unchanged screen without a wait notice: {longest:.0f} ms")
    for notice in sorted(notices):
        print("wait notice seen: " + notice)


main()
