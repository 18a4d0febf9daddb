#!/usr/bin/env python3
"""Shows which labelled answers read differently because known-words.txt changed.

A word that becomes known is no longer corrected by the typo corrector. When a
phrase of the lexicon matched such a word only through that correction
("mishandeld" corrected to "mishandelt", a danger phrase), the phrase silently
stops matching. Run this after make_known_words.py, before committing:

    swift build -c release --product meldcode
    python3 Tests/MeldcodeKitTests/Intents/compare_known_words.py [REV]

It reads the dev and test answers twice with the same binary (MELDCODE_BIN,
default .build/release/meldcode): once with the known words of git revision
REV (default HEAD) and once with those in the working tree, each time from a
temporary copy of Dialogues/ and Localization/ (the repository's own files
only), and lists every answer whose intent, age or roles differ, marked
better or worse against its label (a test answer by its id only: that split
is held out). Exit status 1 when an answer got worse.
"""
import json
import os
import pathlib
import shutil
import subprocess
import sys
import tempfile

REPO = pathlib.Path(__file__).resolve().parents[3]
HERE = pathlib.Path(__file__).resolve().parent
KNOWN = "Localization/nl/known-words.txt"


def reading(result: dict) -> tuple:
    entities = result.get("entities", {})
    return result["intent"], entities.get("age"), tuple(sorted(entities.get("roles") or []))


def label(item: dict) -> tuple:
    roles = tuple(sorted(item.get("roles", []))) if item["question"] == "stap2.overleg_met" else ()
    return item["intent"], item.get("age"), roles


def run(binary: str, data: pathlib.Path, lines: bytes) -> list:
    out = subprocess.run([binary, "classify", "--batch", "--data-dir", str(data)], input=lines,
                         capture_output=True, check=True).stdout.decode()
    return [json.loads(line) for line in out.splitlines()]


def main() -> int:
    rev = sys.argv[1] if len(sys.argv) > 1 else "HEAD"
    binary = os.environ.get("MELDCODE_BIN", str(REPO / ".build/release/meldcode"))
    old_words = subprocess.run(["git", "-C", str(REPO), "show", f"{rev}:{KNOWN}"], capture_output=True, check=True).stdout
    items = []
    for name in ("dev.jsonl", "test.jsonl"):
        split = [json.loads(line) for line in (HERE / name).read_text(encoding="utf-8").splitlines() if line.strip()]
        items += [dict(item, held_out=name == "test.jsonl") for item in split]
    lines = "".join(json.dumps({"id": str(i), "question": it["question"], "text": it["text"]}, ensure_ascii=False) + "\n"
                    for i, it in enumerate(items)).encode()
    with tempfile.TemporaryDirectory() as tmp:
        old, new = pathlib.Path(tmp, "old"), pathlib.Path(tmp, "new")
        for data in (old, new):
            for folder in ("Dialogues", "Localization"):
                shutil.copytree(REPO / folder, data / folder)
        (old / KNOWN).write_bytes(old_words)
        before, after = run(binary, old, lines), run(binary, new, lines)
    worse = 0
    for item, a, b in zip(items, before, after):
        # Roles count only on the question that asks for them.
        size = 3 if item["question"] == "stap2.overleg_met" else 2
        x, y, gold = reading(a)[:size], reading(b)[:size], label(item)[:size]
        if x == y:
            continue
        verdict = "better" if y == gold else ("WORSE" if x == gold else "other")
        worse += verdict == "WORSE"
        # The test split is held out: its texts are not shown.
        text = "(held-out test answer)" if item["held_out"] else item["text"][:120]
        print(f"{verdict:6} {item['id']} [{item['question']}] {x} -> {y}: {text}")
    print(f"{len(items)} answers read with the known words of {rev} and of the working tree; {worse} worse")
    return 1 if worse else 0


if __name__ == "__main__":
    sys.exit(main())
