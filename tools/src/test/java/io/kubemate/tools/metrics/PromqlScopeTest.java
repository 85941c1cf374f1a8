package io.kubemate.tools.metrics;

import io.kubemate.tools.scope.NamespaceScope;
import org.junit.jupiter.api.Test;

import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PromqlScopeTest {

    private final NamespaceScope trade = NamespaceScope.only(Set.of("trade"));

    @Test
    void accepts_selectors_with_an_exact_readable_namespace() {
        assertTrue(PromqlScope.violation("histogram_quantile(0.99, sum by (le) (rate(http_request_duration_seconds_bucket"
                + "{namespace=\"trade\", app=\"order\"}[5m])))", trade).isEmpty());
        assertTrue(PromqlScope.violation("sum(rate(x{namespace=\"trade\",code=~\"5..\"}[5m])) / sum(rate(x{namespace=\"trade\"}[5m])) offset 5m", trade).isEmpty());
    }

    @Test
    void refuses_a_namespace_the_caller_cannot_read() {
        var v = PromqlScope.violation("up{namespace=\"payments\"}", trade).orElseThrow();
        assertTrue(v.forbidden());
        assertEquals("you don't have access to namespace payments", v.reason());
    }

    @Test
    void refuses_regex_namespace_matchers() {
        var v = PromqlScope.violation("up{namespace=~\"trade|payments\"}", trade).orElseThrow();
        assertTrue(v.reason().contains("exactly"), v.reason());
    }

    @Test
    void refuses_a_bare_metric_name_hidden_next_to_a_scoped_one() {
        var v = PromqlScope.violation("rate(x{namespace=\"trade\"}[5m]) + up", trade).orElseThrow();
        assertTrue(v.reason().contains("`up`"), v.reason());
    }

    @Test
    void refuses_a_selector_without_namespace() {
        assertTrue(PromqlScope.violation("sum(x{namespace=\"trade\"}) and on(pod) y{pod=\"a\"}", trade).isPresent());
    }

    @Test
    void lets_callers_who_read_everything_send_anything() {
        assertTrue(PromqlScope.violation("up", NamespaceScope.all()).isEmpty());
    }
}
