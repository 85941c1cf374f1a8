package io.kubemate.tools.inspect;

import io.kubemate.tools.metrics.PrometheusClient;
import io.kubemate.tools.metrics.QueryResult;
import io.kubemate.tools.metrics.Series;
import io.kubemate.tools.modelserver.ModelServer;
import io.kubemate.tools.modelserver.ModelServerProbe;
import io.kubemate.tools.outcome.Outcome;
import io.kubemate.tools.outcome.Reason;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The configured model servers. Ollama: each expected model pulled ({@code /api/tags}; missing, requests for it fail
 * with "model not found") and loaded ({@code /api/ps}). vLLM: each expected name served ({@code /v1/models}) and,
 * from Prometheus, a queue that stayed at or above the limit for 10 minutes ({@code vllm:num_requests_waiting}) or a
 * p95 end-to-end latency at or above the limit ({@code vllm:e2e_request_latency_seconds}). A server that does not
 * answer is critical. A namespace's inspection reports the servers of that namespace only.
 */
public final class ModelServerInspection implements Inspection {

    static final String WAITING = "vllm:num_requests_waiting";
    static final String LATENCY = "vllm:e2e_request_latency_seconds_bucket";
    private static final Pattern SAFE = Pattern.compile("[A-Za-z0-9._:/@+-]{1,200}");

    private final List<ModelServer> servers;
    private final ModelServerProbe probe;
    private final Supplier<Outcome<PrometheusClient>> prometheus;

    public ModelServerInspection(List<ModelServer> servers, ModelServerProbe probe, Supplier<Outcome<PrometheusClient>> prometheus) {
        this.servers = List.copyOf(servers);
        this.probe = probe;
        this.prometheus = prometheus;
    }

    @Override
    public String id() {
        return "model-server";
    }

    @Override
    public List<Finding> inspect(InspectionScope scope) {
        List<Finding> findings = new ArrayList<>();
        for (ModelServer server : servers) {
            if (scope.namespace() == null || scope.namespace().equals(server.namespace())) {
                findings.addAll(inspect(server, scope.now()));
            }
        }
        return OnePerCheck.of(findings);
    }

    private List<Finding> inspect(ModelServer server, Instant now) {
        String kind = server.kind() == ModelServer.Kind.OLLAMA ? "Ollama" : "vLLM";
        Outcome<ModelServerProbe.Models> read = probe.read(server);
        if (!(read instanceof Outcome.Ok<ModelServerProbe.Models> ok)) {
            String why = ((Outcome.Refusal) read).reason();
            return List.of(finding(server, Severity.CRITICAL, "model-server-unreachable", Reason.of("finding.model-server-unreachable", kind, why),
                    List.of("url " + server.url())).withFix("curl -sS --max-time 5 " + server.url()
                    + (server.kind() == ModelServer.Kind.OLLAMA ? "/api/version" : "/v1/models")));
        }
        ModelServerProbe.Models models = ok.value();
        List<Finding> findings = new ArrayList<>();
        if (server.kind() == ModelServer.Kind.OLLAMA) {
            List<String> expected = server.expectedModels().stream().map(ModelServerProbe::ollamaName).distinct().toList();
            List<String> missing = expected.stream().filter(m -> !models.present().contains(m)).toList();
            List<String> idle = expected.stream().filter(m -> models.present().contains(m) && !models.loaded().contains(m)).toList();
            List<String> evidence = List.of("GET /api/tags: " + listed(models.present()), "GET /api/ps: " + listed(models.loaded()));
            // one finding per server and check, naming every model, so that its one fix pulls them all
            if (!missing.isEmpty()) {
                findings.add(finding(server, Severity.CRITICAL, "model-missing", Reason.of("finding.model-missing", String.join(", ", missing)), evidence)
                        .withFix(missing.stream().map(m -> "OLLAMA_HOST=" + server.url() + " ollama pull " + safe(m)).collect(Collectors.joining(" && "))));
            }
            if (!idle.isEmpty()) {
                findings.add(finding(server, Severity.INFO, "model-not-loaded", Reason.of("finding.model-not-loaded", String.join(", ", idle)), evidence)
                        .withFix("curl -s " + server.url() + "/api/ps"));
            }
        } else {
            List<String> unserved = server.expectedModels().stream().filter(m -> !models.present().contains(m)).distinct().toList();
            if (!unserved.isEmpty()) {
                findings.add(finding(server, Severity.CRITICAL, "model-not-served",
                        Reason.of("finding.model-not-served", String.join(", ", unserved), listed(models.present())),
                        List.of("GET /v1/models: " + listed(models.present())))
                        .withFix("curl -s " + server.url() + "/v1/models"));
            }
        }
        if (server.kind() == ModelServer.Kind.VLLM && prometheus.get() instanceof Outcome.Ok<PrometheusClient> client) {
            Set<String> names = new LinkedHashSet<>(models.present());
            names.addAll(server.expectedModels());
            findings.addAll(load(server, client.value(), names, now));
        }
        return findings;
    }

