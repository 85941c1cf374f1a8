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
  JAVA_MAJOR=$("$JAVA_HOME/bin/java" -version 2>&1 | sed -n 's/.*version "\([0-9]*\).*/\1/p' | head -n 1)
  export JAVA_MAJOR
}

# JVM settings for a small service (README "Memory and start-up"): a capped heap (KUBEMATE_HEAP, default 128m;
# a knowledge base of more than ~20,000 chunks in the embedded store wants 256m) with a young generation of a fifth
# of it (every page of the young generation is touched within minutes, so its size is resident memory), the serial
# collector, small thread stacks and code cache (~22 MiB used after 2,000 chats), native memory given back to the
# OS, and an exit on running out of heap (a server that limps on after an OutOfMemoryError may not even stop on
# SIGTERM; its supervisor restarts it). Flags a JDK does not know are ignored. Sets the array JVM_FLAGS; call find_jdk
# first.
jvm_flags() {
  JVM_FLAGS=(-XX:+IgnoreUnrecognizedVMOptions "${SERIAL_GC_FLAGS[@]}" "-Xmx${KUBEMATE_HEAP:-128m}" -XX:NewRatio=4 -Xss512k
    -XX:ReservedCodeCacheSize=48m -XX:+UseCompactObjectHeaders -XX:TrimNativeHeapInterval=5000
    -XX:+ExitOnOutOfMemoryError --enable-native-access=ALL-UNNAMED)
  export MALLOC_ARENA_MAX=${MALLOC_ARENA_MAX:-2}
}

# The serial collector of a server, with a heap that grows only as far as its live set needs (a fifth free after each
# full collection, at most two fifths) instead of filling the whole cap with garbage before its first full collection:
# after 2,000 chats 78 MiB of heap instead of 128, for ~1.5% of the time in young collections.
SERIAL_GC_FLAGS=(-XX:+UseSerialGC -Xms32m -XX:MinHeapFreeRatio=20 -XX:MaxHeapFreeRatio=40)

# For a command that prints its answer and exits (everything but `serve`): the C1 compiler only, and the parallel
# collector in place of the serial one. Such a run is over in a second or two, before C2's optimised code would pay
# for the CPU it costs to make (a server keeps both compilers: C1 alone makes a whole-cluster inspection of 5,000 pods
# ~1.5 times slower); and nearly everything it allocates lives to the end, so each young collection copies most of
# what it finds, which two GC threads do in about half the pause (its memory is gone a second later). Call jvm_flags
# first.
one_shot_flags() {
  local flag kept=()
  for flag in "${JVM_FLAGS[@]}"; do
    [[ " ${SERIAL_GC_FLAGS[*]} " == *" $flag "* ]] || kept+=("$flag")
  done
  JVM_FLAGS=("${kept[@]}" -XX:+UseParallelGC -XX:-UseAdaptiveSizePolicy -XX:TieredStopAtLevel=1)
}

# The class cache of a jar for one use, made by one training run when it is missing or older than the jar: a JDK AOT
# cache on JDK 25+ (JEP 483/514/515), a CDS archive on JDK 21-24. `serve` (the default) gets a cache trained on a
# server that answers /health, the console, a diagnosis and an inspection over HTTP (the hidden `warm-up` command);
# `command` (every other command) one trained on `ask`, `inspect` and `route` run in turn in one JVM (the hidden
# `warm-up-commands`), smaller, so a one-shot command has fewer classes to map at start. A cache the JVM cannot use
# (another JDK, other flags) only costs start-up time: the JVM says so and starts without it. Appends the flags that
# use it to JVM_FLAGS; call jvm_flags
# first.
use_class_cache() {
  local jar=$1 use=${2:-serve} cache root scenario training index status
  root=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
  scenario="$root/evals/scenarios/crashloop-payment"
  if [ "$use" = serve ]; then
    cache="${jar%.jar}"
    training=(warm-up "why is payment-api restarting?" "/inspect" --scenario "$scenario")
  else
    cache="${jar%.jar}-cli"
    training=(warm-up-commands -- ask "why is payment-api restarting?" --scenario "$scenario" ";"
      inspect --manifests "$scenario/cluster" --json ";" route "why is payment-api restarting?" --manifests "$scenario/cluster" --json)
  fi
  if [ "${JAVA_MAJOR:-0}" -ge 25 ]; then
    cache="$cache.aot"
    JVM_CACHE_TRAIN=(-XX:AOTCacheOutput="$cache" -Xlog:aot=off,cds=off)
    JVM_CACHE_USE=(-XX:AOTCache="$cache" -Xlog:aot=off,cds=off)
  else
    cache="$cache.jsa"
    JVM_CACHE_TRAIN=(-XX:ArchiveClassesAtExit="$cache" -Xlog:cds=off)
    JVM_CACHE_USE=(-XX:SharedArchiveFile="$cache" -Xlog:cds=off)
  fi
  if [ ! -f "$cache" ] || [ "$jar" -nt "$cache" ]; then
    echo "training the class cache $cache ..." >&2
    # a throw-away knowledge index: training never touches the configured one (warm-up makes its own)
    index=$(mktemp -d)
    status=0
    KUBEMATE_KNOWLEDGE_INDEX_DIR="$index/knowledge" java "${JVM_FLAGS[@]}" "${JVM_CACHE_TRAIN[@]}" -jar "$jar" "${training[@]}" \
      >/dev/null 2>&1 || status=$?
    rm -rf "$index"
    if [ "$status" -ne 0 ]; then
      echo "could not train the class cache; starting without it" >&2
      rm -f "$cache"
      return 0
    fi
  fi
  JVM_FLAGS+=("${JVM_CACHE_USE[@]}")
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
