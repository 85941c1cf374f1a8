package io.kubemate.connectors.core;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.function.UnaryOperator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

class LiteralTextTest {

    @Test
    void splitting_and_joining_gives_back_the_same_text() {
        for (String markdown : List.of("plain", "a `code` b", "x\n```yaml\nk: v\n```\ny", "````\n```\ninner\n```\n````", "```\nunclosed",
                "``a ` b`` and ` lone", "\n\n```\n```\n", "| a | `b|c` |\n| --- | --- |")) {
            assertEquals(markdown, LiteralText.mapLiterals(markdown, UnaryOperator.identity()), markdown);
        }
    }

    @Test
    void a_code_span_cannot_be_closed_by_the_text_inside() {
        String span = LiteralText.code("a` [x](https://evil.example) `b");
        List<LiteralText.Part> parts = LiteralText.parts("see " + span + " now");
        assertEquals(3, parts.size());
        assertEquals("a` [x](https://evil.example) `b", parts.get(1).text());
    }

    @Test
    void a_fence_cannot_be_closed_by_a_line_inside() {
        String block = LiteralText.fence("", "ok\n```\n[x](https://evil.example)");
        List<LiteralText.Part> parts = LiteralText.parts(block + "\nafter");
        assertEquals("ok\n```\n[x](https://evil.example)", parts.getFirst().text());
    }

    @Test
    void defanged_text_reads_the_same_but_forms_no_link_tag_or_mention() {
        String defanged = LiteralText.defang("[Confirm](https://evil.example) <!here> @all");
        assertEquals("[Confirm](https://evil.example) <!here> @all", defanged.replace(LiteralText.ZWSP, ""));
        assertFalse(defanged.contains("]("));
        assertFalse(defanged.contains("://"));
    }
}
