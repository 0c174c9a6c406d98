#!/usr/bin/env bash
# Cold start of the enrolment function against the floor (an empty Micronaut function): a fresh JVM per run,
# timed from the JVM's start to the first handled API Gateway v2 event. Prints medians, the ratio and jar sizes.
# Needs the jars built: ./mvnw -B -q install -DskipTests (RUNS=5 by default).
set -euo pipefail
cd "$(dirname "$0")/.."
source bench/lib.sh
runs=${RUNS:-5}
handler=io.micronaut.function.aws.proxy.payload2.APIGatewayV2HTTPEventFunction
enrolment_jar=functions/enrolment/target/enrolment-lambda.jar
empty_jar=bench/empty-function/target/empty-function-lambda.jar
require_built "$enrolment_jar" "$empty_jar"

work=$(mktemp -d)
trap 'exec 3>&- 2>/dev/null || true; rm -rf "$work"' EXIT
local_runtime_test_classpath "$work/classpath.txt"
classpath=$(cat "$work/classpath.txt")
classes="infrastructure/local-runtime/target/test-classes:infrastructure/local-runtime/target/classes"
# the timed JVM gets only what the Lambda Java runtime has besides the function jar: its serialization library
probe_classpath="$classes:$(tr ':' '\n' < "$work/classpath.txt.deps" | grep '/aws-lambda-java-serialization-')"

# DynamoDB Local with the table, the event bus and the token key, in a JVM of its own that is not timed
mkfifo "$work/aws-in"
# the events too are written there: the catalogue is public and makes a real query on the table
java -cp "$classpath" io.coursedesk.local.bench.BenchAws "$work" empty=/ping "enrolment=/catalogue?provider=bench" \
  < "$work/aws-in" > "$work/aws-out" 2>"$work/aws-err" &
exec 3>"$work/aws-in"
for _ in $(seq 1 300); do grep -q '^OPTIONS' "$work/aws-out" 2>/dev/null && break; sleep 0.1; done
grep -q '^OPTIONS' "$work/aws-out" || { echo "local AWS did not start:" >&2; cat "$work/aws-err" >&2; exit 1; }
read -r -a options <<< "$(sed -n 's/^OPTIONS //p' "$work/aws-out")"

# as Lambda runs Java with the template's JAVA_TOOL_OPTIONS
jvm_flags=(-XX:+TieredCompilation -XX:TieredStopAtLevel=1)

measure() { # name jar
  local name=$1 jar=$2
  : > "$work/$name.ms"
  for i in $(seq 1 "$runs"); do
    local start end line
    start=$(date +%s%N)
    line=$(java "${jvm_flags[@]}" "${options[@]}" -cp "$probe_classpath" io.coursedesk.local.bench.ColdStartProbe "$jar" "$handler" "$work/$name.json" 2>"$work/$name.err" | grep '^status=') \
      || { echo "$name run $i failed:" >&2; grep -v '^\s*at ' "$work/$name.err" | head -20 >&2; exit 1; }
    end=$(date +%s%N)
    echo "$name run $i: $line wall_ms=$(( (end - start) / 1000000 ))"
    echo "$line" | sed -E 's/.*jvm_to_response_ms=([0-9]+).*/\1/' >> "$work/$name.ms"
  done
}
median() { sort -n "$1" | awk '{a[NR]=$1} END {print (NR % 2) ? a[(NR+1)/2] : (a[NR/2] + a[NR/2+1]) / 2}'; }

measure empty "$empty_jar"
measure enrolment "$enrolment_jar"

empty_median=$(median "$work/empty.ms")
enrolment_median=$(median "$work/enrolment.ms")
echo
echo "median JVM start -> first response, $runs runs each:"
echo "  empty function      ${empty_median} ms"
echo "  enrolment function  ${enrolment_median} ms"
awk -v a="$enrolment_median" -v b="$empty_median" 'BEGIN {printf "  ratio enrolment/empty  %.2f\n", a / b}'
echo
echo "Lambda jar sizes:"
for jar in functions/*/target/*-lambda.jar bench/*/target/*-lambda.jar; do
  [ -f "$jar" ] && awk -v f="$jar" -v s="$(stat -c %s "$jar")" 'BEGIN {printf "  %-70s %6.1f MB\n", f, s / 1048576}'
done
