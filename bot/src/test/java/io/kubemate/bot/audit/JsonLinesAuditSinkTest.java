package io.kubemate.bot.audit;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Clock;

class JsonLinesAuditSinkTest extends AuditSinkContract {

    @TempDir
    Path dir;

    private AuditSink sink;

    @BeforeEach
    void open() {
        sink = new JsonLinesAuditSink(dir.resolve("audit/audit.jsonl"), new ObjectMapper(), Clock.systemUTC());
    }

    @Override
    protected AuditSink sink() {
        return sink;
    }
}
