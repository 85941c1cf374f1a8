package io.kubemate.evals.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import io.kubemate.tools.logs.LogLimits;
import io.kubemate.tools.logs.LogQuery;
import io.kubemate.tools.logs.LogSummary;
import io.kubemate.tools.logs.LogsRequest;
import io.kubemate.tools.logs.LokiClient;
import io.kubemate.tools.outcome.Outcome;
import io.kubemate.tools.redact.Redactor;
import io.kubemate.tools.report.TokenBudget;
import io.kubemate.tools.scope.NamespaceScope;
import io.kubemate.tools.traces.JaegerClient;
import io.kubemate.tools.traces.TraceAnalyzer;
import io.kubemate.tools.traces.TraceSummary;
import io.kubemate.tools.traces.TraceTools;

import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Random;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * Renders 10,000 Loki log lines into patterns and a 5,000-span Jaeger trace into a summary, each through the
 * tool as the bot runs it (HTTP fetch, parse, redact, fold or analyse, Markdown), against fetching and parsing
 * the same payload with plain Jackson. Both payloads are served by a local JDK HTTP server.
 * Arguments: lines spans rounds (default 10000 5000 10).
 */
public final class ObservabilityBenchmark {

    private static final String TRACE_ID = "4bf92f3577b34da6a3ce929d0e0e4736";

