#!/usr/bin/env bash
# Start-up and memory of `serve --scenario evals/scenarios/crashloop-payment` (issue 23), interleaving two JVM
# configurations so that both see the same machine load: `plain` (java -jar with the old run.sh flags) and
# `tuned` (deploy/local/lib.sh: jvm_flags + the class cache). Per run: ms to the first HTTP 200, RSS idle
# (after 10 s), RSS after the console's three demo questions and RSS after N more chats (default 0); then, in runs of
# their own, ms from `java` to the first answer of a diagnosis (the question sent as soon as the port answers). Then the
# wall time of two CLI commands per configuration. Prints Markdown tables; min/median are for RESULTS.md.
# With KUBEMATE_BENCH_BASE=<jar> (e.g. a copy of main's jar), `base` runs that jar instead of `plain`, with the JVM
# settings and class caches of KUBEMATE_BENCH_BASE_LIB (default this checkout's deploy/local/lib.sh; give main's, from a
# checkout of main, e.g. `git worktree add /tmp/base main`), so that a change is measured against main under the same load.
# KUBEMATE_BENCH_ONLY=serve or cli runs one of the two parts; KUBEMATE_BENCH_JAR=<jar> measures a copy instead of bot/target's.
# KUBEMATE_BENCH_CLUSTER=kubeconfig serves the same objects from a process of their own (the hidden `sandbox` command
# writes a kubeconfig for it) and starts the bot on that kubeconfig, as on a real cluster: the sandbox's memory and
# start-up are then not the bot's.
#   evals/bench/startup.sh [runs] [chats]
set -euo pipefail
cd "$(dirname "$0")/../.."
source deploy/local/lib.sh
find_jdk
runs=${1:-3}
chats=${2:-0}
jar=${KUBEMATE_BENCH_JAR:-$PWD/bot/target/kubemate-chatops.jar}
[ -f "$jar" ] || ./mvnw -B -q -DskipTests -pl bot -am package
jvm_flags
tuned_flags=("${JVM_FLAGS[@]}")
use_class_cache "$jar" serve
tuned=("${JVM_FLAGS[@]}")
JVM_FLAGS=("${tuned_flags[@]}")
one_shot_flags
use_class_cache "$jar" command
tuned_cli=("${JVM_FLAGS[@]}")
plain=(--add-modules jdk.incubator.vector --enable-native-access=ALL-UNNAMED -Xlog:disable)
plain_cli=("${plain[@]}")
other=plain other_jar=$jar
if [ -n "${KUBEMATE_BENCH_BASE:-}" ]; then
  other=base other_jar=$KUBEMATE_BENCH_BASE
  base_lib=${KUBEMATE_BENCH_BASE_LIB:-$PWD/deploy/local/lib.sh}
  # base's JVM flags and class cache for one use (serve|command) as base's own lib.sh makes them: its use_class_cache
  # trains base's caches with base's own training commands (from a checkout of base, so that its scenario is found)
  base_flags() {
    # shellcheck disable=SC1090
    (source "$base_lib"; find_jdk; jvm_flags; [ "$1" = serve ] || one_shot_flags; use_class_cache "$other_jar" "$1"
      printf '%s\n' "${JVM_FLAGS[@]}")
  }
  mapfile -t plain < <(base_flags serve)
  mapfile -t plain_cli < <(base_flags command)
fi

tmp=$(mktemp -d)
cluster_args=(--scenario evals/scenarios/crashloop-payment)
sandbox_pid=""
trap '[ -z "$sandbox_pid" ] || kill "$sandbox_pid" 2>/dev/null; rm -rf "$tmp"' EXIT
if [ "${KUBEMATE_BENCH_CLUSTER:-sandbox}" = kubeconfig ]; then
  java -Xlog:disable -jar "$jar" sandbox --scenario evals/scenarios/crashloop-payment --kubeconfig "$tmp/kubeconfig" \
    >"$tmp/sandbox.out" 2>/dev/null &
  sandbox_pid=$!
  wait_for "[ -s '$tmp/sandbox.out' ]" 120 || { echo "the sandbox API server did not start" >&2; exit 1; }
  export KUBECONFIG=$tmp/kubeconfig
  cluster_args=()
fi
now_ms() { date +%s%3N; }
rss_mb() { awk '/VmRSS/ {printf "%.0f", $2 / 1024}' "/proc/$1/status"; }
ask() {
  curl -fsS -o /dev/null -H 'Content-Type: application/json' -H "Origin: http://127.0.0.1:$1" \
    -d "{\"user\":\"web:dev\",\"conversation\":\"$2\",\"text\":\"$3\"}" "http://127.0.0.1:$1/api/chat"
}

