package io.kubemate.tools.kube;

import io.kubemate.tools.report.Ages;
import io.kubemate.tools.report.Evidence;
import io.kubemate.tools.report.MarkdownTable;
import io.kubemate.tools.report.Reportable;
import io.kubemate.tools.report.Untrusted;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/** The result of {@code k8s_events}: warnings first, newest first. */
public record EventList(String namespace, String objectName, List<EventRow> rows, int omitted, Instant now)
        implements Reportable {

    public EventList {
        rows = List.copyOf(rows);
    }

    @Override
    public String markdown() {
        String subject = objectName == null ? "namespace " + Untrusted.code(namespace) : Untrusted.code(namespace + "/" + objectName);
        MarkdownTable table = new MarkdownTable("TYPE", "REASON", "OBJECT", "COUNT", "LAST SEEN", "MESSAGE");
        rows.forEach(row -> table.row(row.type(), Untrusted.code(row.reason()), row.objectKind() + "/" + row.objectName(),
                String.valueOf(row.count()), age(row), Untrusted.code(row.message())));
        return "**Events for " + subject + "** (" + rows.stream().filter(EventRow::warning).count() + " warnings)\n\n"
                + table.render() + (omitted > 0 ? "\n(" + omitted + " older events not shown)\n" : "");
    }

    @Override
    public List<Evidence> evidence() {
        return List.of();
    }

    private String age(EventRow row) {
        return row.lastSeen() == null ? "?" : Ages.of(Duration.between(row.lastSeen(), now)) + " ago";
    }
}
