#!/usr/bin/env python3
"""Split the labelled intent set into dev.jsonl / test.jsonl and refresh the
count tables in README.md.

Usage (from anywhere):
    python3 Tests/MeldcodeKitTests/Intents/split.py            # re-split dev+test in place
    python3 Tests/MeldcodeKitTests/Intents/split.py all.jsonl  # split a fresh master file
    python3 Tests/MeldcodeKitTests/Intents/split.py --check    # verify files and README are in sync

How the split is made (deterministic, independent of file order and writing style):
  1. all items are pooled and validated;
  2. they are grouped into strata by (question, intent) and each stratum is
     sorted by text, then shuffled with one random.Random(SEED) that walks the
     strata in sorted order;
  3. the first round(0.6 * n) items of a stratum go to dev, the rest to test;
  4. each half is shuffled once more with the same generator and numbered
     dev-0001... / test-0001...

Re-running on the existing dev+test reproduces them exactly, as long as no item
was added, removed or relabelled (a relabel moves the item to another stratum,
so ids and possibly halves change: that is expected).
"""
from __future__ import annotations

import collections
import json
import random
import re
import sys
from pathlib import Path

SEED = 20241123
DEV_FRACTION = 0.6
HERE = Path(__file__).resolve().parent

QUESTIONS = [
    "stap0.acuut_gevaar",
    "afweging.1",
    "afweging.2",
    "afweging.3",
    "afweging.4",
    "afweging.5",
    "kindcheck.1",
    "kindcheck.2",
    "kindcheck.3",
    "stap1.besproken",
    "stap2.advies_gevolgd",
    "stap3.gesprek",
    "leeftijd",
    "stap2.overleg_met",
]
INTENTS = ["yes", "no", "unsure", "emergency", "back", "explain", "summary", "pause", "unclear"]
ROLES = {
    "aandachtsfunctionaris", "veilig_thuis", "zorgcoordinator", "leidinggevende", "collega",
    "vertrouwensarts", "politie", "huisarts", "gedragswetenschapper",
}


def load(paths: list[Path]) -> list[dict]:
    items = []
    for p in paths:
        with p.open(encoding="utf-8") as f:
            for n, line in enumerate(f, 1):
                if line.strip():
                    try:
                        items.append(json.loads(line))
                    except json.JSONDecodeError as e:
                        sys.exit(f"{p}:{n}: {e}")
    return items


def validate(items: list[dict]) -> None:
    seen = set()
    errors = []
    for it in items:
        where = f"{it.get('id', '?')} {it.get('text', '')!r}"
        q, intent, text = it.get("question"), it.get("intent"), it.get("text")
        if q not in QUESTIONS:
            errors.append(f"{where}: unknown question {q!r}")
        if intent not in INTENTS:
            errors.append(f"{where}: unknown intent {intent!r}")
        if not isinstance(text, str) or not text.strip():
            errors.append(f"{where}: empty text")
            continue
        key = (q, text.strip().lower())
        if key in seen:
            errors.append(f"{where}: duplicate text for {q}")
        seen.add(key)
        if "age" in it and (not isinstance(it["age"], int) or it["age"] < 0):
            errors.append(f"{where}: age must be a non-negative integer")
        if q == "leeftijd" and intent == "yes" and "age" not in it:
            errors.append(f"{where}: leeftijd/yes needs an age")
        if q == "stap2.overleg_met" and "roles" not in it:
            errors.append(f"{where}: stap2.overleg_met items need roles")
        if "roles" in it:
            r = it["roles"]
            if not isinstance(r, list) or not set(r) <= ROLES or len(set(r)) != len(r):
                errors.append(f"{where}: bad roles {r!r}")
            if q == "stap2.overleg_met" and intent == "yes" and not r:
                errors.append(f"{where}: overleg_met/yes needs at least one role")
            if q == "stap2.overleg_met" and intent == "no" and r:
                errors.append(f"{where}: overleg_met/no must have roles []")
        extra = set(it) - {"id", "question", "text", "intent", "age", "roles"}
        if extra:
            errors.append(f"{where}: unexpected keys {sorted(extra)}")
    if errors:
        sys.exit("invalid items:\n  " + "\n  ".join(errors))


def ordered(it: dict, new_id: str) -> dict:
    out = {"id": new_id, "question": it["question"], "text": it["text"], "intent": it["intent"]}
    if "age" in it:
        out["age"] = it["age"]
    if "roles" in it:
        out["roles"] = list(it["roles"])
    return out


