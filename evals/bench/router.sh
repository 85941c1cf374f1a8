#!/usr/bin/env bash
# Tool and tool+argument accuracy of the no-LLM router on evals/router/utterances.yaml, per language
# (evals/router/chat.yaml runs over evals/router/chat-scenario: evals/bench/router.sh evals/router/chat.yaml evals/router/chat-scenario).
#   evals/bench/router.sh [utterances.yaml] [scenario dir] [min-confidence]
set -euo pipefail
cd "$(dirname "$0")/../.."
source deploy/local/lib.sh
find_jdk
./mvnw -B -q -DskipTests -pl evals -am package dependency:build-classpath \
  -Dmdep.outputFile="$PWD/evals/target/classpath.txt" -Dmdep.includeScope=runtime
exec java -Xlog:disable -cp "evals/target/classes:$(cat evals/target/classpath.txt)" \
  io.kubemate.evals.bench.RouterAccuracy "$@" 2> >(grep -v -E 'MockWebServer|^[A-Z][a-z]{2} [0-9]+, 20' >&2)
