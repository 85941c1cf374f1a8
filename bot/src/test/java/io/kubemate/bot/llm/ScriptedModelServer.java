package io.kubemate.bot.llm;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;

/**
 * A stand-in for a model server speaking Ollama's {@code /api/chat} and the OpenAI {@code /v1/chat/completions}
 * wire formats: it answers with scripted assistant messages in order and records every request body, so the
 * real langchain4j clients and the whole tool loop run against it.
 */
final class ScriptedModelServer implements AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpServer server;
    private final Deque<String> script = new ArrayDeque<>();
    private final List<JsonNode> requests = new ArrayList<>();
    private volatile long delayMillis;

    ScriptedModelServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/api/chat", exchange -> respond(exchange, false));
        server.createContext("/v1/chat/completions", exchange -> respond(exchange, true));
        server.start();
    }

    String ollamaUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    String openAiUrl() {
        return ollamaUrl() + "/v1";
    }

    /** The next answer calls these tools (name → arguments). */
    synchronized ScriptedModelServer thenCall(String tool, Map<String, Object> arguments) {
        script.add("tool:" + tool + "\u0000" + write(arguments));
        return this;
    }

    /** The next answer is plain text. */
    synchronized ScriptedModelServer thenSay(String text) {
        script.add("text:" + text);
        return this;
    }

    /** Forgets what is left of the script, so that one server can serve several conversations in turn. */
    synchronized ScriptedModelServer clearScript() {
        script.clear();
        return this;
    }

    ScriptedModelServer slow(long millis) {
        this.delayMillis = millis;
        return this;
    }

    synchronized List<JsonNode> requests() {
        return List.copyOf(requests);
    }

    private void respond(com.sun.net.httpserver.HttpExchange exchange, boolean openAi) throws IOException {
        JsonNode request = JSON.readTree(exchange.getRequestBody().readAllBytes());
        String step;
        synchronized (this) {
            requests.add(request);
            step = script.isEmpty() ? "text:(script ended)" : script.poll();
        }
        if (delayMillis > 0) {
            try {
                Thread.sleep(delayMillis);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        byte[] body = (openAi ? openAi(step) : ollama(step)).getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(200, body.length);
        exchange.getResponseBody().write(body);
        exchange.close();
    }

    private static String ollama(String step) {
        String message;
        if (step.startsWith("tool:")) {
            String[] parts = step.substring(5).split("\u0000", 2);
            message = "{\"role\":\"assistant\",\"content\":\"\",\"tool_calls\":[{\"function\":{\"name\":" + write(parts[0])
                    + ",\"arguments\":" + parts[1] + "}}]}";
        } else {
            message = "{\"role\":\"assistant\",\"content\":" + write(step.substring(5)) + "}";
        }
        return "{\"model\":\"qwen2.5:7b-instruct\",\"created_at\":\"2026-11-24T10:00:00Z\",\"message\":" + message
                + ",\"done_reason\":\"stop\",\"done\":true,\"total_duration\":1000000,\"prompt_eval_count\":200,\"eval_count\":20}";
    }

    private static String openAi(String step) {
        String message;
        String finish;
        if (step.startsWith("tool:")) {
            String[] parts = step.substring(5).split("\u0000", 2);
            message = "{\"role\":\"assistant\",\"content\":null,\"tool_calls\":[{\"id\":\"call_1\",\"type\":\"function\",\"function\":{\"name\":"
                    + write(parts[0]) + ",\"arguments\":" + write(parts[1]) + "}}]}";
            finish = "tool_calls";
        } else {
            message = "{\"role\":\"assistant\",\"content\":" + write(step.substring(5)) + "}";
            finish = "stop";
        }
        return "{\"id\":\"chatcmpl-1\",\"object\":\"chat.completion\",\"created\":1764000000,\"model\":\"qwen2.5-7b-instruct\","
                + "\"choices\":[{\"index\":0,\"message\":" + message + ",\"finish_reason\":\"" + finish + "\"}],"
                + "\"usage\":{\"prompt_tokens\":200,\"completion_tokens\":20,\"total_tokens\":220}}";
    }

    private static String write(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
