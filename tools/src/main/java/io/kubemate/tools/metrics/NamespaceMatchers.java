package io.kubemate.tools.metrics;

import io.kubemate.tools.scope.NamespaceScope;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * What a selector must carry for a caller limited to some namespaces, as prom-label-proxy enforces it: a selector
 * with no {@code namespace} matcher gets {@code namespace="a"} (or {@code namespace=~"a|b"}) for the caller's
 * namespaces; a {@code namespace} matcher already there must be proven to stay inside them: equality with a
 * readable namespace, or a regex that is exactly an alternation of readable names. Anything else ({@code !=},
 * {@code !~}, other regexes, the empty name) is refused, since it could match another tenant's series.
 */
final class NamespaceMatchers implements Function<PromqlSelector, String> {

    static final String LABEL = "namespace";
    private static final Pattern NAME = Pattern.compile("[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?");

    /** A selector that cannot be sent: {@code forbidden} when it names a namespace the caller may not read. */
    static final class Refusal extends RuntimeException {
        private final boolean forbidden;

        Refusal(boolean forbidden, String reason) {
            super(reason, null, false, false);
            this.forbidden = forbidden;
        }

        boolean forbidden() {
            return forbidden;
        }
    }

    private final NamespaceScope scope;

    NamespaceMatchers(NamespaceScope scope) {
        this.scope = scope;
    }

    @Override
    public String apply(PromqlSelector selector) {
        boolean proven = false;
        for (PromqlSelector.Matcher m : selector.matchers()) {
            if (m.label().equals(LABEL)) {
                prove(selector, m);
                proven = true;
            }
        }
        return proven ? selector.written() : selector.render(List.of(injected(selector)));
    }

    private void prove(PromqlSelector selector, PromqlSelector.Matcher m) {
        switch (m.op()) {
            case "=" -> readable(selector, m.value());
            case "=~" -> {
                for (String name : m.value().split("\\|", -1)) {
                    readable(selector, name);
                }
            }
            default -> throw new Refusal(false, "`" + m.render() + "` in " + selector.written() + " could match other tenants' "
                    + "namespaces; use namespace=\"<yours>\" or namespace=~\"<yours>|<other of yours>\"");
        }
    }

    private void readable(PromqlSelector selector, String name) {
        if (!NAME.matcher(name).matches()) {
            throw new Refusal(false, "cannot prove that " + selector.written() + " stays within your namespaces: `"
                    + name + "` is not a namespace name; use namespace=\"<yours>\" or an alternation of names");
        }
        if (!scope.allows(name)) {
            throw new Refusal(true, "you don't have access to namespace " + name);
        }
    }

    private PromqlSelector.Matcher injected(PromqlSelector selector) {
        Set<String> listed = scope.namespaces().orElseThrow(() -> new Refusal(false, "the selector " + selector.written()
                + " has no namespace matcher; add namespace=\"<yours>\""));
        List<String> names = new ArrayList<>(listed.stream().filter(n -> NAME.matcher(n).matches()).sorted().toList());
        if (names.isEmpty()) {
            throw new Refusal(true, "your Kubemate roles let you read the metrics of no namespace");
        }
        return names.size() == 1 ? new PromqlSelector.Matcher(LABEL, "=", names.getFirst())
                : new PromqlSelector.Matcher(LABEL, "=~", String.join("|", names));
    }
}
