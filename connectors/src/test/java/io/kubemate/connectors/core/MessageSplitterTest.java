package io.kubemate.connectors.core;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MessageSplitterTest {

    @Test
    void leaves_a_short_message_whole() {
        assertEquals(List.of("hello\n```\ncode\n```"), new MessageSplitter(100).split("hello\n```\ncode\n```"));
    }

    @Test
    void every_part_fits_and_no_line_is_broken() {
        String text = IntStream.range(0, 60).mapToObj(i -> "line " + i + " 支付服务 payment-api restarted").collect(Collectors.joining("\n"));
        List<String> parts = new MessageSplitter(200).split(text);
        assertTrue(parts.size() > 5, parts.toString());
        parts.forEach(part -> assertTrue(part.length() <= 200, part.length() + ": " + part));
        assertEquals(text, String.join("\n", parts));
    }

    @Test
    void closes_and_reopens_a_code_fence_across_parts() {
        String code = IntStream.range(0, 30).mapToObj(i -> "2026-11-24T10:42:0" + (i % 10) + " ERROR timeout #" + i)
                .collect(Collectors.joining("\n"));
        String text = "Logs of payment-api:\n```log\n" + code + "\n```\nThat is all.";
        List<String> parts = new MessageSplitter(300).split(text);
        assertTrue(parts.size() >= 3, parts.toString());
        for (int i = 0; i < parts.size(); i++) {
            String part = parts.get(i);
            assertTrue(part.length() <= 300, part);
            long fences = part.lines().filter(l -> l.startsWith("```")).count();
            assertEquals(0, fences % 2, "part " + i + " leaves a fence open: " + part);
            if (i > 0 && i < parts.size() - 1) {
                assertTrue(part.startsWith("```log\n"), "part " + i + " does not re-open the fence: " + part);
            }
        }
        List<String> codeLines = new ArrayList<>();
        parts.forEach(p -> p.lines().filter(l -> l.startsWith("2026-")).forEach(codeLines::add));
        assertEquals(code.lines().toList(), codeLines, "a log line was broken or lost");
    }

    @Test
    void cuts_inside_a_line_only_when_the_line_alone_is_longer_than_a_part() {
        String longLine = "x".repeat(250);
        List<String> parts = new MessageSplitter(100).split("short\n" + longLine);
        parts.forEach(part -> assertTrue(part.length() <= 100, part));
        assertEquals("short" + longLine, String.join("", parts).replace("\n", ""));
    }
}
