package io.kubemate.tools.kube;

import io.kubemate.tools.report.Evidence;
import io.kubemate.tools.report.MarkdownTable;
import io.kubemate.tools.report.Reportable;

import java.util.List;

/** The result of {@code k8s_get}: objects of one kind, trimmed to a row limit. */
public record ObjectList(ResourceKind kind, String namespace, List<ObjectRow> rows, int omitted) implements Reportable {

    public ObjectList {
        rows = List.copyOf(rows);
    }

    @Override
    public String markdown() {
        String where = namespace == null ? (kind.namespaced() ? " in all namespaces" : "") : " in `" + namespace + "`";
        StringBuilder out = new StringBuilder();
        out.append("**").append(rows.size() + omitted).append(' ').append(kind.label())
                .append(rows.size() + omitted == 1 ? "" : "s").append(where).append("**\n\n");
        boolean showNamespace = namespace == null && kind.namespaced();
        MarkdownTable table = showNamespace
                ? new MarkdownTable("NAMESPACE", "NAME", "STATUS", "DETAIL", "AGE")
                : new MarkdownTable("NAME", "STATUS", "DETAIL", "AGE");
        for (ObjectRow row : rows) {
            if (showNamespace) {
                table.row(row.namespace(), row.name(), row.status(), row.detail(), row.age());
            } else {
                table.row(row.name(), row.status(), row.detail(), row.age());
            }
        }
        out.append(table.render());
        if (omitted > 0) {
            out.append("\n(").append(omitted).append(" more not shown)\n");
        }
        return out.toString();
    }

    @Override
    public List<Evidence> evidence() {
        return List.of();
    }
}
