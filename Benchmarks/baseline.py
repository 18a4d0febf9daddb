#!/usr/bin/env python3
"""Intent benchmark: a TF-IDF + logistic-regression baseline next to the meldcode program.

Requires Python 3.11 and scikit-learn (`pip install scikit-learn`).

    python3 Benchmarks/baseline.py                 # evaluate on test.jsonl
    python3 Benchmarks/baseline.py --split dev     # evaluate on dev.jsonl (baseline: out-of-fold)
    MELDCODE_BIN=/path/to/meldcode python3 Benchmarks/baseline.py

Baseline
    Input string: a token for the question id (`__q_afweging_2__`) followed by the text.
    Features: FeatureUnion of TfidfVectorizer(word n-grams 1-2) and TfidfVectorizer(char_wb 2-5),
    both lowercased and sublinear-tf. Classifier: LogisticRegression (lbfgs). Trained on dev.jsonl.

    Abstention: when the top class probability is below a threshold t the baseline answers
    `unclear`. C and t are chosen on dev only, by 5-fold stratified cross-validation
    (StratifiedKFold, shuffle, random_state=0): for every C in C_GRID the out-of-fold
    probabilities are computed once, and every t in T_GRID is scored on them with
        cost = wrong predictions + critical errors
    (so a critical error costs twice an ordinary one; abstaining turns a wrong answer into a
    non-critical error). The (C, t) with the lowest cost wins; ties go to the smaller C, then the
    smaller t. With --split dev the baseline's figures are those out-of-fold predictions
    (slightly optimistic, because C and t were picked on the same folds).

Program
    `<bin> classify --batch` (bin = $MELDCODE_BIN or .build/release/meldcode under the repo root)
    reads one JSON line per item {"id", "question", "text"} on stdin and must write one JSON line
    per item, in order: {"id", "intent", "confidence", "entities": {"age": int?, "roles": [..]?}}.
    If the binary is missing or fails, the baseline is shown alone and the exit code is 1.

Critical errors
    * gold yes/no/unsure predicted as a different one of yes/no/unsure;
    * gold emergency predicted as anything but emergency;
    * gold unclear predicted as yes or no.
"""
from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
from pathlib import Path

import numpy as np
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import StratifiedKFold
from sklearn.pipeline import FeatureUnion, Pipeline

REPO = Path(__file__).resolve().parent.parent
ANSWERS = ("yes", "no", "unsure")
INTENTS = ("yes", "no", "unsure", "emergency", "back", "explain", "summary", "pause", "unclear")
C_GRID = (1.0, 3.0, 10.0, 30.0, 100.0)
T_GRID = tuple(round(x, 2) for x in np.arange(0.0, 0.91, 0.05))
RANDOM_STATE = 0
PROGRAM_TIMEOUT_S = 600


# ---------------------------------------------------------------- data

