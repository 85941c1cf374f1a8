package io.kubemate.bot.inspect;

import io.kubemate.bot.chat.Language;
import io.kubemate.bot.chat.Messages;
import io.kubemate.bot.chat.chart.ChartPng;
import io.kubemate.tools.inspect.Finding;
import io.kubemate.tools.inspect.Severity;
import jakarta.inject.Singleton;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.DocumentType;
import org.jsoup.nodes.Element;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * An inspection report as one self-contained HTML page to file or archive: summary by severity and kind, what is
 * new, still present, fixed and ignored, each finding with its evidence, fix and runbook, and the chart of the last
 * runs as an embedded PNG. No script, no external resource; printable to PDF by the browser (its print stylesheet
 * starts each section on a new page and never cuts a table row or a finding). Built with jsoup so every text from the
 * cluster is escaped.
 */
@Singleton
public final class InspectionHtml {

    private static final String STYLE = """
            body{font-family:"Noto Sans CJK SC","WenQuanYi Micro Hei","Microsoft YaHei",Arial,sans-serif;margin:2em;color:#222}
            h1{font-size:1.5em}h2{font-size:1.2em;margin-top:1.6em;border-bottom:1px solid #ccc}
            table{border-collapse:collapse;margin:.6em 0}td,th{border:1px solid #ccc;padding:.3em .6em;text-align:left;vertical-align:top}
            th{background:#f0f0f0}td.count{text-align:right}tr.total td{font-weight:bold}
            .critical{color:#b00020;font-weight:bold}.warning{color:#a15c00;font-weight:bold}.info{color:#555}
            .status-new{color:#b00020}.status-recurring{color:#a15c00}.status-fixed{color:#1b7a1b}
            pre{background:#f6f6f6;padding:.5em;white-space:pre-wrap;word-break:break-all}
            .finding{page-break-inside:avoid;break-inside:avoid;margin:.8em 0;padding:.4em .8em;border-left:4px solid #ccc}
            .meta{color:#666;font-size:.9em}
            @media print{
              body{margin:0;font-size:10pt}
              section+section{break-before:page;page-break-before:always}
              h2{break-after:avoid;page-break-after:avoid}
              tr,img,pre,.finding{break-inside:avoid;page-break-inside:avoid}
              thead{display:table-header-group}
            }
            """;

    private final Messages messages;
    private final InspectionWording wording;
    private final ChartPng charts;

    public InspectionHtml(Messages messages, InspectionWording wording, ChartPng charts) {
        this.messages = messages;
        this.wording = wording;
        this.charts = charts;
    }

    public String render(TrackedReport tracked, String cluster, Instant at, Language language) {
        Document page = Document.createShell("");
        page.prependChild(new DocumentType("html", "", ""));
        page.outputSettings().prettyPrint(true);
        page.head().appendElement("meta").attr("charset", "utf-8");
        String scope = tracked.report().namespace() == null ? messages.get(language, "export.scope.cluster")
                : messages.get(language, "export.scope.namespace", tracked.report().namespace());
        page.title(messages.get(language, "export.title", cluster, scope));
        page.head().appendElement("style").appendText(STYLE);
        Element overview = page.body().appendElement("section").attr("id", "summary");
        overview.appendElement("h1").text(page.title());
        overview.appendElement("p").addClass("meta").text(messages.get(language, "export.meta", at.truncatedTo(ChronoUnit.SECONDS).toString(),
                tracked.report().findings().size(), tracked.newFindings().size(), tracked.fixed().size(), tracked.ignored()));
        overview.appendElement("h2").text(messages.get(language, "export.summary"));
        summary(overview, tracked.report().findings(), language);
        wording.chart(tracked, language).flatMap(charts::draw).ifPresent(png -> overview.appendElement("img")
                .attr("alt", messages.get(language, "export.chart")).attr("width", "640")
                .attr("src", "data:image/png;base64," + Base64.getEncoder().encodeToString(png)));
        lifecycle(page.body().appendElement("section").attr("id", "lifecycle"), tracked, language);

        List<Finding> fresh = tracked.newFindings();
        List<Finding> recurring = tracked.report().findings().stream().filter(f -> !fresh.contains(f)).toList();
        section(page.body(), "new", messages.get(language, tracked.firstRun() ? "export.findings" : "export.new"), fresh, language);
        section(page.body(), "recurring", messages.get(language, "export.recurring"), recurring, language);
        if (!tracked.fixed().isEmpty()) {
            Element fixed = page.body().appendElement("section").attr("id", "fixed");
            fixed.appendElement("h2").text(messages.get(language, "export.fixed", tracked.fixed().size()));
            Element list = fixed.appendElement("ul");
            tracked.fixed().forEach(f -> list.appendElement("li").text(f.kind() + " " + object(f.namespace(), f.name()) + ": "
                    + wording.problem(language, f)));
        }
        return page.outerHtml();
    }

