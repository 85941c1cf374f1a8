package io.kubemate.evals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.YAMLException;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Reader;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;

/**
 * A model server speaking Ollama's {@code /api/chat} that replays a scenario's {@code script.yaml}: the tool
 * calls a plausible model makes, in order. A {@code say} step ends the turn with its text; the end of the script
 * ends it by relaying the tool results the bot sent in this turn, as a model quoting its evidence would. The
 * root cause is then scored from what the bot's tools really returned to the model, never from scripted text.
 * Prompt tokens are estimated as characters / 4.
 */
public final class ScriptedModel implements AutoCloseable {

    static final String FILE = "script.yaml";
    private static final ObjectMapper JSON = new ObjectMapper();

    /** One step: a tool call with its arguments, or (tool null) the end of a turn with this text. */
    record Step(String tool, Map<String, Object> args, String say) {
    }

    private final HttpServer server;
    private final Deque<Step> steps;
    private final ModelMeter meter = new ModelMeter();

    private ScriptedModel(List<Step> steps) throws IOException {
        this.steps = new ArrayDeque<>(steps);
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/api/chat", this::respond);
        server.start();
    }

    public static boolean exists(Path scenario) {
        return Files.isRegularFile(scenario.resolve(FILE));
    }

    public static ScriptedModel start(Path scenario) throws IOException {
        return new ScriptedModel(load(scenario.resolve(FILE)));
    }

    @SuppressWarnings("unchecked")
    static List<Step> load(Path file) throws IOException {
        Object root;
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            root = new Yaml(new SafeConstructor(new LoaderOptions())).load(reader);
        } catch (YAMLException e) {
            throw new IllegalArgumentException(file + ": not YAML: " + e.getMessage().lines().findFirst().orElse(""));
        }
        if (!(root instanceof Map<?, ?> map) || !(map.get("steps") instanceof List<?> list)) {
            throw new IllegalArgumentException(file + ": needs a list of steps");
        }
        List<Step> steps = new ArrayList<>();
        for (Object item : list) {
            if (!(item instanceof Map<?, ?> step) || (step.get("call") == null) == (step.get("say") == null)) {
                throw new IllegalArgumentException(file + ": each step is {call: TOOL, args: {...}} or {say: TEXT}, found " + item);
            }
            Object args = step.get("args");
            steps.add(new Step(step.get("call") == null ? null : step.get("call").toString(),
                    args instanceof Map<?, ?> a ? (Map<String, Object>) a : Map.of(),
                    step.get("say") == null ? null : step.get("say").toString()));
        }
        return steps;
    }

    /** The bot's configuration for this model. */
    public Map<String, Object> properties() {
        return Map.of("kubemate.llm.provider", "ollama",
                "kubemate.llm.base-url", "http://127.0.0.1:" + server.getAddress().getPort(),
                "kubemate.llm.model", "scripted");
    }

    public ModelMeter meter() {
        return meter;
    }

    /** Steps the bot never asked for: a script longer than the conversation it describes. */
    public synchronized int unused() {
        return steps.size();
    }

    private void respond(HttpExchange exchange) throws IOException {
        JsonNode request = JSON.readTree(exchange.getRequestBody().readAllBytes());
        Step step;
        synchronized (this) {
            step = steps.poll();
        }
        ObjectNode message = JSON.createObjectNode().put("role", "assistant");
        if (step != null && step.tool() != null) {
            message.put("content", "");
            ObjectNode function = message.putArray("tool_calls").addObject().putObject("function");
            function.put("name", step.tool());
            function.set("arguments", JSON.valueToTree(step.args()));
        } else {
            message.put("content", step == null ? relay(request) : step.say());
        }
        int promptTokens = request.toString().length() / 4;
        meter.record(promptTokens, 20, step != null && step.tool() != null ? 1 : 0);
        ObjectNode body = JSON.createObjectNode().put("model", "scripted").put("created_at", "2026-11-24T10:00:00Z");
        body.set("message", message);
        body.put("done_reason", "stop").put("done", true).put("prompt_eval_count", promptTokens).put("eval_count", 20);
        byte[] bytes = JSON.writeValueAsBytes(body);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(200, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    /** The tool results after the person's last message: what this turn's tools told the model. */
    private static String relay(JsonNode request) {
        List<String> results = new ArrayList<>();
        for (JsonNode message : request.path("messages")) {
            if ("user".equals(message.path("role").asText())) {
                results.clear();
            } else if ("tool".equals(message.path("role").asText())) {
                results.add(message.path("content").asText());
            }
        }
        return String.join("\n\n", results);
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