# N chats through one curl process (a process per chat would measure curl): one conversation each, the three demo
# questions in turn.
many_chats() {
  local port=$1 n=$2 i
  [ "$n" -gt 0 ] || return 0
  local questions=("get pods in payments" "why is payment-api restarting?" "/inspect")
  for i in $(seq 1 "$n"); do
    printf 'url = "http://127.0.0.1:%s/api/chat"\noutput = "/dev/null"\nheader = "Content-Type: application/json"\n' "$port"
    printf 'header = "Origin: http://127.0.0.1:%s"\ndata = "{\\"user\\":\\"web:dev\\",\\"conversation\\":\\"bench-%s\\",\\"text\\":\\"%s\\"}"\n' \
      "$port" "$i" "${questions[$(( i % 3 ))]}"
    if [ "$i" -lt "$n" ]; then echo next; fi
  done > "$tmp/chats.curl"
  curl -fsS -K "$tmp/chats.curl" || echo "some of the $n chats failed" >&2
}

# Starts `serve` on a free port and waits for its first HTTP 200; sets port and pid. A serve that exits first stops
# the benchmark with the end of its log.
start_serve() {
  local jar=$1; shift
  port=$(free_port)
  KUBEMATE_DEV_USER=web:dev java "$@" -jar "$jar" serve "${cluster_args[@]}" --port "$port" >"$tmp/serve.log" 2>&1 &
  pid=$!
  until curl -fsS -o /dev/null "http://127.0.0.1:$port/health" 2>/dev/null; do
    kill -0 "$pid" 2>/dev/null || { echo "serve exited before answering:" >&2; tail -n 5 "$tmp/serve.log" >&2; exit 1; }
    sleep 0.02
  done
}

serve_once() {
  local name=$1 jar=$2; shift 2
  local port pid start first idle busy after
  start=$(now_ms)
  start_serve "$jar" "$@"
  first=$(( $(now_ms) - start ))
  sleep 10
  idle=$(rss_mb "$pid")
  for q in "get pods in payments" "why is payment-api restarting?" "/inspect"; do ask "$port" bench "$q"; done
  busy=$(rss_mb "$pid")
  many_chats "$port" "$chats"
  after=$(rss_mb "$pid")
  kill "$pid"; wait "$pid" 2>/dev/null || true
  echo "| $name | $first | $idle | $busy | $after | $(cut -d' ' -f1 /proc/loadavg) |"
}

# From `java` to the first answer of a question (the crash-loop diagnosis): the chat is sent as soon as the port
# answers, and waits for whatever the answer needs (the cluster, the router, the tools).
answer_once() {
  local name=$1 jar=$2; shift 2
  local port pid start
  start=$(now_ms)
  start_serve "$jar" "$@"
  ask "$port" first "why is payment-api restarting?"
  echo "| $name | $(( $(now_ms) - start )) | $(cut -d' ' -f1 /proc/loadavg) |"
  kill "$pid"; wait "$pid" 2>/dev/null || true
}

# `tuned` runs the CLI as deploy/local/kubemate does (one_shot_flags, the `command` class cache), `base` as base's
# deploy/local/kubemate did (its lib.sh's one_shot_flags and `command` cache), `plain` as the old run.sh did.
cli_once() {
  local name=$1 jar=$2; shift 2
  local start
  case $name in
    tuned) set -- "${tuned_cli[@]}" ;;
    base) set -- "${plain_cli[@]}" ;;
  esac
  start=$(now_ms)
  java "$@" -jar "$jar" inspect --manifests evals/scenarios/crashloop-payment/cluster --json >/dev/null 2>&1 || true
  local inspect=$(( $(now_ms) - start ))
  start=$(now_ms)
  java "$@" -jar "$jar" route "why is payment-api restarting?" --manifests evals/scenarios/crashloop-payment/cluster --json >/dev/null 2>&1
  echo "| $name | $inspect | $(( $(now_ms) - start )) | $(cut -d' ' -f1 /proc/loadavg) |"
}

# Runs `$2` for the other configuration and then for `tuned`, `runs` times, unless KUBEMATE_BENCH_ONLY names
# another part than `$1`.
interleave() {
  local part=$1 measure=$2
  [ "${KUBEMATE_BENCH_ONLY:-$part}" = "$part" ] || return 0
  for _ in $(seq 1 "$runs"); do
    "$measure" "$other" "$other_jar" "${plain[@]}"
    "$measure" tuned "$jar" "${tuned[@]}"
  done
}

echo "load before: $(cut -d' ' -f1-3 /proc/loadavg); $(nproc) cores; $(java -version 2>&1 | head -n 1); cluster: ${KUBEMATE_BENCH_CLUSTER:-sandbox}"
echo
echo "| config | first HTTP 200 (ms) | idle RSS (MiB) | RSS after 3 questions (MiB) | RSS after $chats more chats (MiB) | load |"
echo "| --- | --- | --- | --- | --- | --- |"
interleave serve serve_once
echo
echo "| config | first answer (ms) | load |"
echo "| --- | --- | --- |"
interleave serve answer_once
echo
echo "| config | inspect --manifests --json (ms) | route --json (ms) | load |"
echo "| --- | --- | --- | --- |"
interleave cli cli_once
echo
echo "load after: $(cut -d' ' -f1-3 /proc/loadavg); fat jar: $(( $(stat -c %s "$jar") / 1024 / 1024 )) MiB"
