#!/usr/bin/env bash
# The schema's release tools (schema/README.md, "Changes and versions"). Run from anywhere.
#   scripts/schema.sh release    write the current schema as the next schema/snapshot/v<N>.graphqls
#   scripts/schema.sh manifest   write schema/persisted/manifest.json from schema/examples/*.graphql
set -euo pipefail
cd "$(dirname "$0")/.."

# shellcheck source=scripts/jdk.sh
. scripts/jdk.sh
pick_jdk
export PATH="$JAVA_HOME/bin:$PATH"

case "${1:-}" in
  release) main=uk.trustboard.api.schema.ReleaseSchema ;;
  manifest) main=uk.trustboard.api.schema.WritePersistedManifest ;;
  *)
    echo "usage: scripts/schema.sh release | manifest" >&2
    exit 2
    ;;
esac
exec ./mvnw -q -B -pl backend test-compile exec:java -Dexec.mainClass="$main" -Dexec.classpathScope=test
