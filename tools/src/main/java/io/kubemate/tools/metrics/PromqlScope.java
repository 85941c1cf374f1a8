package io.kubemate.tools.metrics;

import io.kubemate.tools.outcome.Outcome;
import io.kubemate.tools.outcome.Reason;
import io.kubemate.tools.scope.NamespaceScope;

/**
 * Limits raw PromQL from a caller to the namespaces the caller may read: the query is read by its grammar and
 * sent back rewritten, every vector selector carrying a proven {@code namespace} matcher ({@link NamespaceMatchers}).
 * Callers who may read every namespace send their text unchanged. For several tenants on one Prometheus or Thanos,
 * prom-label-proxy in front of it enforces the same rule on the server side (README, Alerts, metrics, logs and
 * traces).
 */
public final class PromqlScope {

    static final int MAX_LENGTH = 8_000;

    private PromqlScope() {
    }

    /** The query to send for {@code scope}: Ok with the scoped text, Forbidden, or BAD_REQUEST with the reason. */
    public static Outcome<String> restrict(String promql, NamespaceScope scope) {
        if (scope.everything()) {
            return Outcome.ok(promql);
        }
        if (promql.length() > MAX_LENGTH) {
            return Outcome.badRequest(Reason.of("metrics.query-too-long", MAX_LENGTH));
        }
        try {
            return Outcome.ok(PromqlRewriter.rewrite(promql, new NamespaceMatchers(scope)));
        } catch (PromqlSyntaxException e) {
            return Outcome.badRequest("cannot check this PromQL against your namespaces, so it was not sent: " + e.getMessage());
        } catch (NamespaceMatchers.Refusal e) {
            return e.forbidden() ? new Outcome.Forbidden<>(e.getMessage()) : Outcome.badRequest(e.getMessage());
        }
    }
}
