#!/usr/bin/env bash
# 10,000 Loki lines into patterns and a 5,000-span Jaeger trace into a summary, through the tools, against
# fetching and parsing the same payloads with plain Jackson.
#   evals/bench/observability.sh [lines spans rounds]
set -euo pipefail
cd "$(dirname "$0")/../.."
source deploy/local/lib.sh
find_jdk
./mvnw -B -q -DskipTests -pl evals -am package dependency:build-classpath -Dmdep.outputFile="$PWD/evals/target/classpath.txt"
exec java -cp "evals/target/classes:$(cat evals/target/classpath.txt)" io.kubemate.evals.bench.ObservabilityBenchmark "$@"
