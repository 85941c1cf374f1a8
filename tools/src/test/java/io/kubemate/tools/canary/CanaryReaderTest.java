package io.kubemate.tools.canary;

import io.kubemate.tools.Fixtures;
import io.kubemate.tools.kube.ClusterAccess;
import io.kubemate.tools.kube.Subject;
import io.kubemate.tools.metrics.PrometheusClient;
import io.kubemate.tools.outcome.Outcome;
import io.kubemate.tools.sandbox.SandboxCluster;
import io.kubemate.tools.sandbox.ScenarioBackends;
import io.kubemate.tools.scope.NamespaceScope;
import io.kubemate.tools.scope.ReadAccess;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CanaryReaderTest {

    /** The metrics' last samples are at 09:05. */
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-23T09:05:00Z"), ZoneOffset.UTC);
    private static final ReadAccess SHOP_ONLY = code -> NamespaceScope.only(Set.of("shop"));

    private static ClusterAccess cluster;
    private static ScenarioBackends backends;
    private static Optional<PrometheusClient> prometheus;
    private static CanaryReader reader;

    @BeforeAll
    static void start() throws Exception {
        cluster = SandboxCluster.start(Fixtures.resource("clusters/canary"), null);
        backends = ScenarioBackends.start(Fixtures.resource("clusters/canary"));
        prometheus = Optional.of(new PrometheusClient("default", URI.create(backends.properties().get("kubemate.prometheus.default.url") + "/"),
                false, Duration.ofSeconds(5)));
        reader = new CanaryReader(cluster, CanaryPolicy.defaults(), CLOCK);
    }

    @AfterAll
    static void stop() throws Exception {
        backends.close();
        cluster.close();
    }

    private static CanaryStatus ok(Outcome<CanaryStatus> outcome) {
        return assertInstanceOf(Outcome.Ok.class, outcome, outcome.toString()) instanceof Outcome.Ok<?> ok ? (CanaryStatus) ok.value() : null;
    }

    @Test
    void a_canary_failing_more_than_stable_is_to_be_rolled_back_with_the_numbers() {
        CanaryState checkout = ok(reader.status(Subject.ownCredentials(), SHOP_ONLY, "checkout", prometheus)).canaries().getFirst();
        assertEquals("checkout-stable 95 / checkout-canary 5", checkout.canary().split());
        assertEquals(Duration.ofMinutes(35), checkout.sinceStep());
        assertEquals(20, checkout.next());
        assertEquals("checkout-v42", checkout.canaryMetrics().workload());
        assertEquals(0.92, checkout.canaryMetrics().successRate(), 1e-9);
        assertEquals(0.995, checkout.stable().successRate(), 1e-9);
        assertEquals(960, checkout.canaryMetrics().p99Ms(), 1e-6);
        assertEquals(190, checkout.stable().p99Ms(), 1e-6);
        assertEquals(CanaryVerdict.Verdict.ROLL_BACK, checkout.verdict().verdict());
        assertEquals(List.of("error rate 8.00% vs 0.50% (+7.5 points, limit +1.0)", "p99 960 ms vs 190 ms (x5.05, limit x1.20)"),
                checkout.verdict().reasons());
    }

    @Test
    void a_namespace_lists_its_canaries_and_an_http_route_splitting_a_rule_is_one() {
        CanaryStatus shop = ok(reader.status(Subject.ownCredentials(), SHOP_ONLY, "shop", prometheus));
        assertEquals(Set.of("TrafficSplit shop/checkout", "HTTPRoute shop/orders", "TrafficSplit shop/search"),
                Set.copyOf(shop.canaries().stream().map(s -> s.canary().ref()).toList()));
        CanaryState orders = shop.canaries().stream().filter(s -> s.canary().name().equals("orders")).findFirst().orElseThrow();
        assertEquals("orders-v1 80 / orders-v2 20", orders.canary().split());
        assertEquals(Canary.StepSource.UNKNOWN, orders.canary().stepSource());
        assertNull(orders.sinceStep());
        assertEquals(CanaryVerdict.Verdict.HOLD, orders.verdict().verdict(), "no series for orders-v2: nothing to judge by");
    }

    @Test
    void another_tenants_canary_is_neither_listed_nor_found_by_name() {
        CanaryStatus all = ok(reader.status(Subject.ownCredentials(), SHOP_ONLY, null, prometheus));
        assertTrue(all.canaries().stream().noneMatch(s -> s.canary().namespace().equals("ledger")), all.markdown());
        assertInstanceOf(Outcome.NoData.class, reader.status(Subject.ownCredentials(), SHOP_ONLY, "ledger-api", prometheus));
    }

    @Test
    void without_metrics_read_the_split_is_shown_and_the_metrics_are_not_queried() {
        ReadAccess noMetrics = code -> code.equals(CanaryReader.METRICS_READ) ? NamespaceScope.only(Set.of()) : NamespaceScope.only(Set.of("shop"));
        CanaryState checkout = ok(reader.status(Subject.ownCredentials(), noMetrics, "checkout", prometheus)).canaries().getFirst();
        assertNull(checkout.canaryMetrics());
        assertEquals("your Kubemate roles do not grant metrics.read in namespace shop", checkout.metricsNote());
        assertEquals(CanaryVerdict.Verdict.HOLD, checkout.verdict().verdict());
    }
}
