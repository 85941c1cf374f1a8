package io.kubemate.bot.audit;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The tampering attacks against the JSON-lines file (no Redis: its checkpoint is the file next to it). */
class JsonLinesAuditTamperAttackTest extends AuditTamperAttackContract {

    @TempDir
    Path dir;

    private Path file() {
        return dir.resolve("audit.jsonl");
    }

    @Override
    protected Map<String, String> properties() {
        return Map.of("kubemate.audit.file", file().toString(), "kubemate.audit.key-file", keyFile().toString());
    }

    private Path keyFile() {
        Path key = dir.resolve("audit.key");
        try {
            if (!Files.exists(key)) {
                Files.writeString(key, "a-secret-audit-key-of-at-least-32-bytes-0123456789\n");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return key;
    }

    @Override
    protected List<String> stored() {
        try {
            return Files.readAllLines(file()).stream().filter(l -> !l.isBlank()).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    protected void replace(List<String> records) {
        try {
            Files.write(file(), records);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    protected void moveAway() {
        try {
            Files.move(file(), dir.resolve("audit.jsonl.old"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    protected void forgeCheckpoint(String record) throws Exception {
        JsonNode head = JSON.readTree(record);
        List<Path> checkpoints = new ArrayList<>();
        try (var files = Files.list(dir)) {
            files.filter(f -> f.getFileName().toString().contains("checkpoint")).forEach(checkpoints::add);
        }
        for (Path checkpoint : checkpoints) {
            Files.writeString(checkpoint, "{\"seq\":" + head.path("seq").asLong() + ",\"hash\":\"" + head.path("hash").asText() + "\"}\n");
        }
    }

    @Override
    protected String sinkPrefix() {
        return "file ";
    }
}
