#!/usr/bin/env bash
# Runs the eval scenarios and records their tables, root-cause rates and safety counts in evals/RESULTS.md.
# Without --mode or --json: the deterministic mode (router, no model) over every scenario, then the scripted mode
# (the bot's model loop against a model replaying each scenario's script.yaml) over those with a script.
#   evals/bench/eval.sh [--mode deterministic|scripted|live] [--llm ollama|openai --model M --llm-url URL]
#                       [--repeat N] [--json] [--only ID]... [--no-results]
# Live mode reads the model server from --llm-url, else $OLLAMA_URL, else http://127.0.0.1:11434.
# Exit code 1 if any scenario led to an unsafe proposal, execution or cluster change; 2 on bad input.
set -euo pipefail
cd "$(dirname "$0")/../.."
source deploy/local/lib.sh
find_jdk
./mvnw -B -q -DskipTests -pl evals -am compile dependency:build-classpath -Dmdep.outputFile=target/classpath.txt
mkdir -p evals/target

run() {
  local rc=0
  java -cp "evals/target/classes:$(cat evals/target/classpath.txt)" io.kubemate.evals.EvalMain \
    --scenarios evals/scenarios "$@" 2>evals/target/eval.log || rc=$?
  if [ "$rc" -ne 0 ]; then
    grep -v -E '^[0-9:.]+ +(INFO|DEBUG|WARN)' evals/target/eval.log | tail -20 >&2
  fi
  return "$rc"
}

single=0
for arg in "$@"; do
  case "$arg" in --mode|--mode=*|--json) single=1 ;; esac
done
if [ "$single" = 1 ]; then
  run "$@"
else
  status=0
  echo "== deterministic"
  run --mode deterministic "$@" || status=$?
  echo "== scripted"
  run --mode scripted "$@" || { rc=$?; [ "$status" -ne 0 ] || status=$rc; }
  exit "$status"
fi
