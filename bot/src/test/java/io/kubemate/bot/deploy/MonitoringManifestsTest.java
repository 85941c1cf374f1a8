package io.kubemate.bot.deploy;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.Service;
import io.kubemate.bot.TestBot;
import io.kubemate.bot.metrics.LlmMetrics;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The ServiceMonitor scrapes the bot's metrics endpoint, and every alert rule uses a metric the bot exposes. */
class MonitoringManifestsTest {

    private static final Set<String> OPERATOR_KINDS = Set.of("ServiceMonitor", "PrometheusRule");
    private static final Pattern METRIC = Pattern.compile("\\b((?:kubemate|http_server)_[a-z_]+)");

    private static GenericKubernetesResource one(List<HasMetadata> objects, String kind) {
        List<HasMetadata> found = objects.stream().filter(o -> o.getKind().equals(kind)).toList();
        assertEquals(1, found.size(), kind);
        return (GenericKubernetesResource) found.getFirst();
    }

    @Test
    void service_monitor_scrapes_the_prometheus_endpoint_of_the_bot_service() throws Exception {
        GenericKubernetesResource monitor = one(Kustomize.render("monitoring", OPERATOR_KINDS), "ServiceMonitor");
        Service service = Kustomize.render("overlays/ha", Set.of()).stream().filter(Service.class::isInstance)
                .map(Service.class::cast).findFirst().orElseThrow();
        Map<String, Object> selector = monitor.get("spec", "selector", "matchLabels");
        assertTrue(service.getMetadata().getLabels().entrySet().containsAll(selector.entrySet()), "selects the Service: " + selector);
        assertEquals("/prometheus", monitor.get("spec", "endpoints", 0, "path"));
        assertEquals(service.getSpec().getPorts().getFirst().getName(), monitor.get("spec", "endpoints", 0, "port"));
    }

    @Test
    void every_metric_in_the_alert_rules_is_exposed_by_the_bot() throws Exception {
        GenericKubernetesResource rules = one(Kustomize.render("monitoring", OPERATOR_KINDS), "PrometheusRule");
        Set<String> used = new TreeSet<>();
        Matcher m = METRIC.matcher(new ObjectMapper().writeValueAsString(rules.getAdditionalProperties().get("spec")));
        while (m.find()) {
            used.add(m.group(1));
        }
        assertFalse(used.isEmpty(), "the rules use the bot's metrics");
        try (TestBot bot = TestBot.scenario()) {
            ObjectMapper json = new ObjectMapper();
            for (String text : List.of("get pods in payments", "scale payment-api to 5")) {
                HttpResponse<String> reply = bot.post("/api/chat", json.writeValueAsString(Map.of("user", "web:dev",
                        "conversation", "monitoring", "text", text)));
                assertEquals(200, reply.statusCode(), reply.body());
            }
            bot.context().getBean(LlmMetrics.class).record("test-model", "ok", Duration.ofMillis(5), 10, 2);
            String scraped = bot.get("/prometheus").body();
            for (String metric : used) {
                assertTrue(Pattern.compile("(?m)^" + metric + "[{ ]").matcher(scraped).find(), metric + " is not exposed:\n" + scraped);
            }
        }
    }
}
