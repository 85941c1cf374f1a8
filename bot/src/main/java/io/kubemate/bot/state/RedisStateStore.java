package io.kubemate.bot.state;

import io.lettuce.core.RedisClient;
import io.lettuce.core.SetArgs;
import io.lettuce.core.api.StatefulRedisConnection;
import io.lettuce.core.api.sync.RedisCommands;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

/** State in Redis, shared by every replica. Keys are prefixed so several bots can share one Redis. */
public final class RedisStateStore implements StateStore {

    private final RedisClient client;
    private final StatefulRedisConnection<String, String> connection;
    private final RedisCommands<String, String> redis;
    private final String prefix;
    private final String description;

    public RedisStateStore(RedisClient client, String prefix, String description) {
        this.client = client;
        this.connection = client.connect();
        this.redis = connection.sync();
        this.prefix = prefix;
        this.description = description;
    }

    @Override
    public void put(String key, String value, Duration ttl) {
        redis.set(prefix + key, value, SetArgs.Builder.px(ttl.toMillis()));
    }

    @Override
    public boolean putIfAbsent(String key, String value, Duration ttl) {
        return "OK".equals(redis.set(prefix + key, value, SetArgs.Builder.nx().px(ttl.toMillis())));
    }

    @Override
    public Optional<String> get(String key) {
        return Optional.ofNullable(redis.get(prefix + key));
    }

    @Override
    public Optional<String> take(String key) {
        return Optional.ofNullable(redis.getdel(prefix + key));
    }

    @Override
    public void delete(String key) {
        redis.del(prefix + key);
    }

    @Override
    public void append(String key, String value, int maxItems, Duration ttl) {
        String k = prefix + key;
        // One connection is shared by all threads, so MULTI would interleave; a Lua script is atomic instead.
        redis.eval("redis.call('RPUSH', KEYS[1], ARGV[1]); redis.call('LTRIM', KEYS[1], -tonumber(ARGV[2]), -1);"
                        + " redis.call('PEXPIRE', KEYS[1], ARGV[3]); return 1",
                io.lettuce.core.ScriptOutputType.INTEGER, new String[]{k},
                value, String.valueOf(maxItems), String.valueOf(ttl.toMillis()));
    }

    @Override
    public List<String> list(String key) {
        return redis.lrange(prefix + key, 0, -1);
    }

    @Override
    public String describe() {
        return description;
    }

    @Override
    public void close() {
        connection.close();
        client.shutdown();
    }
}
