package io.kubemate.bot.web;

import io.kubemate.bot.chat.MarkdownHtml;
import io.kubemate.knowledge.BundledRunbooks;
import io.kubemate.knowledge.Chunk;
import io.kubemate.knowledge.KnowledgeBase;
import io.kubemate.knowledge.markdown.FrontMatter;
import io.kubemate.tools.redact.Redactor;
import jakarta.inject.Singleton;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import java.util.List;
import java.util.Optional;

/**
 * A cited document as a page of its own: a bundled runbook from its Markdown (raw HTML in it shown as text), any other
 * document from the chunks its reader may see, headings and text escaped. Pages have no scripts.
 */
@Singleton
public final class DocumentPage {

    static final String BUNDLED_PREFIX = KnowledgeBase.BUNDLED + "/";

    private final MarkdownHtml markdown;
    private final Redactor redactor;

    public DocumentPage(MarkdownHtml markdown, Redactor redactor) {
        this.markdown = markdown;
        this.redactor = redactor;
    }

    /** The page of a bundled runbook; empty when {@code source} names none. */
    public Optional<String> bundled(String source) {
        if (!source.startsWith(BUNDLED_PREFIX)) {
            return Optional.empty();
        }
        return BundledRunbooks.read(source.substring(BUNDLED_PREFIX.length()))
                .map(FrontMatter::split)
                .map(doc -> page(source, doc.string("title") == null ? source : doc.string("title"),
                        markdown.render(redactor.redact(doc.body()))));
    }

    /** The page of an ingested document made of {@code chunks} (already limited to what the reader may see). */
    public String stored(String source, List<Chunk> chunks) {
        Document body = Document.createShell("");
        for (Chunk chunk : chunks) {
            if (!chunk.heading().isBlank()) {
                body.body().appendElement("h3").text(chunk.heading());
            }
            // documents are stored as written: a secret in one is masked here, as in every other answer
            for (String paragraph : redactor.redact(chunk.text()).split("\\n\\s*\\n")) {
                body.body().appendElement("p").text(paragraph.strip());
            }
        }
        return page(source, chunks.isEmpty() ? source : chunks.getFirst().title(), body.body().html());
    }

    private static String page(String source, String title, String html) {
        Document page = Document.createShell("");
        page.outputSettings().prettyPrint(false);
        page.head().appendElement("meta").attr("charset", "utf-8");
        page.head().appendElement("meta").attr("name", "viewport").attr("content", "width=device-width, initial-scale=1");
        page.title(title);
        page.head().appendElement("style").appendText(
                "body{font-family:system-ui,sans-serif;max-width:920px;margin:24px auto;padding:0 16px;line-height:1.5}"
                        + "pre,code{background:#f0f4f8;border-radius:4px}pre{padding:8px;overflow-x:auto}.source{color:#616e7c}");
        Element header = page.body().appendElement("header");
        header.appendElement("h1").text(title);
        header.appendElement("div").addClass("source").text(source);
        page.body().appendElement("main").html(html);
        return "<!doctype html>\n" + page.outerHtml();
    }
}
