#!/usr/bin/env python3
"""Turns anonymize-source.txt (sentences with [[kind|text]] marks) into
anonymize.jsonl, the labelled set AnonymizerSetTests measures on.

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
    lines = (HERE / "anonymize-source.txt").read_text(encoding="utf-8").splitlines()
    out, header = [], None
    for number, line in enumerate(lines, 1):
        if not line.strip() or line.startswith("#"):
            continue
        if line.startswith("@"):
            header = line
            continue
        if header is None:
            sys.exit(f"line {number}: a sentence without an @ line before it")
        text, spans = convert(line, f"line {number}")
        names = parse_names(header)
        for span in spans:
            if span["text"] not in text:
                sys.exit(f"line {number}: span {span['text']!r} not in the text")
        out.append(json.dumps({"text": text, "names": names, "spans": spans}, ensure_ascii=False))
        header = None
    (HERE / "anonymize.jsonl").write_text("\n".join(out) + "\n", encoding="utf-8")
    print(f"{len(out)} examples written")


if __name__ == "__main__":
    main()
