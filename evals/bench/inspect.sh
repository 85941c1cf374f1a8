#!/usr/bin/env bash
# Full inspection of a synthetic cluster (default 50 nodes, 20 namespaces, 1,000 workloads, 5,000 pods) on
# the mock API server: wall time against plain lists of the same kinds, and peak RSS.
#   evals/bench/inspect.sh [nodes namespaces workloads podsPerWorkload rounds]
set -euo pipefail
cd "$(dirname "$0")/../.."
source deploy/local/lib.sh
find_jdk
./mvnw -B -q -DskipTests -pl evals -am install
./mvnw -B -q -pl evals dependency:build-classpath -Dmdep.outputFile="$PWD/evals/target/classpath.txt"
exec java -Xlog:disable -cp "evals/target/classes:$(cat evals/target/classpath.txt)" \
  io.kubemate.evals.bench.InspectionBenchmark "$@" 2> >(grep -v -E 'MockWebServer|^[A-Z][a-z]{2} [0-9]+, 20' >&2)
