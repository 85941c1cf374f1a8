package io.kubemate.tools.actions;

import io.kubemate.tools.alerts.Matcher;
import io.kubemate.tools.outcome.Reason;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The matchers of a silence, from the action's arguments: {@code alertname}, {@code namespace} and a
 * {@code matchers} list such as {@code severity="warning",pod=~"payment-api-.*"} (quoted values may hold commas
 * and {@code \"}). A silence whose matchers could match an unbounded set of alerts is refused ({@link MatcherReach}).
 */
final class SilenceMatchers {

    private SilenceMatchers() {
    }

    static List<Matcher> of(Map<String, Object> args) throws ActionRejected {
        List<Matcher> matchers = new ArrayList<>();
        add(matchers, "alertname", args.get("alertname"));
        add(matchers, "namespace", args.get("namespace"));
        Object raw = args.get("matchers");
        if (raw != null && !raw.toString().isBlank()) {
            matchers.addAll(MatcherText.parse(raw.toString().strip().replaceAll("^[\\[{]|[\\]}]$", "")));
        }
        if (matchers.isEmpty()) {
            throw new ActionRejected(Reason.of("silence.matchers-missing"));
        }
        Optional<String> unbounded = MatcherReach.unbounded(matchers);
        if (unbounded.isPresent()) {
            throw new ActionRejected(Reason.of("silence.matches-all", unbounded.get()));
        }
        return matchers;
    }

    /** Where the silence applies, for permissions and guardrails: its exact namespace matcher, if any. */
    static String namespace(List<Matcher> matchers) {
        return matchers.stream().filter(m -> m.name().equals("namespace") && !m.isRegex() && !Boolean.FALSE.equals(m.isEqual()))
                .map(Matcher::value).findFirst().orElse(null);
    }

    static String text(List<Matcher> matchers) {
        return MatcherText.text(matchers);
    }

    private static void add(List<Matcher> matchers, String name, Object value) {
        if (value != null && !value.toString().isBlank()) {
            matchers.add(Matcher.equal(name, value.toString().trim()));
        }
    }
}
