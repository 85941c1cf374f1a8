package io.kubemate.knowledge.ingest;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * HTML (wiki exports, intranet pages, and the XHTML Tika makes of Office files) into blocks: navigation,
 * headers, footers, scripts and styles are dropped; headings build the path; lists, tables and
 * {@code pre} are kept whole.
 */
public final class HtmlExtractor {

    private static final String NOISE = "nav, footer, header, aside, script, style, noscript, template, iframe, svg, form,"
            + " [role=navigation], [role=banner], [role=contentinfo], [aria-hidden=true]";

    public ParsedDocument extract(String source, String fallbackTitle, String html) {
        Document document = Jsoup.parse(html);
        document.select(NOISE).remove();
        Walk walk = new Walk();
        walk.visit(document.body());
        walk.flushText();
        String title = document.title().isBlank()
                ? document.select("h1").stream().map(Element::text).filter(t -> !t.isBlank()).findFirst().orElse(fallbackTitle)
                : document.title().strip();
        return new ParsedDocument(source, title, Map.of(), walk.blocks);
    }

    private static final class Walk {
        private final List<Block> blocks = new ArrayList<>();
        private final List<String> path = new ArrayList<>();
        private final List<Integer> levels = new ArrayList<>();
        private final StringBuilder loose = new StringBuilder();

        void visit(Element element) {
            for (Node child : element.childNodes()) {
                if (child instanceof TextNode text) {
                    loose.append(text.text());
                } else if (child instanceof Element e) {
                    element(e);
                }
            }
        }

        private void element(Element e) {
            String tag = e.normalName();
            switch (tag) {
                case "h1", "h2", "h3", "h4", "h5", "h6" -> heading(Integer.parseInt(tag.substring(1)), e.text());
                case "p", "blockquote", "dd", "dt", "figcaption", "caption" -> add(BlockType.PARAGRAPH, e.text(), List.of());
                case "pre" -> add(BlockType.CODE, "```\n" + e.wholeText().strip() + "\n```", List.of());
                case "table" -> add(BlockType.TABLE, table(e), List.of());
                case "ul", "ol" -> list(e, tag.equals("ol"));
                case "br" -> loose.append('\n');
                case "div", "section", "article", "main", "body", "li", "span", "td", "dl" -> {
                    if (isBlockContainer(tag)) {
                        flushText();
                    }
                    visit(e);
                    if (isBlockContainer(tag)) {
                        flushText();
                    }
                }
                default -> loose.append(' ').append(e.text()).append(' ');
            }
        }

        private static boolean isBlockContainer(String tag) {
            return !tag.equals("span") && !tag.equals("td");
        }

        private void heading(int level, String text) {
            flushText();
            while (!levels.isEmpty() && levels.get(levels.size() - 1) >= level) {
                levels.remove(levels.size() - 1);
                path.remove(path.size() - 1);
            }
            levels.add(level);
            path.add(text.strip());
        }

        private void list(Element list, boolean ordered) {
            List<String> items = new ArrayList<>();
            int n = 1;
            for (Element li : list.children()) {
                if (li.normalName().equals("li")) {
                    items.add((ordered ? n++ + ". " : "- ") + li.wholeText().strip().replaceAll("\\s*\\n\\s*", "\n   "));
                }
            }
            add(BlockType.LIST, String.join("\n", items), items);
        }

        private static String table(Element table) {
            List<String> rows = new ArrayList<>();
            for (Element row : table.select("tr")) {
                List<String> cells = row.select("th, td").stream().map(Element::text).toList();
                rows.add("| " + String.join(" | ", cells) + " |");
            }
            return String.join("\n", rows);
        }

        private void add(BlockType type, String text, List<String> items) {
            flushText();
            if (!text.isBlank()) {
                blocks.add(new Block(path, type, text.strip(), items));
            }
        }

        void flushText() {
            String text = loose.toString().replaceAll("[ \\t\\u00a0]+", " ").strip();
            loose.setLength(0);
            if (!text.isEmpty()) {
                blocks.add(Block.of(path, BlockType.PARAGRAPH, text));
            }
        }
    }
}
