package io.kubemate.bot.audit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.lettuce.core.RedisClient;
import io.lettuce.core.RedisException;
import io.lettuce.core.StreamMessage;
import io.lettuce.core.TransactionResult;
import io.lettuce.core.api.StatefulRedisConnection;
import io.lettuce.core.api.sync.RedisCommands;

import java.time.Clock;
import java.util.List;
import java.util.Map;

/**
 * Audit records in a Redis Stream shared by every replica. The chain head (last sequence number and hash) is
 * a key updated in the same transaction as the stream; WATCH makes concurrent appenders retry instead of forking
 * the chain. The sink owns the client it is given.
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

    public RedisStreamAuditSink(RedisClient client, String keyPrefix, ObjectMapper json, Clock clock) {
        this.client = client;
        this.connection = client.connect();
        this.redis = connection.sync();
        this.stream = keyPrefix + "audit";
        this.head = keyPrefix + "audit:head";
        this.json = json;
        this.clock = clock;
    }

    @Override
    public synchronized AuditRecord append(AuditEntry entry) {
        try {
            for (int attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
                redis.watch(head);
                String current = redis.get(head);
                long seq = current == null ? 1 : Long.parseLong(current.substring(0, current.indexOf(' '))) + 1;
                String previous = current == null ? AuditChain.GENESIS : current.substring(current.indexOf(' ') + 1);
                AuditRecord record = AuditChain.seal(seq, clock.instant(), entry, previous);
                redis.multi();
                redis.xadd(stream, Map.of("record", json.writeValueAsString(record)));
                redis.set(head, seq + " " + record.hash());
                TransactionResult result = redis.exec();
                if (!result.wasDiscarded()) {
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
        List<StreamMessage<String, String>> messages = redis.xrange(stream, io.lettuce.core.Range.create("-", "+"));
        return messages.stream().map(m -> parse(m.getBody().get("record"))).toList();
    }

    @Override
    public String describe() {
        return "Redis stream " + stream;
    }

    @Override
    public void close() {
        connection.close();
        client.shutdown();
    }

    private AuditRecord parse(String text) {
        try {
            return json.readValue(text, AuditRecord.class);
        } catch (JsonProcessingException e) {
            throw new AuditUnavailableException("unreadable record in audit stream " + stream + ": " + e.getOriginalMessage(), e);
        }
    }
}
