package io.kubemate.tools.metrics;

import java.util.List;

/**
 * A vector selector as read from PromQL: the metric name written before the braces (null for {@code {...}} alone)
 * and its label matchers, label names and values unescaped.
 */
record PromqlSelector(String metric, List<Matcher> matchers) {

    record Matcher(String label, String op, String value) {

        String render() {
            String name = PromqlLexer.isLabelName(label) ? label : PromqlStrings.quote(label);
            return name + op + PromqlStrings.quote(value);
        }
    }

    PromqlSelector {
        matchers = List.copyOf(matchers);
    }

    /** What Prometheus is sent: every matcher in one canonical spelling, plus those the scope adds. */
    String render(List<Matcher> added) {
        StringBuilder out = new StringBuilder(metric == null ? "" : metric).append('{');
        String separator = "";
        for (Matcher m : matchers) {
            out.append(separator).append(m.render());
            separator = ", ";
        }
        for (Matcher m : added) {
            out.append(separator).append(m.render());
            separator = ", ";
        }
        return out.append('}').toString();
    }

    String written() {
        return render(List.of());
    }
}
