package io.kubemate.bot.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.kubemate.bot.audit.AuditEntry;
import io.kubemate.bot.audit.AuditEvent;
import io.kubemate.bot.audit.JsonLinesAuditSink;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class AuditVerifyCommandTest {

    @TempDir
    Path dir;

    @AfterEach
    void clear() {
        System.clearProperty("kubemate.audit.file");
    }

    private String[] verify(Path file, boolean json) {
        System.setProperty("kubemate.audit.file", file.toString());
        StringWriter out = new StringWriter();
        CommandLine line = new KubemateCommand().commandLine();
        line.setOut(new PrintWriter(out));
        int code = json ? line.execute("audit", "verify", "--json") : line.execute("audit", "verify");
        return new String[]{String.valueOf(code), out.toString()};
    }

    private Path writeThree() {
        Path file = dir.resolve("audit.jsonl");
        JsonLinesAuditSink sink = new JsonLinesAuditSink(file, new ObjectMapper(), Clock.systemUTC());
        for (AuditEvent event : List.of(AuditEvent.PROPOSED, AuditEvent.CONFIRMED, AuditEvent.EXECUTED)) {
            sink.append(new AuditEntry(event, "slack:U024BE7LH", "system:serviceaccount:kubemate-users:u-zhangsan", "scale",
                    Map.of("namespace", "trade", "workload", "order-api", "replicas", 5), "replicas 2 → 5", null, "slack:C1"));
        }
        return file;
    }

    @Test
    void an_untouched_log_verifies() {
        String[] result = verify(writeThree(), false);
        assertEquals("0", result[0], result[1]);
        assertTrue(result[1].contains("3 records, chain intact"), result[1]);
    }

    @Test
    void a_tampered_record_is_named() throws Exception {
        Path file = writeThree();
        List<String> lines = Files.readAllLines(file);
        lines.set(1, lines.get(1).replace("\"replicas\":5", "\"replicas\":50"));
        Files.write(file, lines);
        String[] result = verify(file, true);
        assertEquals("1", result[0], result[1]);
        JsonNode sink = new ObjectMapper().readTree(result[1]).get("sinks").get(0);
        assertEquals(false, sink.get("intact").asBoolean());
        assertEquals(2, sink.get("broken").get("seq").asInt());
    }
}
