package io.kubemate.knowledge.markdown;

import io.kubemate.knowledge.ingest.Block;
import io.kubemate.knowledge.ingest.BlockType;
import io.kubemate.knowledge.ingest.ParsedDocument;
import org.commonmark.ext.gfm.tables.TableBlock;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.BlockQuote;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.Heading;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.ListBlock;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.SourceSpan;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Markdown into blocks under their heading path. Blocks keep their original Markdown lines (taken from
 * commonmark's source spans), so a runbook step keeps its {@code tool} block verbatim. Front matter becomes
 * metadata; its {@code title} wins over the first {@code # heading}.
 */
public final class MarkdownExtractor {

    private final Parser parser = Parser.builder()
            .extensions(List.of(TablesExtension.create()))
            .includeSourceSpans(IncludeSourceSpans.BLOCKS)
            .build();

    public ParsedDocument extract(String source, String fallbackTitle, String text) {
        FrontMatter front;
        try {
            front = FrontMatter.split(text);
        } catch (FrontMatter.FrontMatterException e) {
            front = new FrontMatter(Map.of(), text, 1);
        }
        List<String> lines = front.body().lines().toList();
        Node document = parser.parse(front.body());
        List<String> path = new ArrayList<>();
        List<Integer> levels = new ArrayList<>();
        List<Block> blocks = new ArrayList<>();
        String firstH1 = null;
        for (Node node = document.getFirstChild(); node != null; node = node.getNext()) {
            if (node instanceof Heading heading) {
                String title = headingText(lines, heading);
                if (firstH1 == null && heading.getLevel() == 1) {
                    firstH1 = title;
                }
                while (!levels.isEmpty() && levels.get(levels.size() - 1) >= heading.getLevel()) {
                    levels.remove(levels.size() - 1);
                    path.remove(path.size() - 1);
                }
                levels.add(heading.getLevel());
                path.add(title);
                continue;
            }
            String raw = original(lines, node);
            if (raw.isBlank()) {
                continue;
            }
            blocks.add(switch (node) {
                case ListBlock list -> new Block(path, BlockType.LIST, raw, items(lines, list));
                case FencedCodeBlock code -> Block.of(path, BlockType.CODE, raw);
                case IndentedCodeBlock code -> Block.of(path, BlockType.CODE, raw);
                case TableBlock table -> Block.of(path, BlockType.TABLE, raw);
                case BlockQuote quote -> Block.of(path, BlockType.PARAGRAPH, raw);
                default -> Block.of(path, BlockType.PARAGRAPH, raw);
            });
        }
        String title = front.string("title") != null ? front.string("title")
                : firstH1 != null ? firstH1 : fallbackTitle;
        return new ParsedDocument(source, title, metadata(front), blocks);
    }

    private static Map<String, String> metadata(FrontMatter front) {
        Map<String, String> metadata = new LinkedHashMap<>();
        front.values().forEach((key, value) -> metadata.put(key,
                value instanceof List<?> list ? String.join(",", list.stream().map(String::valueOf).toList())
                        : String.valueOf(value)));
        return metadata;
    }

    private static List<String> items(List<String> lines, ListBlock list) {
        List<String> items = new ArrayList<>();
        for (Node item = list.getFirstChild(); item != null; item = item.getNext()) {
            if (item instanceof ListItem) {
                items.add(original(lines, item));
            }
        }
        return items;
    }

    private static String headingText(List<String> lines, Heading heading) {
        List<SourceSpan> spans = heading.getSourceSpans();
        if (spans.isEmpty()) {
            return "";
        }
        String first = lines.get(spans.get(0).getLineIndex()).strip();
        return first.replaceFirst("^#{1,6}\\s*", "").replaceFirst("\\s+#+\\s*$", "").strip();
    }

    /** The block's whole original lines, from its first to its last source line. */
    private static String original(List<String> lines, Node node) {
        List<SourceSpan> spans = node.getSourceSpans();
        if (spans.isEmpty()) {
            return "";
        }
        int from = spans.get(0).getLineIndex();
        int to = spans.get(spans.size() - 1).getLineIndex();
        return String.join("\n", lines.subList(from, Math.min(to + 1, lines.size()))).stripTrailing();
    }
}
