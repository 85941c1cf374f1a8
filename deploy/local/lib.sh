#!/usr/bin/env bash
# Helpers shared by run.sh and test.sh. Source it; do not run it.

# Picks a JDK >= 21: $JAVA_HOME first, else the newest one under /usr/lib/jvm. Exports JAVA_HOME and PATH.
find_jdk() {
  local candidate version best="" best_version=0
  for candidate in "${JAVA_HOME:-}" /usr/lib/jvm/*; do
    [ -n "$candidate" ] && [ -x "$candidate/bin/java" ] && [ -x "$candidate/bin/javac" ] || continue
    version=$("$candidate/bin/java" -version 2>&1 | sed -n 's/.*version "\([0-9]*\).*/\1/p' | head -n 1)
    [ -n "$version" ] || continue
    if [ "$candidate" = "${JAVA_HOME:-}" ] && [ "$version" -ge 21 ]; then
      best=$candidate; break
    fi
    if [ "$version" -ge 21 ] && [ "$version" -gt "$best_version" ]; then
      best=$candidate; best_version=$version
    fi
  done
  if [ -z "$best" ]; then
    echo "no JDK 21+ found: install one (e.g. apt-get install openjdk-21-jdk or Temurin) or set JAVA_HOME" >&2
    exit 2
  fi
  export JAVA_HOME=$best
  export PATH="$JAVA_HOME/bin:$PATH"
}

# Prints a TCP port that is free on 127.0.0.1 right now.
free_port() {
  local port
  for _ in $(seq 1 200); do
    port=$(( (RANDOM % 20000) + 30000 ))
    if ! (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then
      echo "$port"; return 0
    fi
  done
  echo "no free port found" >&2
  return 1
}

# Waits until a command succeeds, up to $2 seconds; returns non-zero on time-out.
wait_for() {
  local cmd=$1 seconds=$2
  for _ in $(seq 1 $((seconds * 5))); do
    if eval "$cmd" >/dev/null 2>&1; then return 0; fi
    sleep 0.2
  done
  return 1
}
