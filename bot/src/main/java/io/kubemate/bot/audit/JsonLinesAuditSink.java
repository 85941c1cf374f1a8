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
import java.util.Optional;

/**
 * Audit records as JSON lines in a file, for log shipping to Loki or a SIEM. Appends hold an exclusive file
 * lock and re-read the last line under it, so several processes may share the file; each write is forced to disk,
 * then the signed checkpoint is written to its own place.
 */
public final class JsonLinesAuditSink implements AuditSink {

    private final Path file;
    private final ObjectMapper json;
    private final Clock clock;
    private final AuditChain chain;
    private final Checkpoints checkpoints;

    /** With the development key and the checkpoint in {@code <file>.checkpoint}: for tests and tools. */
    public JsonLinesAuditSink(Path file, ObjectMapper json, Clock clock) {
        this(file, json, clock, new AuditChain(AuditKey.developmentKey()),
                new Checkpoints(new FileCheckpointStore(file.resolveSibling(file.getFileName() + ".checkpoint")), AuditKey.developmentKey(), json));
    }

    public JsonLinesAuditSink(Path file, ObjectMapper json, Clock clock, AuditChain chain, Checkpoints checkpoints) {
        this.file = file;
        this.json = json;
        this.clock = clock;
        this.chain = chain;
        this.checkpoints = checkpoints;
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
                AuditCheckpoint after = last == null ? checkpoints.startAfter() : null;
                AuditRecord record = last == null ? chain.seal(after.seq() + 1, clock.instant(), entry, after.hash())
                        : chain.seal(last.seq() + 1, clock.instant(), entry, last.hash());
                byte[] line = (json.writeValueAsString(record) + "\n").getBytes(StandardCharsets.UTF_8);
                channel.position(channel.size());
                channel.write(ByteBuffer.wrap(line));
                channel.force(true);
                checkpoints.write(record);
                return record;
            }
        } catch (IOException e) {
            throw new AuditUnavailableException("cannot write the audit file " + file + ": " + e.getMessage(), e);
        }
    }

    @Override
    public List<AuditRecord> read() {
        return scan().stream().map(s -> {
            if (s.record() == null) {
                throw new AuditUnavailableException("unreadable audit record in " + file + " line " + s.position() + ": " + s.unreadable(), null);
            }
            return s.record();
        }).toList();
    }

    @Override
    public List<StoredRecord> scan() {
        if (!Files.exists(file)) {
            return List.of();
        }
        try {
            List<StoredRecord> records = new ArrayList<>();
            List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
            for (int i = 0; i < lines.size(); i++) {
                if (!lines.get(i).isBlank()) {
                    records.add(stored(i + 1, lines.get(i)));
                }
            }
            return records;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public AuditChain chain() {
        return chain;
    }

    @Override
    public Optional<Checkpoints.Read> checkpoint() {
        return checkpoints.read();
    }

    @Override
    public String describe() {
        return "file " + file;
    }

    @Override
    public void close() {
        checkpoints.close();
    }

    private StoredRecord stored(long line, String text) {
        try {
            return new StoredRecord(line, json.readValue(text, AuditRecord.class), null);
        } catch (JsonProcessingException e) {
            return new StoredRecord(line, null, "line " + line + ": " + e.getOriginalMessage());
        }
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
        StoredRecord last = stored(0, new String(line.array(), StandardCharsets.UTF_8));
        if (last.record() == null) {
            throw new AuditUnavailableException("the last audit record in " + file + " is unreadable (" + last.unreadable()
                    + "): not appending after it", null);
        }
        return last.record();
    }

    private static byte byteAt(FileChannel channel, long position) throws IOException {
        ByteBuffer one = ByteBuffer.allocate(1);
        channel.read(one, position);
        return one.get(0);
    }
}