    private ObservabilityBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int lines = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
        int spans = args.length > 1 ? Integer.parseInt(args[1]) : 5_000;
        int rounds = args.length > 2 ? Integer.parseInt(args[2]) : 10;
        Instant now = Instant.now();
        byte[] logs = lokiPayload(lines, now);
        byte[] trace = jaegerPayload(spans, now);
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/loki/api/v1/query_range", ex -> {
            ex.sendResponseHeaders(200, logs.length);
            ex.getResponseBody().write(logs);
            ex.close();
        });
        server.createContext("/api/traces/", ex -> {
            ex.sendResponseHeaders(200, trace.length);
            ex.getResponseBody().write(trace);
            ex.close();
        });
        server.start();
        try {
            URI url = URI.create("http://127.0.0.1:" + server.getAddress().getPort());
            ObjectMapper json = new ObjectMapper();
            HttpClient http = HttpClient.newHttpClient();
            LokiClient loki = new LokiClient("bench", url, null, Duration.ofSeconds(30));
            LogQuery logQuery = new LogQuery(new Redactor(), Clock.systemUTC());
            LogsRequest request = new LogsRequest("trade", "order-svc", null, null, Duration.ofMinutes(15), lines);
            LogLimits limits = new LogLimits(Duration.ofMinutes(15), Duration.ofHours(6), 500, lines, 0);
            JaegerClient jaeger = new JaegerClient("bench", url, Duration.ofSeconds(30));
            TraceTools traces = new TraceTools(new TraceAnalyzer(new Redactor()), Clock.systemUTC());

            Supplier<Object> logTool = () -> {
                Outcome<LogSummary> outcome = logQuery.query(loki, NamespaceScope.all(), request, limits, TokenBudget.defaults());
                return ((Outcome.Ok<LogSummary>) outcome).value().markdown();
            };
            Supplier<Object> traceTool = () -> {
                Outcome<TraceSummary> outcome = traces.get(jaeger, NamespaceScope.all(), TRACE_ID, TokenBudget.defaults());
                return ((Outcome.Ok<TraceSummary>) outcome).value().markdown();
            };
            System.out.printf(Locale.ROOT, "payloads: %d log lines (%.1f MiB), %d spans (%.1f MiB); %d rounds after 3 warm-up%n",
                    lines, logs.length / 1048576.0, spans, trace.length / 1048576.0, rounds);
            System.out.println(((Outcome.Ok<LogSummary>) logQuery.query(loki, NamespaceScope.all(), request, limits,
                    TokenBudget.defaults())).value().patterns().size() + " log patterns");
            report("logs_query", rounds, logTool, fetchAndParse(http, json, url.resolve("/loki/api/v1/query_range")),
                    () -> parse(json, logs));
            report("trace_get", rounds, traceTool, fetchAndParse(http, json, url.resolve("/api/traces/" + TRACE_ID)),
                    () -> parse(json, trace));
        } finally {
            server.stop(0);
        }
    }

    private static void report(String name, int rounds, Supplier<Object> tool, Supplier<Object> fetchParse, Supplier<Object> parse) {
        double toolMs = time(rounds, tool);
        double rawMs = time(rounds, fetchParse);
        double parseMs = time(rounds, parse);
        System.out.printf(Locale.ROOT, "%-10s tool %.1f ms | HTTP+Jackson %.1f ms (ratio %.2f) | Jackson parse only %.1f ms (ratio %.2f)%n",
                name, toolMs, rawMs, toolMs / rawMs, parseMs, toolMs / parseMs);
    }

    private static double time(int rounds, Supplier<Object> work) {
        for (int i = 0; i < 3; i++) {
            work.get();
        }
        long start = System.nanoTime();
        for (int i = 0; i < rounds; i++) {
            if (work.get() == null) {
                throw new IllegalStateException("no result");
            }
        }
        return (System.nanoTime() - start) / 1e6 / rounds;
    }

    private static Supplier<Object> fetchAndParse(HttpClient http, ObjectMapper json, URI uri) {
        return () -> {
            try {
                byte[] body = http.send(HttpRequest.newBuilder(uri).build(), HttpResponse.BodyHandlers.ofByteArray()).body();
                return json.readTree(body);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        };
    }

    private static Object parse(ObjectMapper json, byte[] payload) {
        try {
            return json.readTree(payload);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    static byte[] lokiPayload(int lines, Instant now) {
        String[] templates = {
            "level=info msg=\"GET /api/orders/%d 200 in %dms\" trace_id=%s",
            "level=info msg=\"order %d accepted in %dms for user %s\" ip=10.1.3.4",
            "level=warn msg=\"slow query on audit_log took %dms\" order=%d id=%s",
            "level=error msg=\"payment %d failed: gateway timeout after %dms\" trace_id=%s",
            "level=error msg=\"connection refused to 10.0.%d.12:5432 retry %d\" req=%s",
            "level=debug msg=\"cache hit ratio %d.%d\" key=%s password=hunter2",
        };
        Random random = new Random(42);
        StringBuilder out = new StringBuilder("{\"status\":\"success\",\"data\":{\"resultType\":\"streams\",\"result\":[");
        int streams = 20;
        long t = now.toEpochMilli() * 1_000_000L;
        for (int s = 0; s < streams; s++) {
            out.append(s == 0 ? "" : ",").append("{\"stream\":{\"namespace\":\"trade\",\"app\":\"order-svc\",\"pod\":\"order-svc-")
                    .append(s).append("\"},\"values\":[");
            for (int i = 0; i < lines / streams; i++) {
                String line = String.format(Locale.ROOT, templates[random.nextInt(templates.length)], random.nextInt(100_000),
                        random.nextInt(5_000), UUID.randomUUID().toString().replace("-", ""));
                out.append(i == 0 ? "" : ",").append("[\"").append(t - (long) (s * lines / streams + i) * 50_000_000L)
                        .append("\",").append(quote(line)).append(']');
            }
            out.append("]}");
        }
        out.append("],\"stats\":{\"summary\":{\"totalBytesProcessed\":1}}}}");
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    static byte[] jaegerPayload(int spans, Instant now) {
        Random random = new Random(7);
        long start = now.toEpochMilli() * 1000 - 10_000_000;
        StringBuilder out = new StringBuilder("{\"data\":[{\"traceID\":\"" + TRACE_ID + "\",\"spans\":[");
        long[] starts = new long[spans];
        long[] durations = new long[spans];
        starts[0] = start;
        durations[0] = 8_000_000;
        for (int i = 0; i < spans; i++) {
            int parent = i == 0 ? -1 : (i - 1) / 4;
            if (i > 0) {
                long room = Math.max(1, durations[parent] / 2);
                starts[i] = starts[parent] + random.nextLong(room);
                durations[i] = Math.max(1, random.nextLong(Math.max(1, starts[parent] + durations[parent] - starts[i])));
            }
            boolean error = random.nextInt(200) == 0;
            out.append(i == 0 ? "" : ",").append("{\"traceID\":\"").append(TRACE_ID).append("\",\"spanID\":\"s").append(i)
                    .append("\",\"operationName\":\"op-").append(i % 97).append("\",\"references\":")
                    .append(parent < 0 ? "[]" : "[{\"refType\":\"CHILD_OF\",\"traceID\":\"" + TRACE_ID + "\",\"spanID\":\"s" + parent + "\"}]")
                    .append(",\"startTime\":").append(starts[i]).append(",\"duration\":").append(durations[i])
                    .append(",\"tags\":[{\"key\":\"span.kind\",\"type\":\"string\",\"value\":\"server\"}")
                    .append(error ? ",{\"key\":\"error\",\"type\":\"bool\",\"value\":true},{\"key\":\"otel.status_description\",\"type\":\"string\",\"value\":\"deadline exceeded\"}" : "")
                    .append("],\"logs\":[],\"processID\":\"p").append(i % 40).append("\"}");
        }
        out.append("],\"processes\":{");
        for (int p = 0; p < 40; p++) {
            out.append(p == 0 ? "" : ",").append("\"p").append(p).append("\":{\"serviceName\":\"svc-").append(p)
                    .append("\",\"tags\":[{\"key\":\"k8s.namespace.name\",\"type\":\"string\",\"value\":\"trade\"}]}");
        }
        out.append("}}]}");
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static String quote(String text) {
        return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }
}
