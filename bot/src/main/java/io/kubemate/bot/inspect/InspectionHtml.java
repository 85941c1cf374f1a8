package io.kubemate.bot.inspect;

import io.kubemate.bot.chat.Language;
import io.kubemate.bot.chat.Messages;
import io.kubemate.bot.chat.chart.ChartPng;
import io.kubemate.tools.inspect.Finding;
import io.kubemate.tools.inspect.Severity;
import jakarta.inject.Singleton;
import org.jsoup.nodes.Document;
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
 * runs as an embedded PNG. No script, no external resource; printable to PDF by the browser. Built with jsoup so
 * every text from the cluster is escaped.
 */
@Singleton
public final class InspectionHtml {

    private static final String STYLE = """
            body{font-family:"Noto Sans CJK SC","WenQuanYi Micro Hei","Microsoft YaHei",Arial,sans-serif;margin:2em;color:#222}
            h1{font-size:1.5em}h2{font-size:1.2em;margin-top:1.6em;border-bottom:1px solid #ccc}
            table{border-collapse:collapse;margin:.6em 0}td,th{border:1px solid #ccc;padding:.3em .6em;text-align:left;vertical-align:top}
            .critical{color:#b00020;font-weight:bold}.warning{color:#a15c00;font-weight:bold}.info{color:#555}
            pre{background:#f6f6f6;padding:.5em;white-space:pre-wrap;word-break:break-all}
            .finding{page-break-inside:avoid;margin:.8em 0;padding:.4em .8em;border-left:4px solid #ccc}
            .meta{color:#666;font-size:.9em}@media print{body{margin:0}}
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
        page.outputSettings().prettyPrint(true);
        page.head().appendElement("meta").attr("charset", "utf-8");
        String scope = tracked.report().namespace() == null ? messages.get(language, "export.scope.cluster")
                : messages.get(language, "export.scope.namespace", tracked.report().namespace());
        page.title(messages.get(language, "export.title", cluster, scope));
        page.head().appendElement("style").appendText(STYLE);
        Element body = page.body();
        body.appendElement("h1").text(page.title());
        body.appendElement("p").addClass("meta").text(messages.get(language, "export.meta", at.truncatedTo(ChronoUnit.SECONDS).toString(),
                tracked.report().findings().size(), tracked.newFindings().size(), tracked.fixed().size(), tracked.ignored()));

        summary(body.appendElement("h2").text(messages.get(language, "export.summary")).parent(), tracked.report().findings(), language);
        tracked.chart().flatMap(charts::draw).ifPresent(png -> body.appendElement("img")
                .attr("alt", messages.get(language, "export.chart")).attr("width", "640")
                .attr("src", "data:image/png;base64," + Base64.getEncoder().encodeToString(png)));

        List<Finding> fresh = tracked.newFindings();
        List<Finding> recurring = tracked.report().findings().stream().filter(f -> !fresh.contains(f)).toList();
        section(body, messages.get(language, tracked.firstRun() ? "export.findings" : "export.new"), fresh, language);
        section(body, messages.get(language, "export.recurring"), recurring, language);
        if (!tracked.fixed().isEmpty()) {
            body.appendElement("h2").text(messages.get(language, "export.fixed", tracked.fixed().size()));
            Element list = body.appendElement("ul");
            tracked.fixed().forEach(f -> list.appendElement("li").text(f.kind() + " " + (f.namespace() == null ? "" : f.namespace() + "/")
                    + f.name() + ": " + wording.problem(language, f)));
        }
        return page.outerHtml();
    }

    private void summary(Element body, List<Finding> findings, Language language) {
        Map<String, long[]> byKind = new TreeMap<>();
        for (Finding f : findings) {
            byKind.computeIfAbsent(f.kind(), k -> new long[Severity.values().length])[f.severity().ordinal()]++;
        }
        Element table = body.appendElement("table");
        Element head = table.appendElement("tr");
        head.appendElement("th").text(messages.get(language, "export.col.kind"));
        for (Severity s : Severity.values()) {
            head.appendElement("th").addClass(s.label()).text(messages.get(language, "export.severity." + s.label()));
        }
        byKind.forEach((kind, counts) -> {
            Element row = table.appendElement("tr");
            row.appendElement("td").text(kind);
            for (long count : counts) {
                row.appendElement("td").text(Long.toString(count));
            }
        });
    }

    private void section(Element body, String heading, List<Finding> findings, Language language) {
        if (findings.isEmpty()) {
            return;
        }
        body.appendElement("h2").text(heading + " (" + findings.size() + ")");
        for (Finding f : findings) {
            Element box = body.appendElement("div").addClass("finding");
            Element title = box.appendElement("p");
            title.appendElement("span").addClass(f.severity().label()).text(messages.get(language, "export.severity." + f.severity().label()));
            title.appendText(" " + f.kind() + " " + (f.namespace() == null ? "" : f.namespace() + "/") + f.name() + ": " + wording.problem(language, f));
            if (!f.evidence().isEmpty()) {
                box.appendElement("pre").text(String.join("\n", f.evidence()));
            }
            if (f.fix() != null) {
                box.appendElement("p").text(messages.get(language, "export.fix"));
                box.appendElement("pre").text(f.fix());
            }
            box.appendElement("p").addClass("meta").text((f.runbook() == null ? "" : messages.get(language, "export.runbook", f.runbook()) + " · ")
                    + f.check() + " · " + f.fingerprint());
        }
    }
}
