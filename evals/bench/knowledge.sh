#!/usr/bin/env bash
# Knowledge-base figures, in one run: recall@5 and MRR per language for each bundled embedding model (hybrid,
# keyword-only and vector-only search), ingest throughput against the bare model's on the same chunks, query
# latency p50/p95 with N chunks in the index, and the resident memory of `serve` with that index open.
#   evals/bench/knowledge.sh [chunks [corpus-folder...]]
# chunks 0: retrieval quality and ingest throughput only (no latency index, no serve).
# Default corpus: knowledge/runbooks (or the seed stand-ins while it is empty) and evals/knowledge/k8s-docs.
set -euo pipefail
cd "$(dirname "$0")/../.."
source deploy/local/lib.sh
find_jdk
chunks=${1:-100000}
shift || true
corpus=("$@")
if [ ${#corpus[@]} -eq 0 ]; then
  if ls knowledge/runbooks/*/*.md >/dev/null 2>&1; then corpus+=(knowledge/runbooks); else corpus+=(evals/knowledge/seed-runbooks); fi
  if ls evals/knowledge/k8s-docs/*.md >/dev/null 2>&1; then corpus+=(evals/knowledge/k8s-docs); fi
fi
./mvnw -B -q -DskipTests -pl evals -am package dependency:build-classpath -Dmdep.outputFile="$PWD/evals/target/classpath.txt"
run() { java --add-modules jdk.incubator.vector --enable-native-access=ALL-UNNAMED -Xlog:disable \
  -cp "evals/target/classes:$(cat evals/target/classpath.txt)" "$@" 2>/dev/null | grep -v -E '^[0-9:.]+ +(INFO|WARN|DEBUG)'; }

echo "## Retrieval quality and ingest throughput (corpus: ${corpus[*]})"
run io.kubemate.evals.bench.KnowledgeBenchmark evals/knowledge/questions.yaml "${corpus[@]}"

[ "$chunks" -eq 0 ] && exit 0
index=evals/target/kb-$chunks
echo
echo "## Query latency with $chunks chunks ($index)"
echo "| | p50 | p95 |"
echo "| --- | --- | --- |"
run io.kubemate.evals.bench.KnowledgeLatencyBenchmark "$chunks" "$index" 300 | grep -v '^filled'

rss_mb() { awk '/VmRSS/ {printf "%.0f", $2 / 1024}' "/proc/$1/status"; }
port=$(free_port)
java --add-modules jdk.incubator.vector --enable-native-access=ALL-UNNAMED \
  -Dkubemate.knowledge.index-dir="$index" -jar bot/target/kubemate-chatops.jar serve \
  --scenario evals/scenarios/crashloop-payment --port "$port" >/dev/null 2>&1 &
pid=$!
trap 'kill $pid 2>/dev/null || true' EXIT
until curl -fsS -o /dev/null "http://127.0.0.1:$port/health" 2>/dev/null; do
  kill -0 "$pid" 2>/dev/null || { echo "serve exited before answering" >&2; exit 1; }
  sleep 0.1
done
sleep 10
idle=$(rss_mb "$pid")
for q in "etcd 空间满了怎么处理" "/runbook PVC stuck pending" "how do I fix a node that is NotReady" "证书过期如何续期" "/runbook coredns timeout"; do
  for i in 1 2 3 4; do
    curl -fsS -o /dev/null -H 'Content-Type: application/json' \
      -d "{\"user\":\"web:dev\",\"conversation\":\"bench\",\"text\":\"$q\"}" "http://127.0.0.1:$port/api/chat"
  done
done
busy=$(rss_mb "$pid")
kill "$pid"; wait "$pid" 2>/dev/null || true
echo
echo "serve with the $chunks-chunk index open: idle RSS after 10 s ${idle} MiB; after 20 knowledge questions ${busy} MiB"
echo "fat jar: $(( $(stat -c %s bot/target/kubemate-chatops.jar) / 1024 / 1024 )) MiB; java: $(java -version 2>&1 | head -n 1); $(nproc) cores"