def split(items: list[dict]) -> tuple[list[dict], list[dict]]:
    rng = random.Random(SEED)
    strata = collections.defaultdict(list)
    for it in items:
        strata[(it["question"], it["intent"])].append(it)
    dev, test = [], []
    for key in sorted(strata):
        group = sorted(strata[key], key=lambda i: (i["text"], json.dumps(i, sort_keys=True, ensure_ascii=False)))
        rng.shuffle(group)
        k = int(len(group) * DEV_FRACTION + 0.5)
        dev.extend(group[:k])
        test.extend(group[k:])
    rng.shuffle(dev)
    rng.shuffle(test)
    dev = [ordered(it, f"dev-{n:04d}") for n, it in enumerate(dev, 1)]
    test = [ordered(it, f"test-{n:04d}") for n, it in enumerate(test, 1)]
    return dev, test


def dumps(items: list[dict]) -> str:
    return "".join(json.dumps(it, ensure_ascii=False) + "\n" for it in items)


def tables(dev: list[dict], test: list[dict]) -> str:
    allc = collections.Counter((i["question"], i["intent"]) for i in dev + test)
    short = {"yes": "yes", "no": "no", "unsure": "unsure", "emergency": "emerg.", "back": "back",
             "explain": "explain", "summary": "summary", "pause": "pause", "unclear": "unclear"}
    lines = ["| question | " + " | ".join(short[i] for i in INTENTS) + " | total |",
             "|---|" + "---:|" * (len(INTENTS) + 1)]
    for q in QUESTIONS:
        row = [allc[(q, i)] for i in INTENTS]
        lines.append(f"| `{q}` | " + " | ".join(str(x) if x else "·" for x in row) + f" | {sum(row)} |")
    tot = [sum(allc[(q, i)] for q in QUESTIONS) for i in INTENTS]
    lines.append("| **all** | " + " | ".join(f"**{x}**" for x in tot) + f" | **{sum(tot)}** |")
    lines.append("")
    lines.append("| split | " + " | ".join(short[i] for i in INTENTS) + " | total |")
    lines.append("|---|" + "---:|" * (len(INTENTS) + 1))
    for name, part in (("dev", dev), ("test", test)):
        c = collections.Counter(i["intent"] for i in part)
        lines.append(f"| {name} | " + " | ".join(str(c[i]) for i in INTENTS) + f" | {len(part)} |")
    ages = sum(1 for i in dev + test if "age" in i)
    roles = sum(1 for i in dev + test if i.get("roles"))
    lines.append("")
    lines.append(f"Items with an `age`: {ages}. Items with a non-empty `roles` list: {roles}.")
    return "\n".join(lines)


def refresh_readme(text: str, dev: list[dict], test: list[dict]) -> str:
    block = "<!-- counts:start -->\n" + tables(dev, test) + "\n<!-- counts:end -->"
    new, n = re.subn(r"<!-- counts:start -->.*?<!-- counts:end -->", lambda _: block, text, flags=re.S)
    if n != 1:
        sys.exit("README.md needs exactly one <!-- counts:start --> ... <!-- counts:end --> block")
    return new


def main(argv: list[str]) -> None:
    check = "--check" in argv
    args = [a for a in argv if a != "--check"]
    dev_p, test_p, readme_p = HERE / "dev.jsonl", HERE / "test.jsonl", HERE / "README.md"
    sources = [Path(a) for a in args] if args else [dev_p, test_p]
    items = load(sources)
    validate(items)
    dev, test = split(items)
    readme = refresh_readme(readme_p.read_text(encoding="utf-8"), dev, test) if readme_p.exists() else None
    if check:
        ok = (dev_p.read_text(encoding="utf-8") == dumps(dev)
              and test_p.read_text(encoding="utf-8") == dumps(test)
              and (readme is None or readme == readme_p.read_text(encoding="utf-8")))
        print(f"{len(items)} items; split {'in sync' if ok else 'OUT OF SYNC (run split.py)'}")
        sys.exit(0 if ok else 1)
    dev_p.write_text(dumps(dev), encoding="utf-8")
    test_p.write_text(dumps(test), encoding="utf-8")
    if readme is not None:
        readme_p.write_text(readme, encoding="utf-8")
    print(f"{len(items)} items -> dev {len(dev)}, test {len(test)}")


if __name__ == "__main__":
    main(sys.argv[1:])
