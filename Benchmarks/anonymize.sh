#!/usr/bin/env bash
# Prints the anonymiser's per-kind recall and precision on the labelled set
# (Tests/DutchTextTests/Data/anonymize.jsonl) and on the held-out set.
# ANONYMIZE_DETAILS=1 also lists every miss and every stray replacement or
# flag; ANONYMIZE_DETAILS=all prints every anonymised text as well.
set -euo pipefail
cd "$(dirname "$0")/.."
swift build --build-tests >/dev/null
swift test --skip-build --filter AnonymizerSetTests 2>&1 \
  | grep -v -E '^(\[|Test Suite|Test Case|◇|✔|↳|	 Executed)'
