package io.kubemate.tools.alerts;

import io.kubemate.tools.http.JsonHttp;
import io.kubemate.tools.outcome.Outcome;
import io.kubemate.tools.outcome.Reason;
import io.kubemate.tools.redact.Redactor;
import io.kubemate.tools.report.TokenBudget;
import io.kubemate.tools.scope.NamespaceScope;

import java.time.Clock;
import java.util.Comparator;
import java.util.List;

/**
 * {@code silences_list}: active and pending silences first (expired ones only when asked), narrowed to a
 * namespace matcher when asked and to silences the caller may see: those matching one of their namespaces,
 * or every silence for callers who may read every namespace.
 */
public final class SilenceLister {

    private final Redactor redactor;
    private final Clock clock;

    public SilenceLister(Redactor redactor, Clock clock) {
        this.redactor = redactor;
        this.clock = clock;
    }

    public Outcome<SilenceList> list(AlertmanagerClient client, NamespaceScope scope, String namespace,
                                     boolean includeExpired, TokenBudget budget) {
        if (namespace != null && !scope.allows(namespace)) {
            return Outcome.forbidden(Reason.of("namespace.forbidden", namespace));
        }
        return JsonHttp.then(client.silences(), silences -> {
            List<Silence> shown = silences.stream()
                    .filter(s -> includeExpired || !"expired".equals(s.state()))
                    .filter(s -> namespace == null || namespace.equals(namespaceOf(s)))
                    .filter(s -> scope.allows(namespaceOf(s)))
                    .map(this::redacted)
                    .sorted(Comparator.comparing((Silence s) -> "expired".equals(s.state()))
                            .thenComparing(Silence::endsAt, Comparator.nullsLast(Comparator.naturalOrder())))
                    .toList();
            if (shown.isEmpty()) {
                return Outcome.noData(Reason.of((includeExpired ? "silences.none" : "silences.none-active")
                        + (namespace == null ? "" : "-in-namespace"), client.name(), namespace));
            }
            return Outcome.ok(new SilenceList(client.name(), namespace, shown, clock.instant(), budget));
        });
    }

    static String namespaceOf(Silence silence) {
        return silence.matchers().stream()
                .filter(m -> m.name().equals("namespace") && !m.isRegex() && (m.isEqual() == null || m.isEqual()))
                .map(Matcher::value).findFirst().orElse(null);
    }

    private Silence redacted(Silence s) {
        return new Silence(s.id(), s.status(), s.matchers().stream()
                .map(m -> new Matcher(m.name(), redactor.redact(m.value()), m.isRegex(), m.isEqual())).toList(),
                s.startsAt(), s.endsAt(), s.createdBy(), redactor.redact(s.comment()), s.updatedAt());
    }
}
