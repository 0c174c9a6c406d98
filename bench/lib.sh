# Shared by the bench scripts (sourced, run from the repository root).

# Exits with a hint when a file the bench runs is not built yet.
require_built() {
  local file
  for file in "$@"; do
    [ -f "$file" ] || { echo "missing $file: build first (./mvnw -B -q install -DskipTests)" >&2; exit 1; }
  done
}

# The local runtime's test classpath (its classes, the bench classes and the harness), written to $1.
local_runtime_test_classpath() {
  ./mvnw -B -q -pl infrastructure/local-runtime dependency:build-classpath \
    -Dmdep.includeScope=test -Dmdep.outputFile="$1.deps"
  echo "infrastructure/local-runtime/target/test-classes:infrastructure/local-runtime/target/classes:$(cat "$1.deps")" > "$1"
}