    private List<Finding> load(ModelServer server, PrometheusClient client, Set<String> models, Instant now) {
        if (models.isEmpty()) {
            return List.of();
        }
        String selector = "{model_name=~\"" + models.stream().map(ModelServerInspection::regex).collect(Collectors.joining("|")) + "\"}";
        List<Finding> findings = new ArrayList<>();
        // only the series of this server's models: a stand-in or a relabelled series may answer more than was asked
        for (Series s : series(client.instant("min by (model_name) (min_over_time(" + WAITING + selector + "[10m]))", now), models)) {
            double waiting = s.samples().getLast().value();
            if (waiting >= server.maxWaiting()) {
                String model = s.metric().getOrDefault("model_name", "?");
                findings.add(finding(server, Severity.WARNING, "model-queue-high",
                        Reason.of("finding.model-queue-high", String.format(Locale.ROOT, "%.0f", waiting), model,
                                String.format(Locale.ROOT, "%.0f", server.maxWaiting())),
                        List.of("min_over_time(" + WAITING + "{model_name=\"" + model + "\"}[10m]) = " + String.format(Locale.ROOT, "%.0f", waiting))));
            }
        }
        String p95 = "histogram_quantile(0.95, sum by (le, model_name) (rate(" + LATENCY + selector + "[10m])))";
        for (Series s : series(client.instant(p95, now), models)) {
            double seconds = s.samples().getLast().value();
            if (!Double.isNaN(seconds) && seconds >= server.maxLatency().toMillis() / 1000.0) {
                String model = s.metric().getOrDefault("model_name", "?");
                findings.add(finding(server, Severity.WARNING, "model-latency-high",
                        Reason.of("finding.model-latency-high", model, seconds(seconds), seconds(server.maxLatency().toMillis() / 1000.0)),
                        List.of("p95 of vllm:e2e_request_latency_seconds{model_name=\"" + model + "\"} over 10m = " + seconds(seconds))));
            }
        }
        return findings;
    }

    private static List<Series> series(Outcome<QueryResult> outcome, Set<String> models) {
        return outcome instanceof Outcome.Ok<QueryResult> ok ? ok.value().series().stream()
                .filter(s -> !s.samples().isEmpty() && models.contains(s.metric().get("model_name"))).toList() : List.of();
    }

    private static Finding finding(ModelServer server, Severity severity, String check, Reason problem, List<String> evidence) {
        return new Finding(severity, check, "ModelServer", server.namespace(), server.name(), problem, evidence, null);
    }

    private static String listed(Set<String> names) {
        return names.isEmpty() ? "(none)" : String.join(", ", names);
    }

    private static String safe(String model) {
        return SAFE.matcher(model).matches() ? model : "<model>";
    }

    private static String seconds(double value) {
        return String.format(Locale.ROOT, "%.1f s", value);
    }

    /** A model name as a literal inside a PromQL regex in double quotes. */
    static String regex(String literal) {
        StringBuilder out = new StringBuilder();
        for (char c : literal.toCharArray()) {
            if ("\\.+*?()|[]{}^$".indexOf(c) >= 0) {
                out.append("\\\\");
            } else if (c == '"') {
                out.append('\\');
            }
            out.append(c);
        }
        return out.toString();
    }
}
