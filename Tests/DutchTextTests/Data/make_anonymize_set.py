#!/usr/bin/env python3
"""Turns anonymize-source.txt (sentences with [[kind|text]] marks) into
anonymize.jsonl, the labelled set AnonymizerSetTests measures on, and
anonymize-heldout-source.txt into anonymize-heldout.jsonl.

Run from anywhere: python3 Tests/DutchTextTests/Data/make_anonymize_set.py
"""
import json
import pathlib
import re
import sys

HERE = pathlib.Path(__file__).resolve().parent
KINDS = {"name", "uname", "bsn", "birthdate", "date", "phone", "email",
         "postcode", "address", "school", "class"}
MARK = re.compile(r"\[\[([a-z]+)\|([^\]]+)\]\]")


def parse_names(header):
    names = []
    for part in header[1:].split(";"):
        part = part.strip()
        if not part:
            continue
        name, role = (p.strip() for p in part.split("=", 1))
        names.append({"name": name, "role": role})
    return names


def convert(marked, where):
    spans, seen = [], set()
    for kind, text in MARK.findall(marked):
        if kind not in KINDS:
            sys.exit(f"{where}: unknown kind {kind}")
        key = (kind, text)
        if key in seen:
            continue
        seen.add(key)
        span = {"kind": "name" if kind == "uname" else kind, "text": text}
        if kind == "uname":
            span["given"] = False
        spans.append(span)
    return MARK.sub(lambda m: m.group(2), marked), spans


def main():
    for name in ("anonymize", "anonymize-heldout"):
        build(name)


def build(name):
    """An example is an @ line and the lines after it up to a blank line;
    several lines make one text with line breaks (a list of bullets)."""
    lines = (HERE / f"{name}-source.txt").read_text(encoding="utf-8").splitlines()
    examples, current = [], None
    for number, line in enumerate(lines, 1):
        if line.startswith("#"):
            continue
        if not line.strip():
            current = None
            continue
        if line.startswith("@"):
            current = [number, line, []]
            examples.append(current)
            continue
        if current is None:
            sys.exit(f"line {number}: a sentence without an @ line before it")
        current[2].append(line)
    out = []
    for number, header, body in examples:
        text, spans = convert("\n".join(body), f"line {number}")
        for span in spans:
            if span["text"] not in text:
                sys.exit(f"line {number}: span {span['text']!r} not in the text")
        out.append(json.dumps({"text": text, "names": parse_names(header), "spans": spans}, ensure_ascii=False))
    (HERE / f"{name}.jsonl").write_text("\n".join(out) + "\n", encoding="utf-8")
    print(f"{name}.jsonl: {len(out)} examples written")


if __name__ == "__main__":
    main()
