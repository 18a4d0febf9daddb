#!/usr/bin/env bash
# Builds the fuzz targets with libFuzzer and AddressSanitizer and runs each
# for a number of inputs (default 100000), starting from seeds of real input.
# Usage: Fuzz/run.sh [runs] — or FUZZ_SECONDS=600 Fuzz/run.sh to run each
# target for that long instead.
set -euo pipefail
cd "$(dirname "$0")"
runs="${1:-100000}"
# Every Swift module (the project's too) is instrumented, so the fuzzer sees
# which code an input reached.
swift build -c release -Xswiftc -sanitize=address -Xswiftc -sanitize-coverage=edge,inline-8bit-counters,pc-table,trace-cmp -Xswiftc -use-ld=lld
bin=.build/release
mkdir -p corpus/matcher corpus/jsonl corpus/yaml
# Seeds: real answers, real JSON lines, the shipped YAML.
head -200 ../Tests/MeldcodeKitTests/Intents/dev.jsonl | python3 -c '
import json, sys, hashlib
for line in sys.stdin:
    item = json.loads(line)
    for folder, data in (("matcher", item["text"]), ("jsonl", json.dumps({"text": item["text"]}))):
        name = hashlib.sha1(data.encode()).hexdigest()
        open(f"corpus/{folder}/{name}", "w").write(data)
'
cp ../Dialogues/basismodel.yaml ../Localization/nl/lexicon.yaml corpus/yaml/ 2>/dev/null || true
for target in matcher:FuzzMatcher jsonl:FuzzJSONLines yaml:FuzzYAML; do
  folder="${target%%:*}"; name="${target##*:}"
  extra=""
  [ "$folder" = yaml ] && extra="-max_len=200000"
  [ -n "${FUZZ_SECONDS:-}" ] && extra="$extra -max_total_time=$FUZZ_SECONDS" && runs=-1
  echo "== $name"
  "$bin/$name" -runs="$runs" $extra -print_final_stats=1 "corpus/$folder" 2>&1 | grep -E "stat::number_of_executed_units|Done|ERROR|crash" || true
done
