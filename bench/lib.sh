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

# Compiles the pass-bundles function with its tests and writes their classpath to $1 (work files beside it);
# MAVEN_ARGS (e.g. -o) go to Maven. test-compile in the same run makes Maven resolve the sibling modules to their
# target/classes.
pass_bundles_test_classpath() {
  ./mvnw -B -q ${MAVEN_ARGS:-} -pl functions/pass-bundles -am test-compile dependency:build-classpath \
    -Dmdep.includeScope=test -Dmdep.outputFile="$1.deps" > "$1.build" 2>&1 \
    || { tail -40 "$1.build" >&2; exit 1; }
  echo "functions/pass-bundles/target/test-classes:functions/pass-bundles/target/classes:$(cat "$1.deps")" > "$1"
}

# The JAVA_TOOL_OPTIONS the template gives every function.
lambda_java_options() {
  sed -n "s/^ *JAVA_TOOL_OPTIONS: '\(.*\)'$/\1/p" template.yaml
}
