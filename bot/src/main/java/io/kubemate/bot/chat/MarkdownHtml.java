package io.kubemate.bot.chat;

import jakarta.inject.Singleton;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;

import java.util.List;

/**
 * Renders reply Markdown to HTML for the web console: raw HTML in the text is escaped, link addresses sanitised,
 * images never loaded and links show where they go ({@link InertLinks}).
 */
@Singleton
public final class MarkdownHtml {

    private final Parser parser;
    private final HtmlRenderer renderer;

    public MarkdownHtml() {
        var extensions = List.of(TablesExtension.create());
        this.parser = Parser.builder().extensions(extensions).build();
        this.renderer = HtmlRenderer.builder().extensions(extensions).escapeHtml(true).sanitizeUrls(true)
                .nodeRendererFactory(InertLinks::new).build();
    }

    public String render(String markdown) {
        return renderer.render(parser.parse(markdown));
    }
}
