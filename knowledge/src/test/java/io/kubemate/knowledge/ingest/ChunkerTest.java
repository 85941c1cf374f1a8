package io.kubemate.knowledge.ingest;

import io.kubemate.knowledge.Chunk;
import io.kubemate.knowledge.markdown.MarkdownExtractor;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ChunkerTest {

    private static final String RUNBOOK = """
            ---
            id: crashloop-backoff
            code: RB-02
            title: CrashLoopBackOff
            alerts: [KubePodCrashLooping]
            ---
            # CrashLoopBackOff
            Use this when a container keeps restarting.

            ## Steps
            1. Read the previous logs.
               ```tool
               pod_logs namespace=${namespace} pod=${pod} previous=true
               ```
            2. Check probes.
               ```tool
               k8s_describe namespace=${namespace} kind=pod name=${pod}
               ```

            ## Notes
            ```bash
            kubectl get pods -n demo
            kubectl describe pod x
            ```
            """;

    private final MarkdownExtractor markdown = new MarkdownExtractor();

    @Test
    void stores_the_heading_path_with_the_runbook_code_on_each_chunk() {
        List<Chunk> chunks = new Chunker(1200).chunk(markdown.extract("rb.md", "rb", RUNBOOK), "x");

        assertEquals(List.of("RB-02 CrashLoopBackOff", "RB-02 CrashLoopBackOff › Steps", "RB-02 CrashLoopBackOff › Notes"),
                chunks.stream().map(Chunk::heading).toList());
    }

    @Test
    void keeps_a_numbered_step_list_with_its_tool_blocks_in_one_chunk() {
        Chunk steps = new Chunker(1200).chunk(markdown.extract("rb.md", "rb", RUNBOOK), "x").get(1);

        assertTrue(steps.text().startsWith("1. Read the previous logs."), steps.text());
        assertTrue(steps.text().contains("pod_logs namespace=${namespace}"), steps.text());
        assertTrue(steps.text().contains("2. Check probes."), steps.text());
        assertTrue(steps.text().contains("k8s_describe"), steps.text());
    }

    @Test
    void keeps_front_matter_as_metadata_and_title() {
        ParsedDocument doc = markdown.extract("rb.md", "rb", RUNBOOK);

        assertEquals("CrashLoopBackOff", doc.title());
        assertEquals("crashloop-backoff", doc.metadata().get("id"));
        assertEquals("KubePodCrashLooping", doc.metadata().get("alerts"));
    }

    @Test
    void never_cuts_a_code_block_even_when_it_exceeds_the_chunk_size() {
        List<Chunk> chunks = new Chunker(40).chunk(markdown.extract("rb.md", "rb", RUNBOOK), "x");

        assertTrue(chunks.stream().anyMatch(c -> c.text().contains("kubectl get pods -n demo\nkubectl describe pod x")));
    }

    @Test
    void cuts_a_list_longer_than_a_chunk_between_items_and_names_the_first_item() {
        List<Chunk> chunks = new Chunker(120).chunk(markdown.extract("rb.md", "rb", RUNBOOK), "x");

        List<Chunk> steps = chunks.stream().filter(c -> c.heading().contains("Steps")).toList();
        assertEquals(2, steps.size());
        assertEquals("RB-02 CrashLoopBackOff › Steps › 2. Check probes.", steps.get(1).heading());
        assertTrue(steps.get(1).text().contains("k8s_describe namespace=${namespace} kind=pod name=${pod}"));
        assertTrue(steps.get(1).text().strip().endsWith("```"), steps.get(1).text());
    }

    @Test
    void packs_paragraphs_of_one_section_together_up_to_the_size() {
        String text = "# T\n\n## A\n\none.\n\ntwo.\n\n## B\n\nthree.\n";
        List<Chunk> chunks = new Chunker(1200).chunk(markdown.extract("t.md", "t", text), "x");

        assertEquals(2, chunks.size());
        assertEquals("one.\n\ntwo.", chunks.get(0).text());
        assertEquals("T › B", chunks.get(1).heading());
    }

    @Test
    void chunk_ids_are_unique_within_a_document() {
        List<Chunk> chunks = new Chunker(40).chunk(markdown.extract("rb.md", "rb", RUNBOOK), "abc");

        assertEquals(chunks.size(), chunks.stream().map(Chunk::id).distinct().count());
        assertTrue(chunks.stream().allMatch(c -> c.id().startsWith("abc#")));
    }
}
