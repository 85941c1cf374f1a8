package io.kubemate.knowledge.ingest;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class HtmlExtractorTest {

    private static final String PAGE = """
            <html><head><title>PVC stuck Pending</title><style>.x{color:red}</style></head>
            <body>
              <nav><a href="/">Home</a> | <a href="/wiki">Wiki</a></nav>
              <h1>PVC stuck Pending</h1>
              <p>A claim stays <b>Pending</b> when no volume can be provisioned.</p>
              <h2>Check the StorageClass</h2>
              <ol><li>Get the claim.</li><li>Describe the StorageClass.</li></ol>
              <pre>kubectl get pvc -A
            kubectl describe sc standard</pre>
              <table><tr><th>Phase</th><th>Meaning</th></tr><tr><td>Pending</td><td>not bound</td></tr></table>
              <script>track("page")</script>
              <footer>© Wiki team</footer>
            </body></html>
            """;

    private final HtmlExtractor html = new HtmlExtractor();

    @Test
    void drops_navigation_footer_scripts_and_styles() {
        String all = String.join("\n", html.extract("p.html", "p", PAGE).blocks().stream().map(Block::text).toList());

        assertFalse(all.contains("Home"), all);
        assertFalse(all.contains("Wiki team"), all);
        assertFalse(all.contains("track("), all);
        assertFalse(all.contains("color:red"), all);
    }

    @Test
    void keeps_headings_lists_code_and_tables() {
        ParsedDocument doc = html.extract("p.html", "p", PAGE);

        assertEquals("PVC stuck Pending", doc.title());
        assertEquals(List.of(BlockType.PARAGRAPH, BlockType.LIST, BlockType.CODE, BlockType.TABLE),
                doc.blocks().stream().map(Block::type).toList());
        Block list = doc.blocks().get(1);
        assertEquals(List.of("PVC stuck Pending", "Check the StorageClass"), list.headings());
        assertEquals("1. Get the claim.\n2. Describe the StorageClass.", list.text());
        assertTrue(doc.blocks().get(2).text().contains("kubectl get pvc -A\nkubectl describe sc standard"));
        assertEquals("| Phase | Meaning |\n| Pending | not bound |", doc.blocks().get(3).text());
    }

    @Test
    void a_page_of_navigation_only_has_no_text() {
        ParsedDocument doc = html.extract("e.html", "e", "<html><body><nav>Home</nav><script>x()</script></body></html>");

        assertFalse(doc.hasText());
    }
}
