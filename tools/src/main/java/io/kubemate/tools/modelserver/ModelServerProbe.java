package io.kubemate.tools.modelserver;

import com.fasterxml.jackson.databind.JsonNode;
import io.kubemate.tools.http.JsonHttp;
import io.kubemate.tools.outcome.Outcome;

import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * What a model server holds, from its own API. Ollama: {@code GET /api/tags} (the models pulled) and
 * {@code GET /api/ps} (the models loaded in memory). vLLM's OpenAI-compatible server: {@code GET /v1/models}, the
 * names it serves (its {@code --served-model-name}), which are loaded by construction.
 */
public final class ModelServerProbe {

    /** The models a server holds and, of them, the ones loaded now. */
    public record Models(Set<String> present, Set<String> loaded) {

        public Models {
            present = Set.copyOf(present);
            loaded = Set.copyOf(loaded);
        }
    }

    public Outcome<Models> read(ModelServer server) {
        JsonHttp http = new JsonHttp(server.kind() == ModelServer.Kind.OLLAMA ? "Ollama " + server.name() : "vLLM " + server.name(),
                server.url(), server.timeout(), Map.of());
        return switch (server.kind()) {
            case OLLAMA -> JsonHttp.then(http.get("/api/tags"), tags -> JsonHttp.then(http.get("/api/ps"),
                    ps -> Outcome.ok(new Models(ollamaNames(tags), ollamaNames(ps)))));
            case VLLM -> JsonHttp.then(http.get("/v1/models"), models -> {
                Set<String> served = new LinkedHashSet<>();
                models.path("data").forEach(m -> served.add(m.path("id").asText()));
                return Outcome.ok(new Models(served, served));
            });
        };
    }

    private static Set<String> ollamaNames(JsonNode answer) {
        Set<String> names = new LinkedHashSet<>();
        answer.path("models").forEach(m -> {
            String name = m.path("name").asText(m.path("model").asText());
            if (!name.isEmpty()) {
                names.add(ollamaName(name));
            }
        });
        return names;
    }

    /** Ollama's name for a model: {@code llama3.1} is {@code llama3.1:latest}. */
    public static String ollamaName(String model) {
        String trimmed = model.trim();
        String last = trimmed.substring(trimmed.lastIndexOf('/') + 1);
        return last.contains(":") ? trimmed : trimmed + ":latest";
    }
}
