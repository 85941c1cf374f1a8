package io.kubemate.tools.report;

import java.util.ArrayList;
import java.util.List;

/** Builds a GitHub-flavoured Markdown table, escaping cell text so a value cannot break the layout. */
public final class MarkdownTable {

    private final List<String> header;
    private final List<List<String>> rows = new ArrayList<>();

    public MarkdownTable(String... header) {
        this.header = List.of(header);
    }

    public MarkdownTable row(String... cells) {
        if (cells.length != header.size()) {
            throw new IllegalArgumentException("expected " + header.size() + " cells, got " + cells.length);
        }
        rows.add(List.of(cells));
        return this;
    }

    public boolean isEmpty() {
        return rows.isEmpty();
    }

    public String render() {
        StringBuilder out = new StringBuilder();
        line(out, header);
        out.append('|');
        header.forEach(h -> out.append(" --- |"));
        out.append('\n');
        rows.forEach(row -> line(out, row));
        return out.toString();
    }

    private static void line(StringBuilder out, List<String> cells) {
        out.append('|');
        for (String cell : cells) {
            out.append(' ').append(escape(cell)).append(" |");
        }
        out.append('\n');
    }

    private static String escape(String cell) {
        if (cell == null || cell.isEmpty()) {
            return " ";
        }
        return cell.replace("\\", "\\\\").replace("|", "\\|").replace("\r", " ").replace("\n", " ");
    }
}
