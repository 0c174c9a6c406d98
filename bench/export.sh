#!/usr/bin/env bash
# The course-results export of an organisation with 10,000 students of 10 recorded results each (100,000 rows), from
# the request to the answer: the real API handler reads DynamoDB Local, writes the workbook with POI's streaming
# SXSSF and, the file being larger than a Lambda response takes, puts it into S3Proxy and answers a presigned link
# (the bench downloads it to check). One warm-up, then RUNS (default 3). Last line:
#   export: 100000 rows <ms> ms, peak heap <MB> MB
# <ms> is the median from sending the request to the answer; peak heap is the highest heap the function's own JVM
# used during a run (its heap pools' peaks, reset before each). That JVM is a child process started as Lambda starts
# the function: the template's JAVA_TOOL_OPTIONS, and the serial collector and 256 MB heap the JVM picks itself in a
# 1024 MB function (FUNCTION_JAVA_OPTS to change them). The stand-ins live in the bench's JVM.
# Compiles what it runs; MAVEN_ARGS (e.g. -o) go to Maven.
set -euo pipefail
cd "$(dirname "$0")/.."
. bench/lib.sh
runs=${RUNS:-3}

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
pass_bundles_test_classpath "$work/classpath"
classpath=$(cat "$work/classpath")

# the functions log to the console; only the bench's figures are shown
lambda_opts=$(lambda_java_options)
function_opts=${FUNCTION_JAVA_OPTS:-$lambda_opts -XX:+UseSerialGC -Xmx256m}
java ${BENCH_JAVA_OPTS:-} "-Dfunction.java.opts=$function_opts" -cp "$classpath" \
  io.coursedesk.passes.exports.CourseResultsExportBench "$runs" > "$work/out" 2>&1 \
  || { tail -40 "$work/out" >&2; exit 1; }
grep -E '^(seeded |warm-up: |run [0-9]+: |  downloaded )' "$work/out"
grep -E '^export: ' "$work/out" | tail -1
