package io.kubemate.bot.state;

import io.kubemate.bot.chat.MemoryProperties;
import io.lettuce.core.RedisClient;
import io.lettuce.core.RedisConnectionException;
import io.lettuce.core.RedisURI;
import io.micronaut.context.annotation.Bean;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.exceptions.ConfigurationException;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;

/** Chooses the state store: Redis when {@code kubemate.redis.uri} is set, memory otherwise. */
@Factory
public class StateStoreFactory {

    private static final Logger LOG = LoggerFactory.getLogger(StateStoreFactory.class);

    @Singleton
    @Bean(preDestroy = "close")
    StateStore stateStore(StateProperties properties, MemoryProperties memory, Clock clock) {
        if (properties.uri() == null || properties.uri().isBlank()) {
            InMemoryStateStore store = new InMemoryStateStore(clock, memory.maxConversations(), memory.maxStoredChars());
            LOG.info("State: {}. Set kubemate.redis.uri (KUBEMATE_REDIS_URI) to run several replicas.", store.describe());
            return store;
        }
        RedisURI uri = RedisURI.create(properties.uri());
        uri.setTimeout(properties.timeout());
        RedisClient client = RedisClient.create(uri);
        try {
            String where = "redis://" + uri.getHost() + ":" + uri.getPort() + "/" + uri.getDatabase();
            RedisStateStore store = new RedisStateStore(client, properties.keyPrefix(), "Redis at " + where + " (shared by replicas)");
            LOG.info("State: {}", store.describe());
            return store;
        } catch (RedisConnectionException e) {
            client.shutdown();
            throw new ConfigurationException("cannot connect to Redis at " + uri.getHost() + ":" + uri.getPort()
                    + " (kubemate.redis.uri): " + e.getMessage());
        }
    }
}
