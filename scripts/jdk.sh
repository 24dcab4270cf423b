# Sourced by the project's scripts: picks a JDK 21 or newer when the default one is older.

java_major() {
  "$1" -version 2>&1 | sed -nE '1s/.*version "([0-9]+)(\.[0-9]+)*.*".*/\1/p'
}

# Use JAVA_HOME or the java on PATH when it is 21+, else the newest 21+ JDK in the usual places.
pick_jdk() {
  local candidate
  if [ -n "${JAVA_HOME:-}" ] && [ -x "$JAVA_HOME/bin/java" ] && [ "$(java_major "$JAVA_HOME/bin/java")" -ge 21 ]; then
    return
  fi
  if command -v java >/dev/null 2>&1 && [ "$(java_major java)" -ge 21 ]; then
    JAVA_HOME="$(dirname "$(dirname "$(readlink -f "$(command -v java)")")")"
    export JAVA_HOME
    return
  fi
  local best="" best_major=0 major
  for candidate in /usr/lib/jvm/* /usr/java/* /opt/java/* /Library/Java/JavaVirtualMachines/*/Contents/Home \
                   "$HOME"/.sdkman/candidates/java/* "$HOME"/.jdks/*; do
    [ -x "$candidate/bin/javac" ] || continue
    major="$(java_major "$candidate/bin/java")"
    if [ -n "$major" ] && [ "$major" -ge 21 ] && [ "$major" -gt "$best_major" ]; then
      best="$candidate"; best_major="$major"
    fi
  done
  if [ -z "$best" ]; then
    echo "Trustboard needs a JDK 21 or newer: install one (e.g. Temurin 21) or set JAVA_HOME." >&2
    exit 1
  fi
  export JAVA_HOME="$best"
}

