#!/usr/bin/env bash
# Builds the bot if needed and starts it on its embedded defaults: console at http://127.0.0.1:8080,
# in-memory state, router mode (no LLM), the kubeconfig's cluster. Arguments go to `serve`, e.g.
#   deploy/local/run.sh --scenario evals/scenarios/crashloop-payment
set -euo pipefail
cd "$(dirname "$0")/../.."
source deploy/local/lib.sh
find_jdk

jar=bot/target/kubemate-chatops.jar
if [ ! -f "$jar" ] || [ -n "$(find . -path ./.git -prune -o \( -name pom.xml -o -path '*/src/*' -o -path './prompts/*' \) -newer "$jar" -type f -print -quit)" ]; then
  echo "building $jar ..." >&2
  ./mvnw -B -q -DskipTests -pl bot -am package
fi

jvm_flags
use_class_cache "$jar" serve
export KUBEMATE_DEV_USER=${KUBEMATE_DEV_USER:-web:dev}
# shellcheck disable=SC2086
exec java "${JVM_FLAGS[@]}" ${KUBEMATE_JAVA_OPTS:-} -jar "$jar" serve "$@"
