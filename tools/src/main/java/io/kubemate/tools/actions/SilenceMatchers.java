package io.kubemate.tools.actions;

import io.kubemate.tools.alerts.Matcher;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The matchers of a silence, from the action's arguments: {@code alertname}, {@code namespace} and a
 * {@code matchers} list such as {@code severity="warning",pod=~"payment-api-.*"}. A silence that would match
 * every alert is refused.
 */
final class SilenceMatchers {

    private static final Pattern ONE = Pattern.compile("\\s*([a-zA-Z_][a-zA-Z0-9_]*)\\s*(=~|!~|!=|=)\\s*\"?([^\",]*)\"?\\s*");
    private static final Pattern MATCHES_ALL = Pattern.compile("\\.\\*|\\.\\+|");

    private SilenceMatchers() {
    }

    static List<Matcher> of(Map<String, Object> args) throws ActionRejected {
        List<Matcher> matchers = new ArrayList<>();
        add(matchers, "alertname", args.get("alertname"));
        add(matchers, "namespace", args.get("namespace"));
        Object raw = args.get("matchers");
        if (raw != null && !raw.toString().isBlank()) {
            for (String part : raw.toString().replaceAll("^[\\[{]|[\\]}]$", "").split(",")) {
                java.util.regex.Matcher m = ONE.matcher(part);
                if (!m.matches()) {
                    throw new ActionRejected("'" + part.trim() + "' is not a matcher like name=\"value\" or name=~\"regex\"");
                }
                String op = m.group(2);
                matchers.add(new Matcher(m.group(1), m.group(3), op.contains("~"), !op.startsWith("!")));
            }
        }
        if (matchers.isEmpty()) {
            throw new ActionRejected("a silence needs at least an alertname or a matcher");
        }
        if (matchers.stream().allMatch(m -> m.isRegex() && MATCHES_ALL.matcher(m.value()).matches())) {
            throw new ActionRejected("these matchers would silence every alert; name the alert or its labels exactly");
        }
        return matchers;
    }

    /** Where the silence applies, for permissions and guardrails: its exact namespace matcher, if any. */
    static String namespace(List<Matcher> matchers) {
        return matchers.stream().filter(m -> m.name().equals("namespace") && !m.isRegex() && !Boolean.FALSE.equals(m.isEqual()))
                .map(Matcher::value).findFirst().orElse(null);
    }

    static String text(List<Matcher> matchers) {
        return String.join(", ", matchers.stream().map(Matcher::toString).toList());
    }

    private static void add(List<Matcher> matchers, String name, Object value) {
        if (value != null && !value.toString().isBlank()) {
            matchers.add(Matcher.equal(name, value.toString().trim()));
        }
    }
}