def load(path: Path) -> list[dict]:
    with path.open(encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def as_input(item: dict) -> str:
    q = "__q_" + item["question"].replace(".", "_") + "__"
    return f"{q} {item['text']}"


# ---------------------------------------------------------------- metrics

def is_critical(gold: str, pred: str) -> bool:
    if gold in ANSWERS:
        return pred in ANSWERS and pred != gold
    if gold == "emergency":
        return pred != "emergency"
    if gold == "unclear":
        return pred in ("yes", "no")
    return False


def cost(gold: list[str], pred: list[str]) -> int:
    return sum(g != p for g, p in zip(gold, pred)) + sum(is_critical(g, p) for g, p in zip(gold, pred))


def intent_metrics(items: list[dict], preds: list[str]) -> dict:
    gold = [it["intent"] for it in items]
    n = len(gold)
    answers = [i for i, g in enumerate(gold) if g in ANSWERS]
    emerg = [i for i, g in enumerate(gold) if g == "emergency"]
    m = {
        "n": n,
        "accuracy": sum(g == p for g, p in zip(gold, preds)) / n if n else float("nan"),
        "critical": [i for i in range(n) if is_critical(gold[i], preds[i])],
        "unclear_on_answers": (sum(preds[i] == "unclear" for i in answers), len(answers)),
        "emergency_recall": (sum(preds[i] == "emergency" for i in emerg), len(emerg)),
        "recall": {},
    }
    for intent in INTENTS:
        idx = [i for i, g in enumerate(gold) if g == intent]
        m["recall"][intent] = (sum(preds[i] == intent for i in idx), len(idx))
    return m


# ---------------------------------------------------------------- baseline

def make_model(c: float) -> Pipeline:
    features = FeatureUnion([
        ("word", TfidfVectorizer(analyzer="word", ngram_range=(1, 2), lowercase=True, sublinear_tf=True)),
        ("char", TfidfVectorizer(analyzer="char_wb", ngram_range=(2, 5), lowercase=True, sublinear_tf=True)),
    ])
    clf = LogisticRegression(C=c, max_iter=5000)
    return Pipeline([("features", features), ("clf", clf)])


def decide(proba: np.ndarray, classes: np.ndarray, t: float) -> list[str]:
    top = proba.argmax(axis=1)
    return [("unclear" if proba[i, top[i]] < t else str(classes[top[i]])) for i in range(len(top))]


def oof_proba(x: list[str], y: list[str], c: float) -> tuple[np.ndarray, np.ndarray]:
    classes = np.array(sorted(set(y)))
    out = np.zeros((len(x), len(classes)))
    skf = StratifiedKFold(n_splits=5, shuffle=True, random_state=RANDOM_STATE)
    xa, ya = np.array(x, dtype=object), np.array(y)
    for tr, va in skf.split(xa, ya):
        model = make_model(c).fit(list(xa[tr]), list(ya[tr]))
        p = model.predict_proba(list(xa[va]))
        cols = [int(np.where(classes == k)[0][0]) for k in model.classes_]
        out[np.ix_(va, cols)] = p
    return out, classes


def run_baseline(train: list[dict], evaluate: list[dict], eval_is_train: bool):
    x = [as_input(it) for it in train]
    y = [it["intent"] for it in train]
    best = None  # (cost, C, t, oof preds)
    for c in C_GRID:
        proba, classes = oof_proba(x, y, c)
        for t in T_GRID:
            preds = decide(proba, classes, t)
            key = (cost(y, preds), c, t)
            if best is None or key < best[0]:
                best = (key, preds)
    (_, c, t), oof_preds = best
    if eval_is_train:
        preds = oof_preds
    else:
        model = make_model(c).fit(x, y)
        preds = decide(model.predict_proba([as_input(it) for it in evaluate]), model.classes_, t)
    return preds, c, t


# ---------------------------------------------------------------- program

def run_program(items: list[dict]) -> tuple[list[dict] | None, str]:
    env_bin = os.environ.get("MELDCODE_BIN")
    binary = Path(env_bin) if env_bin else REPO / ".build" / "release" / "meldcode"
    if not binary.exists():
        hint = "" if env_bin else " (build it with `swift build -c release`, or set MELDCODE_BIN)"
        return None, f"program binary not found: {binary}{hint}"
    stdin = "".join(json.dumps({"id": it["id"], "question": it["question"], "text": it["text"]},
                               ensure_ascii=False) + "\n" for it in items)
    try:
        proc = subprocess.run([str(binary), "classify", "--batch"], input=stdin.encode("utf-8"),
                              capture_output=True, timeout=PROGRAM_TIMEOUT_S)
    except subprocess.TimeoutExpired:
        return None, f"`{binary} classify --batch` did not finish within {PROGRAM_TIMEOUT_S}s"
    except OSError as e:
        return None, f"could not run {binary}: {e}"
    if proc.returncode != 0:
        err = proc.stderr.decode("utf-8", "replace").strip().splitlines()
        tail = ("; stderr: " + " | ".join(err[-3:])) if err else ""
        return None, f"`{binary} classify --batch` exited with code {proc.returncode}{tail}"
    lines = [ln for ln in proc.stdout.decode("utf-8", "replace").splitlines() if ln.strip()]
    if len(lines) != len(items):
        return None, f"program wrote {len(lines)} result lines for {len(items)} items"
    out = []
    for n, (line, it) in enumerate(zip(lines, items), 1):
        try:
            r = json.loads(line)
        except json.JSONDecodeError as e:
            return None, f"program output line {n} is not JSON ({e}): {line[:120]!r}"
        if not isinstance(r, dict) or r.get("id") != it["id"] or not isinstance(r.get("intent"), str):
            return None, f"program output line {n} does not match item {it['id']}: {line[:120]!r}"
        if not isinstance(r.get("entities"), dict):
            r["entities"] = {}
        out.append(r)
    return out, ""


def entity_metrics(items: list[dict], results: list[dict]) -> dict:
    age_idx = [i for i, it in enumerate(items) if it["question"] == "leeftijd" and "age" in it]
    age_ok = sum(results[i]["entities"].get("age") == items[i]["age"] for i in age_idx)
    role_idx = [i for i, it in enumerate(items)
                if it["question"] == "stap2.overleg_met" and it["intent"] in ANSWERS]

    def roles_of(r: dict) -> set:
        v = r["entities"].get("roles")
        return set(v) if isinstance(v, list) else set()

    roles_ok = sum(roles_of(results[i]) == set(items[i].get("roles", [])) for i in role_idx)
    return {"age": (age_ok, len(age_idx)), "roles": (roles_ok, len(role_idx))}


# ---------------------------------------------------------------- report

def frac(pair: tuple[int, int]) -> str:
    k, n = pair
    return f"{k}/{n} = {k / n:.1%}" if n else "n/a"


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--data", default="Tests/MeldcodeKitTests/Intents",
                    help="folder with dev.jsonl and test.jsonl (default: %(default)s)")
    ap.add_argument("--split", choices=("test", "fresh", "dev"), default="test",
                    help="which file to evaluate (fresh: a later round kept unseen, see the Intents README)")
    ap.add_argument("--show-errors", action="store_true",
                    help="list the program's critical errors with their text (always on for dev; on the test and "
                         "fresh splits this exposes held-out items, so it is off by default)")
    args = ap.parse_args()

    data = Path(args.data)
    if not data.is_absolute() and not data.exists():
        data = REPO / data
    dev = load(data / "dev.jsonl")
    items = dev if args.split == "dev" else load(data / f"{args.split}.jsonl")

    base_preds, c, t = run_baseline(dev, items, eval_is_train=(args.split == "dev"))
    base = intent_metrics(items, base_preds)

    results, problem = run_program(items)
    prog = ents = None
    if results is not None:
        prog = intent_metrics(items, [r["intent"] for r in results])
        ents = entity_metrics(items, results)

    print(f"split: {args.split} ({len(items)} items); baseline trained on dev.jsonl ({len(dev)} items)"
          + (", figures are 5-fold out-of-fold" if args.split == "dev" else ""))
    print(f"baseline: tf-idf word 1-2 + char_wb 2-5, LogisticRegression C={c:g}, "
          f"abstain (unclear) below p={t:.2f} [chosen by 5-fold CV on dev, cost = errors + critical errors]")
    if results is None:
        print(f"program: NOT EVALUATED - {problem}")
    print()

    na = "n/a"
    rows = [
        ("accuracy (intent exact match)", f"{base['accuracy']:.1%}", f"{prog['accuracy']:.1%}" if prog else na),
        ("critical errors", f"{len(base['critical'])}", f"{len(prog['critical'])}" if prog else na),
        ("unclear on real answers", frac(base["unclear_on_answers"]), frac(prog["unclear_on_answers"]) if prog else na),
        ("emergency recall", frac(base["emergency_recall"]), frac(prog["emergency_recall"]) if prog else na),
        ("age accuracy (leeftijd with age)", na, frac(ents["age"]) if ents else na),
        ("roles exact match (overleg_met answers)", na, frac(ents["roles"]) if ents else na),
    ]
    rows.append(("-- recall per gold intent --", "", ""))
    for intent in INTENTS:
        rows.append((f"  {intent}", frac(base["recall"][intent]), frac(prog["recall"][intent]) if prog else na))
    w0 = max(len(r[0]) for r in rows)
    w1 = max(len(r[1]) for r in rows + [("", "baseline", "")])
    w2 = max(len(r[2]) for r in rows + [("", "", "program")])
    print(f"{'metric':<{w0}}  {'baseline':>{w1}}  {'program':>{w2}}")
    print(f"{'-' * w0}  {'-' * w1}  {'-' * w2}")
    for a, b, p in rows:
        print(f"{a:<{w0}}  {b:>{w1}}  {p:>{w2}}")

    if prog:
        print()
        print(f"program critical errors ({len(prog['critical'])}):")
        if args.split != "dev" and not args.show_errors:
            print("  (texts hidden for the held-out split; use --show-errors)")
            return 0
        for i in prog["critical"]:
            it = items[i]
            print(f"  {it['id']}  [{it['question']}]  gold={it['intent']}  pred={results[i]['intent']}  "
                  f"{json.dumps(it['text'], ensure_ascii=False)}")
        return 0
    print()
    print(f"meldcode program could not be evaluated: {problem}")
    return 1


if __name__ == "__main__":
    sys.exit(main())
