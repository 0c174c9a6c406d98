#!/usr/bin/env bash
# A bundle of 500 passes (250 holders x 2 qualifications) from POST /pass-bundles to the READY bundle with its ZIP in
# S3Proxy: the API handler, the outbox relay on the table's stream, the local bus, the generator function (render,
# zip, multipart upload), all in one JVM on the local stand-ins; against the floor, the same renderer writing the same
# 500 passes into memory. One warm-up, then RUNS (default 5) of each. Last line:
#   pass-bundle: median <ms> ms, floor <ms> ms, ratio <r>, peak RSS <MB> MB
# Peak RSS is the VmHWM of the generator's own JVM, a child process started as Lambda starts the function: the
# template's JAVA_TOOL_OPTIONS, and the serial collector and 256 MB heap the JVM picks itself in a 1024 MB function
# (GENERATOR_JAVA_OPTS to change them). The stand-ins and the API function live in the bench's JVM, which runs with
# the template's options too (BENCH_JAVA_OPTS), so the floor is rendered by the same compiler as the bundle.
# Compiles what it runs; MAVEN_ARGS (e.g. -o) go to Maven.
set -euo pipefail
cd "$(dirname "$0")/.."
. bench/lib.sh
runs=${RUNS:-5}

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
pass_bundles_test_classpath "$work/classpath"
classpath=$(cat "$work/classpath")

# the functions log to the console; only the bench's figures are shown
lambda_opts=$(lambda_java_options)
generator_opts=${GENERATOR_JAVA_OPTS:-$lambda_opts -XX:+UseSerialGC -Xmx256m}
java ${BENCH_JAVA_OPTS:-$lambda_opts} "-Dgenerator.java.opts=$generator_opts" -cp "$classpath" \
  io.coursedesk.passes.bundles.PassBundleBench "$runs" > "$work/out" 2>&1 \
  || { tail -40 "$work/out" >&2; exit 1; }
grep -E '^(request to ZIP|floor) \(ms\): |^peak RSS of the bench' "$work/out"
grep -E '^pass-bundle: ' "$work/out" | tail -1
