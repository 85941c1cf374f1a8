package io.kubemate.bot.audit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

/**
 * Audit records as JSON lines in a file, for log shipping to Loki or a SIEM. Appends hold an exclusive file
 * lock and re-read the last line under it, so several processes may share the file; each write is forced to disk.
 */
public final class JsonLinesAuditSink implements AuditSink {

    private final Path file;
    private final ObjectMapper json;
    private final Clock clock;

    public JsonLinesAuditSink(Path file, ObjectMapper json, Clock clock) {
        this.file = file;
        this.json = json;
        this.clock = clock;
    }

    @Override
    public synchronized AuditRecord append(AuditEntry entry) {
        try {
            if (file.getParent() != null) {
                Files.createDirectories(file.getParent());
            }
            try (FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ,
                    StandardOpenOption.WRITE); FileLock lock = channel.lock()) {
                AuditRecord last = lastRecord(channel);
                AuditRecord record = AuditChain.seal(last == null ? 1 : last.seq() + 1, clock.instant(), entry,
                        last == null ? AuditChain.GENESIS : last.hash());
                byte[] line = (json.writeValueAsString(record) + "\n").getBytes(StandardCharsets.UTF_8);
                channel.position(channel.size());
                channel.write(ByteBuffer.wrap(line));
                channel.force(true);
                return record;
            }
        } catch (IOException e) {
            throw new AuditUnavailableException("cannot write the audit file " + file + ": " + e.getMessage(), e);
        }
    }

    @Override
    public List<AuditRecord> read() {
        if (!Files.exists(file)) {
            return List.of();
        }
        try {
            List<AuditRecord> records = new ArrayList<>();
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                if (!line.isBlank()) {
                    records.add(parse(line));
                }
            }
            return records;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public String describe() {
        return "file " + file;
    }

    private AuditRecord lastRecord(FileChannel channel) throws IOException {
        long pos = channel.size() - 1;
        while (pos >= 0 && byteAt(channel, pos) == '\n') {
            pos--;
        }
        if (pos < 0) {
            return null;
        }
        long lineEnd = pos + 1;
        while (pos >= 0 && byteAt(channel, pos) != '\n') {
            pos--;
        }
        ByteBuffer line = ByteBuffer.allocate((int) (lineEnd - pos - 1));
        channel.read(line, pos + 1);
        return parse(new String(line.array(), StandardCharsets.UTF_8));
    }

    private static byte byteAt(FileChannel channel, long position) throws IOException {
        ByteBuffer one = ByteBuffer.allocate(1);
        channel.read(one, position);
        return one.get(0);
    }

    private AuditRecord parse(String line) {
        try {
            return json.readValue(line, AuditRecord.class);
        } catch (JsonProcessingException e) {
            throw new AuditUnavailableException("unreadable audit record in " + file + ": " + e.getOriginalMessage(), e);
        }
    }
}
