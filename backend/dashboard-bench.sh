#!/usr/bin/env bash
# The compliance dashboard benchmark (not part of the test suite): starts the API on the
# in-memory embedded MongoDB (or MONGODB_URI's server), generates a synthetic trust, and prints
# latency, round trips and throughput figures with the machine they were measured on.
#   backend/dashboard-bench.sh [key=value ...]          e.g. quick=true for a smoke run
#   backend/dashboard-bench.sh generate [key=value ...] only generate a trust (SyntheticTrust) into
#                                                       the database the app uses (./data by default)
# See BENCHMARKS.md for the options and the figures. Needs a JDK 21 or newer (JAVA_HOME, java on
# PATH, or one under the usual JVM folders) and, on the first run, Maven Central for the exec plugin.
set -euo pipefail
cd "$(dirname "$0")/.."

# shellcheck source=../scripts/jdk.sh
. scripts/jdk.sh
pick_jdk

main=uk.trustboard.api.bench.DashboardBenchmark
if [ "${1:-}" = generate ]; then
  main=uk.trustboard.api.bench.SyntheticTrust
  shift
fi

# the app, the embedded MongoDB and the load all run in Maven's JVM: a million acknowledgements
# take a few GiB of heap on the embedded server
export MAVEN_OPTS="${MAVEN_OPTS:--Xms2g -Xmx12g}"
exec ./mvnw -q -B -pl backend test-compile exec:java -Dexec.classpathScope=test \
  -Dexec.mainClass="$main" -Dexec.args="$*"
