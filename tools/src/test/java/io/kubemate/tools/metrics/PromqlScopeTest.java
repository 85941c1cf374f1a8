package io.kubemate.tools.metrics;

import io.kubemate.tools.outcome.Outcome;
import io.kubemate.tools.scope.NamespaceScope;
import org.junit.jupiter.api.Test;

import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PromqlScopeTest {

    private final NamespaceScope trade = NamespaceScope.only(Set.of("trade"));

    private static String sent(String promql, NamespaceScope scope) {
        return assertInstanceOf(Outcome.Ok.class, PromqlScope.restrict(promql, scope)).value().toString();
    }

    private static String refusal(String promql, NamespaceScope scope) {
        var failure = assertInstanceOf(Outcome.Failure.class, PromqlScope.restrict(promql, scope));
        assertEquals(Outcome.FailureKind.BAD_REQUEST, failure.kind());
        return failure.reason();
    }

    @Test
    void keeps_selectors_that_already_carry_a_readable_namespace() {
        String q = "histogram_quantile(0.99, sum by (le) (rate(http_request_duration_seconds_bucket{namespace=\"trade\", app=\"order\"}[5m])))";
        assertEquals(q, sent(q, trade));
        String ratio = "sum(rate(x{namespace=\"trade\", code=~\"5..\"}[5m])) / sum(rate(x{namespace=\"trade\"}[5m] offset 5m))";
        assertEquals(ratio, sent(ratio, trade));
    }

    @Test
    void adds_the_namespace_to_every_selector_that_lacks_one() {
        assertEquals("rate(x{namespace=\"trade\"}[5m]) + up{namespace=\"trade\"}", sent("rate(x{namespace=\"trade\"}[5m]) + up", trade));
        assertEquals("sum(x{namespace=\"trade\"}) and on(pod) y{pod=\"a\", namespace=\"trade\"}",
                sent("sum(x{namespace=\"trade\"}) and on(pod) y{pod=\"a\"}", trade));
    }

    @Test
    void several_readable_namespaces_become_an_exact_alternation() {
        NamespaceScope two = NamespaceScope.only(Set.of("trade-batch", "trade"));
        assertEquals("count(up{namespace=~\"trade|trade-batch\"})", sent("count(up)", two));
        assertEquals("up{namespace=~\"trade-batch|trade\"}", sent("up{namespace=~\"trade-batch|trade\"}", two));
    }

    @Test
    void refuses_a_namespace_the_caller_cannot_read() {
        var denied = assertInstanceOf(Outcome.Forbidden.class, PromqlScope.restrict("up{namespace=\"payments\"}", trade));
        assertEquals("you don't have access to namespace payments", denied.reason());
    }

    @Test
    void reads_escaped_namespace_names_as_prometheus_does() {
        assertEquals("up{namespace=\"trade\"}", sent("up{namespace='tr\\x61de'}", trade));
        assertInstanceOf(Outcome.Forbidden.class, PromqlScope.restrict("up{namespace=\"pay\\u006dents\"}", trade));
    }

    @Test
    void a_regex_that_is_not_a_plain_alternation_of_names_is_refused_with_the_reason() {
        assertTrue(refusal("up{namespace=~\"trade.*\"}", trade).contains("not a namespace name"));
        assertTrue(refusal("up{namespace!=\"x\"}", trade).contains("could match other tenants"));
    }

    @Test
    void without_a_list_of_namespaces_a_selector_without_one_is_refused_rather_than_guessed() {
        NamespaceScope predicate = NamespaceScope.of("trade"::equals);
        assertTrue(refusal("up", predicate).contains("has no namespace matcher"));
        assertEquals("up{namespace=\"trade\"}", sent("up{namespace=\"trade\"}", predicate));
    }

    @Test
    void a_caller_who_may_read_nothing_is_refused() {
        assertInstanceOf(Outcome.Forbidden.class, PromqlScope.restrict("up", NamespaceScope.only(Set.of())));
    }

    @Test
    void comments_are_dropped_and_strings_sent_in_one_spelling() {
        assertEquals("sum by (pod) ( up{job=\"a'b\", namespace=\"trade\"}) > 0",
                sent("sum by (pod) ( # why\n  up{job='a\\'b'}) > 0 # done", trade));
    }

    @Test
    void text_that_cannot_be_read_is_refused_with_its_position() {
        assertEquals("cannot check this PromQL against your namespaces, so it was not sent: expected `)` but found the end of the query at character 17",
                refusal("sum(rate(up[5m])", trade));
        assertTrue(refusal("up{namespace=\"trade\"} \u00e9", trade).contains("unexpected character U+00E9"));
        assertTrue(refusal("(".repeat(200) + "up" + ")".repeat(200), trade).contains("nesting"));
    }

    @Test
    void lets_callers_who_read_everything_send_anything() {
        assertEquals("up # anything", sent("up # anything", NamespaceScope.all()));
    }
}
