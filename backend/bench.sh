#!/usr/bin/env bash
# Times how fast hostile queries are refused, next to ordinary ones (a benchmark, not part of the
# test suite): starts the API on the in-memory embedded MongoDB with the seed data and prints
# p50/p95 per request.
#   backend/bench.sh [runs per request, default 200]
# Needs a JDK 21 or newer (JAVA_HOME, java on PATH, or one under the usual JVM folders) and,
# on the first run, Maven Central for the exec plugin.
set -euo pipefail
cd "$(dirname "$0")/.."

is_21_or_newer() {
  "$1" -version 2>&1 | grep -qE 'version "(2[1-9]|[3-9][0-9])'
}

if ! { [ -n "${JAVA_HOME:-}" ] && is_21_or_newer "$JAVA_HOME/bin/java"; }; then
  if command -v java >/dev/null 2>&1 && is_21_or_newer java; then
    JAVA_HOME="$(dirname "$(dirname "$(readlink -f "$(command -v java)")")")"
  else
    for candidate in /usr/lib/jvm/* /usr/java/* /opt/java/* "$HOME"/.sdkman/candidates/java/*; do
      if [ -x "$candidate/bin/javac" ] && is_21_or_newer "$candidate/bin/java"; then
        JAVA_HOME="$candidate"
        break
      fi
    done
  fi
  export JAVA_HOME
fi

exec ./mvnw -q -B -pl backend test-compile exec:java -Dexec.classpathScope=test \
  -Dexec.mainClass=uk.trustboard.api.bench.HostileQueryBenchmark -Dexec.args="${1:-200}"
