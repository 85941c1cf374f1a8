package io.kubemate.bot.audit;

import io.lettuce.core.RedisClient;
import io.lettuce.core.RedisException;
import io.lettuce.core.api.StatefulRedisConnection;

import java.util.Optional;

/** A checkpoint under one Redis key. The store owns the client it is given. */
public final class RedisCheckpointStore implements CheckpointStore, AutoCloseable {

    private final RedisClient client;
    private final StatefulRedisConnection<String, String> connection;
    private final String key;

    public RedisCheckpointStore(RedisClient client, String key) {
        this.client = client;
        this.connection = client.connect();
        this.key = key;
    }

    @Override
    public void save(String checkpoint) {
        try {
            connection.sync().set(key, checkpoint);
        } catch (RedisException e) {
            throw new AuditUnavailableException("cannot write the audit checkpoint " + key + ": " + e.getMessage(), e);
        }
    }

    @Override
    public Optional<String> load() {
        return Optional.ofNullable(connection.sync().get(key));
    }

    @Override
    public String describe() {
        return "Redis key " + key;
    }

    @Override
    public void close() {
        connection.close();
        client.shutdown();
    }
}
