package io.kubemate.tools.alerts;

import io.kubemate.tools.report.Ages;
import io.kubemate.tools.report.Evidence;
import io.kubemate.tools.report.MarkdownTable;
import io.kubemate.tools.report.Reportable;
import io.kubemate.tools.report.TokenBudget;
import io.kubemate.tools.report.Untrusted;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.stream.Collectors;

/** The result of {@code silences_list}: active and pending silences, ending soonest first. */
public record SilenceList(String alertmanager, String namespace, List<Silence> silences, Instant now, TokenBudget budget)
        implements Reportable {

    public SilenceList {
        silences = List.copyOf(silences);
    }

    @Override
    public String markdown() {
        String heading = "**" + silences.size() + " silences" + (namespace == null ? "" : " for `" + namespace + "`")
                + "** (Alertmanager `" + alertmanager + "`)";
        MarkdownTable table = new MarkdownTable("ID", "STATE", "MATCHERS", "ENDS", "BY", "COMMENT");
        silences.forEach(s -> table.row(s.id(), s.state(), Untrusted.code(matchers(s)), ends(s), Untrusted.code(s.createdBy()), Untrusted.code(s.comment())));
        return budget.fitTable(heading + "\n", table.render(), "silences", "");
    }

    @Override
    public List<Evidence> evidence() {
        return List.of();
    }

    private String ends(Silence s) {
        if (s.endsAt() == null) {
            return "?";
        }
        Duration left = Duration.between(now, s.endsAt());
        return left.isNegative() ? Ages.of(left.negated()) + " ago" : "in " + Ages.of(left);
    }

    private static String matchers(Silence s) {
        return s.matchers().stream().map(Matcher::toString).collect(Collectors.joining(", "));
    }
}
