#!/usr/bin/env bash
# One daily reminder run over 100,000 certificates of which 1,000 are due: the real schedule handler of the reminders
# function on the local stand-ins (DynamoDB Local, the outbox relay on its stream, the local bus), its DynamoDB client
# behind a proxy that counts the items DynamoDB reads for it (a query's ScannedCount, GetItem, BatchGetItem). One
# provider with certificate reminders 4 weeks ahead; 1,000 certificates expire 4 weeks after the run's day, the others
# on days before it or after the window. Prints the seeding, the next day's run, and last:
#   reminders: run <ms> ms, read <n> items, due <n>
# Compiles what it runs; MAVEN_ARGS (e.g. -o) go to Maven.
set -euo pipefail
cd "$(dirname "$0")/.."

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
# test-compile in the same run makes Maven resolve the sibling modules to their target/classes
./mvnw -B -q ${MAVEN_ARGS:-} -pl functions/reminders -am test-compile dependency:build-classpath \
  -Dmdep.includeScope=test -Dmdep.outputFile="$work/deps.txt" > "$work/build" 2>&1 \
  || { tail -40 "$work/build" >&2; exit 1; }
classpath="functions/reminders/target/test-classes:functions/reminders/target/classes:$(cat "$work/deps.txt")"

# the functions log to the console; only the bench's figures are shown
# nodelay: the counting proxy's answers leave at once (see ReadCountingProxy)
java ${BENCH_JAVA_OPTS:-} -Dsun.net.httpserver.nodelay=true -cp "$classpath" io.coursedesk.reminders.bench.RemindersBench > "$work/out" 2>&1 \
  || { tail -40 "$work/out" >&2; exit 1; }
grep -E '^(seeded |next day: |published )' "$work/out"
grep -E '^reminders: ' "$work/out" | tail -1
