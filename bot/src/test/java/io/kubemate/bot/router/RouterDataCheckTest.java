package io.kubemate.bot.router;

import io.kubemate.bot.TestCatalog;
import io.kubemate.tools.spec.ToolSpec;
import io.kubemate.tools.spec.ToolSpecs;
import org.junit.jupiter.api.Test;

import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

class RouterDataCheckTest {

    private final ToolSpecs tools = TestCatalog.specs();

    @Test
    void the_phrasings_and_examples_name_only_tools_the_catalog_has() throws Exception {
        for (String resource : List.of(PhraseBook.RESOURCE, ExampleBook.RESOURCE, QuestionReads.RESOURCE)) {
            try (InputStream in = getClass().getClassLoader().getResourceAsStream(resource)) {
                assertNotNull(in, resource);
                assertEquals(List.of(), RouterDataCheck.unknown(tools, resource, new InputStreamReader(in, StandardCharsets.UTF_8)));
            }
        }
    }

    @Test
    void every_change_has_a_read_that_answers_a_question_about_it_so_a_question_never_proposes() {
        List<String> without = tools.all().stream().filter(ToolSpec::isAction).map(ToolSpec::name)
                .filter(name -> !QuestionReads.load().changes().contains(name)).sorted().toList();
        assertEquals(List.of(), without, "add them to " + QuestionReads.RESOURCE);
    }

    @Test
    void a_phrasing_for_a_tool_that_does_not_exist_is_named_with_its_file_and_line() {
        Reader yaml = new StringReader("""
                phrases:
                  - tool: scale
                    patterns: ["scale (?<target>NAME)"]
                  - tool: scael
                    patterns: ["scael (?<target>NAME)"]
                """);
        assertEquals(List.of("phrases.yaml line 4: no tool is named scael"), RouterDataCheck.unknown(tools, "phrases.yaml", yaml));
    }

    @Test
    void examples_for_a_tool_that_does_not_exist_are_named_with_their_file_and_line() {
        Reader yaml = new StringReader("""
                tools:
                  alerts_list:
                    en: ["what is firing"]
                  drain_node:
                    en: ["drain {node}"]
                  none:
                    en: ["tell me a joke"]
                """);
        assertEquals(List.of("examples.yaml line 4: no tool is named drain_node"), RouterDataCheck.unknown(tools, "examples.yaml", yaml));
    }

    @Test
    void question_reads_of_a_change_or_a_read_that_does_not_exist_are_named_with_their_file_and_line() {
        Reader yaml = new StringReader("""
                reads:
                  cordon:
                    read: {tool: k8s_describe, args: {}}
                  drain:
                    read: {tool: k8s_describe, args: {}}
                  rollback:
                    read: {tool: rollout_hist, args: {}}
                """);
        assertEquals(List.of("question-reads.yaml line 4: no tool is named drain",
                "question-reads.yaml line 7: no tool is named rollout_hist"), RouterDataCheck.unknown(tools, "question-reads.yaml", yaml));
    }
}
