package io.kubemate.bot.toolcall;

import io.kubemate.knowledge.SearchHit;
import io.kubemate.tools.redact.Redactor;
import io.kubemate.tools.report.Evidence;
import io.kubemate.tools.report.Reportable;
import io.kubemate.tools.report.Untrusted;

import java.util.ArrayList;
import java.util.List;

/**
 * The top chunks for a question: each with its heading path, an excerpt and its source, redacted. The
 * sources double as the reply's citations.
 */
record RunbookAnswer(String query, List<Hit> hits) implements Reportable {

    private static final int EXCERPT_CHARS = 900;

    record Hit(String title, String heading, String source, double score, String text) {
    }

    static RunbookAnswer of(String query, List<SearchHit> found, Redactor redactor) {
        List<Hit> hits = found.stream().map(h -> new Hit(h.chunk().title(), h.chunk().heading(), h.chunk().source(),
                h.score(), redactor.redact(h.chunk().text()))).toList();
        return new RunbookAnswer(query, hits);
    }

    @Override
    public String markdown() {
        StringBuilder md = new StringBuilder();
        int n = 1;
        for (Hit hit : hits) {
            md.append(n++).append(". ").append(Untrusted.code(hit.heading())).append("\n\n")
                    .append(excerpt(hit.text())).append("\n\n")
                    .append("   — ").append(Untrusted.code(hit.source())).append("\n\n");
        }
        return md.toString().strip();
    }

    /** Document text is shown as text (a fenced block), so links, images or HTML in a document stay inert. */
    private static String excerpt(String text) {
        String cut = text.length() > EXCERPT_CHARS ? text.substring(0, EXCERPT_CHARS) + " …" : text;
        return Untrusted.block("", cut.lines().toList()).lines().map(line -> "   " + line).reduce((a, b) -> a + "\n" + b).orElse("");
    }

    @Override
    public List<Evidence> evidence() {
        List<Evidence> evidence = new ArrayList<>();
        for (Hit hit : hits) {
            evidence.add(new Evidence(hit.heading(), hit.source(), hit.text().lines().toList()));
        }
        return evidence;
    }
}
