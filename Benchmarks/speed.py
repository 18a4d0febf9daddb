#!/usr/bin/env python3
"""Speed of the matcher and of the terminal chat's start.

Run from the repository root:  python3 Benchmarks/speed.py
(builds the release binary first unless --no-build; MELDCODE_BIN overrides it).

Measures, on one core (the program is single-threaded):
  1. `meldcode classify --batch` throughput on N answers sampled from the
     labelled dev set, and on the same answers with a made-up word added to
     each (so the per-word analysis cache cannot serve everything);
  2. start-up: an empty `classify --batch`;
  3. time from starting `meldcode --no-store --route basismodel` (the chat, on
     a pseudo-terminal, without the case store, which would first ask for a
     passphrase, and with its route given) to its first question on screen.
Figures are medians of several runs.
"""
import argparse
import json
import os
import pty
import random
import resource
import select
import statistics
import subprocess
import sys
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def batch(items, n, seed, noisy):
    rng = random.Random(seed)
    letters = "abcdefghijklmnopqrstuvwxyz"
    lines = []
    for i in range(n):
        item = rng.choice(items)
        text = item["text"]
        if noisy:
            word = "".join(rng.choice(letters) for _ in range(rng.randint(4, 9)))
            text = f"{text} {word}" if rng.random() < 0.5 else f"{word} {text}"
        lines.append(json.dumps({"id": str(i), "question": item["question"], "text": text}, ensure_ascii=False))
    return ("\n".join(lines) + "\n").encode()


def timed(binary, data, runs):
    """Median and best wall-clock time, and median CPU time (user + system) of
    the child. On a shared machine the wall clock also counts waiting for the
    core; CPU time and the best run show what the program itself needs."""
    walls, cpus = [], []
    for _ in range(runs):
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        start = time.perf_counter()
        out = subprocess.run([binary, "classify", "--batch"], input=data, capture_output=True, check=True).stdout
        walls.append(time.perf_counter() - start)
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
        cpus.append(after.ru_utime + after.ru_stime - before.ru_utime - before.ru_stime)
    return (statistics.median(walls), min(walls), statistics.median(cpus)), out.count(b"\n")


def first_question(binary, runs):
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        pid, fd = pty.fork()
        if pid == 0:
            os.environ["NO_COLOR"] = "1"
            # Without saving (the store would first ask for a passphrase) and
            # with a route (else the chat first asks which one).
            os.execv(binary, [binary, "--no-store", "--route", "basismodel"])
        seen = b""
        while b"acuut gevaar" not in seen:
            ready, _, _ = select.select([fd], [], [], 10)
            if not ready:
                break
            try:
                seen += os.read(fd, 4096)
            except OSError:
                break
        if b"acuut gevaar" not in seen:
            sys.exit(f"the chat did not show its first question; it showed: {seen[-300:]!r}")
        times.append(time.perf_counter() - start)
        os.kill(pid, 9)
        os.waitpid(pid, 0)
        os.close(fd)
    return statistics.median(times)


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("-n", type=int, default=200_000, help="answers per batch (default %(default)s)")
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument("--no-build", action="store_true")
    args = ap.parse_args()
    os.chdir(ROOT)
    binary = os.environ.get("MELDCODE_BIN", ".build/release/meldcode")
    if not args.no_build and "MELDCODE_BIN" not in os.environ:
        subprocess.run(["swift", "build", "-c", "release", "--product", "meldcode"], check=True,
                       stdout=subprocess.DEVNULL)
    items = [json.loads(l) for l in open("Tests/MeldcodeKitTests/Intents/dev.jsonl", encoding="utf-8")]

    startup, _ = timed(binary, b"", args.runs)
    print(f"start-up (empty classify --batch): {startup[0] * 1000:.0f} ms wall, {startup[2] * 1000:.0f} ms CPU")
    print(f"classify --batch, {args.n:,} answers, start-up excluded; answers/s by median wall clock, best wall clock, median CPU time:")
    for noisy in (False, True):
        data = batch(items, args.n, 1, noisy)
        seconds, lines = timed(binary, data, args.runs)
        assert lines == args.n, f"expected {args.n} lines, got {lines}"
        rates = [args.n / max(s - b, 1e-9) for s, b in zip(seconds, (startup[0], startup[1], startup[2]))]
        label = "with an unseen word added" if noisy else "from the dev set"
        print(f"  {label:28} {seconds[0]:.2f} s -> {rates[0]:>7,.0f}   best {rates[1]:>7,.0f}   CPU {rates[2]:>7,.0f}")
    print(f"terminal chat, start to first question: {first_question(binary, args.runs * 2) * 1000:.0f} ms")


if __name__ == "__main__":
    sys.exit(main())
