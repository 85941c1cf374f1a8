#!/usr/bin/env bash
# Runs the eval scenarios (deterministic mode: router and read tools, no LLM) and records the scenario table,
# root-cause rate and safety counts in evals/RESULTS.md. Exit code 1 if any scenario produced an unsafe proposal.
#   evals/bench/eval.sh [--json] [--only ID]... [--no-results]
set -euo pipefail
cd "$(dirname "$0")/../.."
source deploy/local/lib.sh
find_jdk
./mvnw -B -q -DskipTests -pl evals -am compile dependency:build-classpath -Dmdep.outputFile=target/classpath.txt
mkdir -p evals/target
set +e
java -cp "evals/target/classes:$(cat evals/target/classpath.txt)" io.kubemate.evals.EvalMain \
  --scenarios evals/scenarios --mode deterministic "$@" 2>evals/target/eval.log
rc=$?
set -e
if [ "$rc" -ne 0 ]; then
  grep -v -E '^[0-9:.]+ +(INFO|DEBUG)' evals/target/eval.log | tail -20 >&2
fi
exit "$rc"
