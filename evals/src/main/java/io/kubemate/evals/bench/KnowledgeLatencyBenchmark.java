package io.kubemate.evals.bench;

import io.kubemate.knowledge.Chunk;
import io.kubemate.knowledge.embed.Embedder;
import io.kubemate.knowledge.embed.EmbeddingModels;
import io.kubemate.knowledge.store.EmbeddedChunk;
import io.kubemate.knowledge.store.LuceneStore;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Query latency on a large index: fills a Lucene index with synthetic chunks (bilingual operations text and
 * random unit vectors of the model's dimension; HNSW cost depends on size and dimension, not on meaning) up
 * to N chunks, then times real questions: the model's query embedding plus the hybrid search, and the search
 * alone. Arguments: chunks index-folder [queries] (default 100000, evals/target/kb-100k, 300).
 */
public final class KnowledgeLatencyBenchmark {

    private static final String[] EN = ("pod node deployment service ingress volume claim etcd quota certificate probe "
            + "readiness liveness restart crash memory cpu disk pressure evicted pending scheduling taint toleration "
            + "network policy dns coredns kubelet runtime image pull secret configmap rollout rollback replica scale "
            + "backup snapshot compact defragment alert latency error timeout upstream gateway route tls").split(" ");
    private static final String[] ZH = ("节点 容器 服务 证书 存储 网络 策略 调度 驱逐 内存 磁盘 告警 重启 扩容 回滚 备份 "
            + "压缩 超时 延迟 探针 镜像 配额 日志 解析 域名 负载 集群 命名空间 故障 排查").split(" ");
    private static final List<String> QUERIES = List.of("etcd 空间满了怎么处理", "PVC stuck pending what to do",
            "pod 一直重启 OOMKilled", "node NotReady kubelet stopped", "证书过期如何续期", "service has no endpoints",
            "ingress 返回 404", "coredns cannot resolve names", "节点磁盘压力 pod 被驱逐", "rollback a bad release");

    private KnowledgeLatencyBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int target = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        Path dir = Path.of(args.length > 1 ? args[1] : "evals/target/kb-100k");
        int queries = args.length > 2 ? Integer.parseInt(args[2]) : 300;
        Embedder embedder = EmbeddingModels.named(EmbeddingModels.DEFAULT);
        Files.createDirectories(dir);
        try (LuceneStore store = LuceneStore.open(dir, embedder.name(), embedder.dimension())) {
            fill(store, target, embedder.dimension());
            embedder.embedQuery("warm up");
            for (int i = 0; i < 30; i++) {
                String q = QUERIES.get(i % QUERIES.size());
                store.search(q, embedder.embedQuery(q), 5);
            }
            long[] total = new long[queries];
            long[] searchOnly = new long[queries];
            for (int i = 0; i < queries; i++) {
                String q = QUERIES.get(i % QUERIES.size());
                long t0 = System.nanoTime();
                float[] vector = embedder.embedQuery(q);
                long t1 = System.nanoTime();
                store.search(q, vector, 5);
                long t2 = System.nanoTime();
                total[i] = t2 - t0;
                searchOnly[i] = t2 - t1;
            }
            System.out.printf("chunks: %d, model %s, %d queries%n", store.chunkCount(), embedder.name(), queries);
            System.out.printf("| question embedding + hybrid search | %.1f ms | %.1f ms |%n", pct(total, 50), pct(total, 95));
            System.out.printf("| hybrid search alone (BM25 + HNSW + RRF) | %.1f ms | %.1f ms |%n", pct(searchOnly, 50), pct(searchOnly, 95));
            System.out.println("process " + Rss.line());
        }
    }

    private static void fill(LuceneStore store, int target, int dimension) {
        long have = store.chunkCount();
        if (have >= target) {
            return;
        }
        Random random = new Random(42);
        long t0 = System.nanoTime();
        int perDocument = 100;
        for (long doc = have / perDocument; doc * perDocument < target; doc++) {
            String source = "synthetic/doc-" + doc + ".md";
            List<EmbeddedChunk> chunks = new ArrayList<>(perDocument);
            for (int i = 0; i < perDocument; i++) {
                chunks.add(new EmbeddedChunk(new Chunk(source + "#" + i, source, "Synthetic " + doc,
                        "Synthetic " + doc + " › " + i, text(random), Map.of()), vector(random, dimension)));
            }
            store.replace(source, "h", chunks);
            if (doc % 100 == 0) {
                System.out.printf("filled %d chunks (%.0f s)%n", store.chunkCount(), (System.nanoTime() - t0) / 1e9);
            }
        }
    }

    private static String text(Random random) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < 60; i++) {
            text.append(random.nextInt(3) == 0 ? ZH[random.nextInt(ZH.length)] : EN[random.nextInt(EN.length)]).append(' ');
        }
        return text.toString();
    }

    private static float[] vector(Random random, int dimension) {
        float[] v = new float[dimension];
        double norm = 0;
        for (int i = 0; i < dimension; i++) {
            v[i] = (float) random.nextGaussian();
            norm += v[i] * v[i];
        }
        for (int i = 0; i < dimension; i++) {
            v[i] /= (float) Math.sqrt(norm);
        }
        return v;
    }

    private static double pct(long[] nanos, int p) {
        long[] sorted = Arrays.copyOf(nanos, nanos.length);
        Arrays.sort(sorted);
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p / 100.0 * sorted.length) - 1)] / 1e6;
    }
}
