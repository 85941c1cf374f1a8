package io.kubemate.bot.audit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.lettuce.core.Range;
import io.lettuce.core.RedisClient;
import io.lettuce.core.RedisException;
import io.lettuce.core.StreamMessage;
import io.lettuce.core.TransactionResult;
import io.lettuce.core.api.StatefulRedisConnection;
import io.lettuce.core.api.sync.RedisCommands;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Audit records in a Redis Stream shared by every replica. The chain head (last sequence number and hash) is
 * a key updated in the same transaction as the stream; WATCH makes concurrent appenders retry instead of forking
 * the chain. The signed checkpoint goes to its own place after each record. The sink owns the client it is given.
 */
public final class RedisStreamAuditSink implements AuditSink {

    static final int MAX_ATTEMPTS = 50;

    private final RedisClient client;
    private final StatefulRedisConnection<String, String> connection;
    private final RedisCommands<String, String> redis;
    private final String stream;
    private final String head;
    private final ObjectMapper json;
    private final Clock clock;
    private final AuditChain chain;
    private final Checkpoints checkpoints;

    public RedisStreamAuditSink(RedisClient client, String keyPrefix, ObjectMapper json, Clock clock, AuditChain chain,
                                Checkpoints checkpoints) {
        this.client = client;
        this.connection = client.connect();
        this.redis = connection.sync();
        this.stream = keyPrefix + "audit";
        this.head = keyPrefix + "audit:head";
        this.json = json;
        this.clock = clock;
        this.chain = chain;
        this.checkpoints = checkpoints;
    }

    @Override
    public synchronized AuditRecord append(AuditEntry entry) {
        try {
            for (int attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
                redis.watch(head);
                String current = redis.get(head);
                AuditCheckpoint after = current == null ? checkpoints.startAfter() : null;
                long seq = current == null ? after.seq() + 1 : Long.parseLong(current.substring(0, current.indexOf(' '))) + 1;
                String previous = current == null ? after.hash() : current.substring(current.indexOf(' ') + 1);
                AuditRecord record = chain.seal(seq, clock.instant(), entry, previous);
                redis.multi();
                redis.xadd(stream, Map.of("record", json.writeValueAsString(record)));
                redis.set(head, seq + " " + record.hash());
                TransactionResult result = redis.exec();
                if (!result.wasDiscarded()) {
                    checkpoints.write(record);
                    return record;
                }
            }
            throw new AuditUnavailableException("audit stream " + stream + " is too contended: gave up after "
                    + MAX_ATTEMPTS + " attempts", null);
        } catch (RedisException | JsonProcessingException e) {
            throw new AuditUnavailableException("cannot write the audit stream " + stream + ": " + e.getMessage(), e);
        }
    }

    @Override
    public List<AuditRecord> read() {
        return scan().stream().map(s -> {
            if (s.record() == null) {
                throw new AuditUnavailableException("unreadable record in audit stream " + stream + ": " + s.unreadable(), null);
            }
            return s.record();
        }).toList();
    }

    @Override
    public List<StoredRecord> scan() {
        List<StreamMessage<String, String>> messages = redis.xrange(stream, Range.create("-", "+"));
        List<StoredRecord> records = new ArrayList<>();
        for (int i = 0; i < messages.size(); i++) {
            String text = messages.get(i).getBody().get("record");
            try {
                records.add(new StoredRecord(i + 1, json.readValue(text == null ? "" : text, AuditRecord.class), null));
            } catch (JsonProcessingException e) {
                records.add(new StoredRecord(i + 1, null, "entry " + messages.get(i).getId() + ": " + e.getOriginalMessage()));
            }
        }
        return records;
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
        return "Redis stream " + stream;
    }

    @Override
    public void close() {
        checkpoints.close();
        connection.close();
        client.shutdown();
    }
}
