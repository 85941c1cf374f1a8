#!/usr/bin/env bash
# Measures the fat jar's size, the time from launch to the first HTTP 200 of `serve`, and its resident
# memory when idle and after answering the console's three demo questions. Prints a Markdown table.
#   evals/bench/startup.sh [runs]
set -euo pipefail
cd "$(dirname "$0")/../.."
source deploy/local/lib.sh
find_jdk
runs=${1:-3}
jar=bot/target/kubemate-chatops.jar
[ -f "$jar" ] || ./mvnw -B -q -DskipTests -pl bot -am package

now_ms() { date +%s%3N; }
rss_mb() { awk '/VmRSS/ {printf "%.0f", $2 / 1024}' "/proc/$1/status"; }

echo "| run | first HTTP 200 (ms) | idle RSS after 15 s (MiB) | RSS after 3 questions (MiB) |"
echo "| --- | --- | --- | --- |"
for run in $(seq 1 "$runs"); do
  port=$(free_port)
  start=$(now_ms)
  java --add-modules jdk.incubator.vector --enable-native-access=ALL-UNNAMED -jar "$jar" serve \
    --scenario evals/scenarios/crashloop-payment --port "$port" >/dev/null 2>&1 &
  pid=$!
  trap 'kill $pid 2>/dev/null || true' EXIT
  until curl -fsS -o /dev/null "http://127.0.0.1:$port/health" 2>/dev/null; do
    kill -0 "$pid" 2>/dev/null || { echo "serve exited before answering" >&2; exit 1; }
    sleep 0.05
  done
  first=$(( $(now_ms) - start ))
  sleep 15
  idle=$(rss_mb "$pid")
  for q in "get pods in payments" "why is payment-api restarting?" "/inspect"; do
    curl -fsS -o /dev/null -H 'Content-Type: application/json' \
      -d "{\"user\":\"web:dev\",\"conversation\":\"bench\",\"text\":\"$q\"}" "http://127.0.0.1:$port/api/chat"
  done
  busy=$(rss_mb "$pid")
  kill "$pid"; wait "$pid" 2>/dev/null || true
  echo "| $run | $first | $idle | $busy |"
done
echo
echo "fat jar: $(( $(stat -c %s "$jar") / 1024 / 1024 )) MiB ($(stat -c %s "$jar") bytes); java: $(java -version 2>&1 | head -n 1)"
