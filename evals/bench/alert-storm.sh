#!/usr/bin/env bash
# Alertmanager webhook storm against the running bot (default 50 groups x 10 deliveries growing by 20 alerts:
# 10,000 distinct alerts in 500 calls): ingest throughput as a ratio to GET /health, and chat messages produced.
#   evals/bench/alert-storm.sh [groups rounds step concurrency]
set -euo pipefail
cd "$(dirname "$0")/../.."
source deploy/local/lib.sh
find_jdk
./mvnw -B -q -DskipTests -pl evals -am package dependency:build-classpath -Dmdep.outputFile="$PWD/evals/target/classpath.txt"
exec java -Xlog:disable -cp "evals/target/classes:$(cat evals/target/classpath.txt)" \
  io.kubemate.evals.bench.AlertStormBenchmark "$@" 2> >(grep -v -E 'MockWebServer|^[A-Z][a-z]{2} [0-9]+, 20' >&2)
