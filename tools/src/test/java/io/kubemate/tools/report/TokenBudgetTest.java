package io.kubemate.tools.report;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TokenBudgetTest {

    @Test
    void keeps_the_most_relevant_lines_and_notes_what_was_cut() {
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < 500; i++) {
            lines.add("line " + i + " with some words to take up room in the budget");
        }
        String out = new TokenBudget(200).fit(List.of("**heading**"), lines, "lines", List.of());
        assertTrue(out.startsWith("**heading**\nline 0 "));
        assertTrue(out.contains("line 1 "));
        assertFalse(out.contains("line 499 "));
        assertTrue(out.contains("cut to stay within 200 tokens"), out);
        assertTrue(TokenBudget.estimate(out) <= 200, () -> "estimated " + TokenBudget.estimate(out));
    }

    @Test
    void leaves_a_result_that_fits_untouched() {
        String out = new TokenBudget(1500).fit(List.of("h"), List.of("a", "b"), "lines", List.of("tail"));
        assertEquals("h\na\nb\ntail\n", out);
    }

    @Test
    void keeps_table_headers_when_rows_are_cut() {
        MarkdownTable table = new MarkdownTable("A", "B");
        for (int i = 0; i < 300; i++) {
            table.row("row" + i, "value value value value");
        }
        String out = new TokenBudget(100).fitTable("**t**\n", table.render(), "rows", "footer");
        assertTrue(out.contains("| A | B |\n| --- | --- |\n| row0 |"), out);
        assertTrue(out.contains("rows cut"), out);
        assertTrue(out.endsWith("footer\n"), out);
    }

    @Test
    void counts_chinese_characters_one_token_each() {
        assertEquals(4, TokenBudget.estimate("延迟多少"));
        assertEquals(2, TokenBudget.estimate("abcdefgh"));
    }

    @Test
    void rejects_a_budget_too_small_to_hold_anything() {
        assertThrows(IllegalArgumentException.class, () -> new TokenBudget(10));
    }
}
