package io.kubemate.knowledge.embed;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ModelFilesTest {

    private static final String MODEL = "all-minilm-l6-v2-q.onnx";
    private static final String TOKENIZER = "all-minilm-l6-v2-q-tokenizer.json";

    @Test
    void copies_the_model_once_and_keeps_a_complete_copy(@TempDir Path dir) throws Exception {
        ModelFiles first = ModelFiles.in(dir, MODEL, TOKENIZER);
        long size = Files.size(first.model());
        assertTrue(size > 1_000_000, "model copied: " + size);
        FileTime written = FileTime.fromMillis(1_000_000);
        Files.setLastModifiedTime(first.model(), written);

        ModelFiles second = ModelFiles.in(dir, MODEL, TOKENIZER);

        assertEquals(written, Files.getLastModifiedTime(second.model()), "a complete copy is not written again");
    }

    @Test
    void replaces_a_truncated_copy(@TempDir Path dir) throws Exception {
        long size = Files.size(ModelFiles.in(dir.resolve("a"), MODEL, TOKENIZER).model());
        Path truncated = Files.createDirectories(dir.resolve("b"));
        Files.write(truncated.resolve(MODEL), new byte[10]);

        assertEquals(size, Files.size(ModelFiles.in(dir.resolve("b"), MODEL, TOKENIZER).model()));
    }

    @Test
    void refuses_a_resource_that_is_not_there(@TempDir Path dir) {
        assertThrows(IOException.class, () -> ModelFiles.in(dir, "no-such-model.onnx", TOKENIZER));
    }

    @Test
    void a_model_read_from_its_files_embeds_exactly_as_the_one_read_from_the_jar(@TempDir Path dir) throws Exception {
        List<String> texts = List.of("etcd quota exceeded", "payment-api 一直重启");
        for (String name : EmbeddingModels.NAMES) {
            Embedder fromJar = EmbeddingModels.named(name);
            Embedder fromFile = EmbeddingModels.named(name, dir);

            List<float[]> expected = fromJar.embedAll(texts);
            List<float[]> actual = fromFile.embedAll(texts);

            for (int i = 0; i < texts.size(); i++) {
                assertArrayEquals(expected.get(i), actual.get(i), name + ": " + texts.get(i));
            }
            assertArrayEquals(fromJar.embedQuery("etcd"), fromFile.embedQuery("etcd"), name);
        }
        try (var files = Files.list(dir)) {
            assertEquals(4, files.filter(f -> !f.getFileName().toString().endsWith(".partial")).count(), "two files per model");
        }
    }
}
