#!/usr/bin/env bash
# From the HTTP request to the mail in the SES emulator's store, in the local run (every function's own jar, the
# local bus wired from template.yaml): a student is enrolled through POST /courses/{courseId}/enrolments and the
# store is polled every 10 ms until the confirmation to that student is there. Prints median, min and max of
# RUNS (default 20) after one warm-up. Needs the jars and test classes built: ./mvnw -B -q install -DskipTests
set -euo pipefail
cd "$(dirname "$0")/.."
source bench/lib.sh
runs=${RUNS:-20}
# shellcheck disable=SC2046 # one CodeUri per word
require_built $(sed -n 's/^ *CodeUri: *//p' template.yaml | sort -u) \
  infrastructure/local-runtime/target/test-classes/io/coursedesk/local/bench/RequestToMailBench.class

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
local_runtime_test_classpath "$work/classpath.txt"
classpath=$(cat "$work/classpath.txt")

# the local run logs to the console; only the bench's figures are shown
java -cp "$classpath" io.coursedesk.local.bench.RequestToMailBench "$runs" > "$work/out" 2>&1 \
  || { tail -40 "$work/out" >&2; exit 1; }
grep -E '^(runs \(ms\): |HTTP request -> )' "$work/out"
