#!/usr/bin/env bash
# Times how fast hostile queries are refused, next to ordinary ones (a benchmark, not part of the
# test suite): starts the API on the in-memory embedded MongoDB with the seed data and prints
# p50/p95 per request.
#   backend/bench.sh [runs per request, default 200]
# Needs a JDK 21 or newer (JAVA_HOME, java on PATH, or one under the usual JVM folders) and,
# on the first run, Maven Central for the exec plugin.
set -euo pipefail
cd "$(dirname "$0")/.."

# shellcheck source=../scripts/jdk.sh
. scripts/jdk.sh
pick_jdk

exec ./mvnw -q -B -pl backend test-compile exec:java -Dexec.classpathScope=test \
  -Dexec.mainClass=uk.trustboard.api.bench.HostileQueryBenchmark -Dexec.args="${1:-200}"