    /** Counts by kind and severity, with a total row. */
    private void summary(Element parent, List<Finding> findings, Language language) {
        Map<String, long[]> byKind = new TreeMap<>();
        long[] total = new long[Severity.values().length];
        for (Finding f : findings) {
            byKind.computeIfAbsent(f.kind(), k -> new long[Severity.values().length])[f.severity().ordinal()]++;
            total[f.severity().ordinal()]++;
        }
        Element table = parent.appendElement("table").addClass("summary");
        Element head = table.appendElement("thead").appendElement("tr");
        head.appendElement("th").text(messages.get(language, "export.col.kind"));
        for (Severity s : Severity.values()) {
            head.appendElement("th").addClass(s.label()).text(messages.get(language, "export.severity." + s.label()));
        }
        Element rows = table.appendElement("tbody");
        byKind.forEach((kind, counts) -> countRow(rows.appendElement("tr"), kind, counts));
        countRow(rows.appendElement("tr").addClass("total"), messages.get(language, "export.total"), total);
    }

    private static void countRow(Element row, String label, long[] counts) {
        row.appendElement("td").text(label);
        for (long count : counts) {
            row.appendElement("td").addClass("count").text(Long.toString(count));
        }
    }

    /** Every finding of this run and every fixed one, with where it stands since the last run. */
    private void lifecycle(Element section, TrackedReport tracked, Language language) {
        section.appendElement("h2").text(messages.get(language, "export.lifecycle"));
        Element table = section.appendElement("table").addClass("lifecycle");
        Element head = table.appendElement("thead").appendElement("tr");
        for (String column : List.of("severity", "kind", "object", "problem", "status")) {
            head.appendElement("th").text(messages.get(language, "export.col." + column));
        }
        Element rows = table.appendElement("tbody");
        for (Finding f : tracked.report().findings()) {
            String status = tracked.status().get(f.fingerprint()) == FindingStatus.RECURRING ? "recurring" : "new";
            lifecycleRow(rows, language, f.severity().label(), f.kind(), object(f.namespace(), f.name()), wording.problem(language, f), status);
        }
        for (PastFinding f : tracked.fixed()) {
            lifecycleRow(rows, language, f.severity(), f.kind(), object(f.namespace(), f.name()), wording.problem(language, f), "fixed");
        }
        if (tracked.ignored() > 0) {
            section.appendElement("p").addClass("meta").text(messages.get(language, "export.ignored", tracked.ignored()));
        }
    }

    private void lifecycleRow(Element rows, Language language, String severity, String kind, String object, String problem, String status) {
        Element row = rows.appendElement("tr");
        row.appendElement("td").addClass(severity).text(messages.get(language, "export.severity." + severity));
        row.appendElement("td").text(kind);
        row.appendElement("td").text(object);
        row.appendElement("td").text(problem);
        row.appendElement("td").addClass("status-" + status).text(messages.get(language, "export.status." + status));
    }

    private static String object(String namespace, String name) {
        return (namespace == null ? "" : namespace + "/") + name;
    }

    private void section(Element body, String id, String heading, List<Finding> findings, Language language) {
        if (findings.isEmpty()) {
            return;
        }
        Element section = body.appendElement("section").attr("id", id);
        section.appendElement("h2").text(heading + " (" + findings.size() + ")");
        for (Finding f : findings) {
            Element box = section.appendElement("div").addClass("finding").attr("data-fingerprint", f.fingerprint());
            Element title = box.appendElement("p");
            title.appendElement("span").addClass(f.severity().label()).text(messages.get(language, "export.severity." + f.severity().label()));
            title.appendText(" " + f.kind() + " " + object(f.namespace(), f.name()) + ": " + wording.problem(language, f));
            if (!f.evidence().isEmpty()) {
                box.appendElement("pre").addClass("evidence").text(String.join("\n", f.evidence()));
            }
            if (f.fix() != null) {
                box.appendElement("p").text(messages.get(language, "export.fix"));
                box.appendElement("pre").addClass("fix").text(f.fix());
            }
            box.appendElement("p").addClass("meta").text((f.runbook() == null ? "" : messages.get(language, "export.runbook", f.runbook()) + " · ")
                    + f.check() + " · " + f.fingerprint());
        }
    }
}
