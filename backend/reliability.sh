#!/usr/bin/env bash
# The load test and the fuzzer (not part of the test suite; see RELIABILITY.md). Each starts the
# API in a JVM of its own on the embedded file store (a temporary directory) with the seed data,
# drives it from this JVM over loopback, prints its figures and exits non-zero on a failure
# (keeping that directory, with the application's log, to look into).
#   backend/reliability.sh load [rate=20] [minutes=5] [warmup=30] [people=3000]
#   backend/reliability.sh fuzz [seconds=120] [clients=4] [seed=<clock>]
# Needs a JDK 21 or newer (JAVA_HOME, java on PATH, or one under the usual JVM folders).
set -euo pipefail
cd "$(dirname "$0")/.."

# shellcheck source=../scripts/jdk.sh
. scripts/jdk.sh
pick_jdk

case "${1:-}" in
  load) main=uk.trustboard.api.reliability.LoadRun ;;
  fuzz) main=uk.trustboard.api.reliability.FuzzRun ;;
  *)
    sed -n '5,6p' "$0" | sed 's/^# \{0,1\}//'
    exit 2
    ;;
esac
shift

./mvnw -q -B -pl backend test-compile dependency:build-classpath -Dmdep.includeScope=test \
  -Dmdep.outputFile=target/reliability.classpath
# a copy of the compiled classes, so that a rebuild during a long run does not change them under it
run=backend/target/reliability-run
rm -rf "$run" && mkdir -p "$run" && cp -r backend/target/classes backend/target/test-classes "$run"/
exec "$JAVA_HOME/bin/java" -Xmx1g \
  -cp "$run/test-classes:$run/classes:$(cat backend/target/reliability.classpath)" "$main" "$@"
