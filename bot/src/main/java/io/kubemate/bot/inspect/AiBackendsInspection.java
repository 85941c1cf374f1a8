package io.kubemate.bot.inspect;

import io.kubemate.bot.knowledge.KnowledgeProperties;
import io.kubemate.bot.llm.LlmProperties;
import io.kubemate.tools.inspect.Finding;
import io.kubemate.tools.inspect.Inspection;
import io.kubemate.tools.inspect.InspectionScope;
import io.kubemate.tools.inspect.Severity;
import io.kubemate.tools.outcome.Reason;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Singleton;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The bot's own AI backends: its language model server ({@code ai-llm-unreachable}: Ollama's {@code /api/version},
 * an OpenAI-compatible server's {@code /models}) and, when the knowledge store is Milvus, that Milvus
 * ({@code ai-vector-store-unreachable}: a TCP connection to its endpoint). One cheap probe each with a short timeout,
 * nothing downloaded; only in a whole-cluster inspection. A bot configured without a model (router only) has no
 * model to miss, so it gets no finding.
 */
@Singleton
final class AiBackendsInspection implements Inspection {

    static final String OLLAMA_DEFAULT = "http://127.0.0.1:11434";
    private static final int MILVUS_PORT = 19530;

    private final LlmProperties llm;
    private final KnowledgeProperties knowledge;
    private final EndpointProbe probe;

    AiBackendsInspection(LlmProperties llm, KnowledgeProperties knowledge, AiProbeProperties probe) {
        this.llm = llm;
        this.knowledge = knowledge;
        this.probe = new EndpointProbe(probe.timeout());
    }

    @PreDestroy
    void close() {
        probe.close();
    }

    @Override
    public String id() {
        return "ai-backends";
    }

    @Override
    public List<Finding> inspect(InspectionScope scope) {
        if (scope.namespace() != null) {
            return List.of();
        }
        List<Finding> findings = new ArrayList<>();
        model().ifPresent(findings::add);
        vectorStore().ifPresent(findings::add);
        return findings;
    }

    private Optional<Finding> model() {
        String base = switch (llm.provider()) {
            case "ollama" -> llm.baseUrl() == null || llm.baseUrl().isBlank() ? OLLAMA_DEFAULT : llm.baseUrl();
            case "openai" -> llm.baseUrl();
            default -> null;
        };
        if (base == null || base.isBlank()) {
            return Optional.empty();
        }
        URI url = URI.create(strip(base) + (llm.provider().equals("ollama") ? "/api/version" : "/models"));
        String shown = shown(url);
        return probe.get(url, llm.provider().equals("openai") ? llm.apiKey() : null).map(why -> new Finding(Severity.WARNING,
                "ai-llm-unreachable", "ModelServer", null, llm.model(), Reason.of("finding.ai-llm-unreachable", shown, why),
                List.of("kubemate.llm.provider " + llm.provider(), "GET " + shown + ": " + why), null)
                .withFix("curl -sS -m 5 -o /dev/null -w '%{http_code}\\n' " + shown));
    }

    private Optional<Finding> vectorStore() {
        if (!"milvus".equals(knowledge.store()) || knowledge.milvus() == null) {
            return Optional.empty();
        }
        URI uri = URI.create(knowledge.milvus().uri());
        String host = uri.getHost() == null ? "127.0.0.1" : uri.getHost();
        int port = uri.getPort() > 0 ? uri.getPort() : MILVUS_PORT;
        String endpoint = host + ":" + port;
        return probe.connect(host, port).map(why -> new Finding(Severity.WARNING, "ai-vector-store-unreachable", "VectorStore", null,
                knowledge.milvus().collection(), Reason.of("finding.ai-vector-store-unreachable", endpoint, why),
                List.of("kubemate.knowledge.store milvus", "TCP " + endpoint + ": " + why), null)
                .withFix("nc -vz -w 5 " + host + " " + port));
    }

    private static String strip(String base) {
        return base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
    }

    /** The URL without credentials someone may have put in it, as evidence and in the command. */
    private static String shown(URI url) {
        return url.getScheme() + "://" + url.getHost() + (url.getPort() > 0 ? ":" + url.getPort() : "") + url.getPath();
    }
}
