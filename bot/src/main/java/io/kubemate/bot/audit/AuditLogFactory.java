package io.kubemate.bot.audit;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.kubemate.bot.metrics.AuditMetrics;
import io.kubemate.bot.state.StateProperties;
import io.lettuce.core.RedisClient;
import io.micronaut.context.annotation.Bean;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.exceptions.ConfigurationException;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The audit log with the sinks the configuration names: the JSON-lines file and, with Redis, the stream. Each sink's
 * checkpoint goes to the other place when there is one: the file's to Redis, the stream's to a file next to the log;
 * otherwise to a file next to the log (file only) or its own Redis key (Redis only).
 */
@Factory
public class AuditLogFactory {

    private static final Logger LOG = LoggerFactory.getLogger(AuditLogFactory.class);

    @Singleton
    @Bean(preDestroy = "close")
    AuditLog auditLog(AuditProperties audit, StateProperties state, ObjectMapper json, Clock clock, AuditMetrics metrics) {
        AuditKey key = AuditKey.of(audit);
        if (key.development()) {
            LOG.warn("kubemate.audit.key-file is not set: audit records are sealed with the development key, which anyone can "
                    + "use to forge them; allowed only on a loopback address or with kubemate.web.dev-mode");
        }
        AuditChain chain = new AuditChain(key);
        boolean redis = state.uri() != null && !state.uri().isBlank();
        Optional<Path> file = Optional.ofNullable(audit.file()).filter(f -> !f.isBlank()).map(Path::of);
        List<AuditSink> sinks = new ArrayList<>();
        file.ifPresent(path -> {
            CheckpointStore checkpoint = redis
                    ? new RedisCheckpointStore(RedisClient.create(state.uri()), state.keyPrefix() + "audit:checkpoint:file:" + host() + ":"
                    + path.toAbsolutePath())
                    : new FileCheckpointStore(path.resolveSibling(path.getFileName() + ".checkpoint"));
            sinks.add(new JsonLinesAuditSink(path, json, clock, chain, new Checkpoints(checkpoint, key, json)));
        });
        if (redis) {
            CheckpointStore checkpoint = file.<CheckpointStore>map(path -> new FileCheckpointStore(path.resolveSibling(path.getFileName()
                    + ".stream-checkpoint"))).orElseGet(() -> new RedisCheckpointStore(RedisClient.create(state.uri()),
                    state.keyPrefix() + "audit:checkpoint"));
            sinks.add(new RedisStreamAuditSink(RedisClient.create(state.uri()), state.keyPrefix(), json, clock, chain,
                    new Checkpoints(checkpoint, key, json)));
        }
        if (sinks.isEmpty()) {
            throw new ConfigurationException("no audit sink: set kubemate.audit.file or kubemate.redis.uri");
        }
        return new AuditLog(sinks, metrics);
    }

    /** Replicas share Redis but each has its own file: the file's checkpoint key names the pod. */
    private static String host() {
        String host = System.getenv("HOSTNAME");
        return host == null || host.isBlank() ? "localhost" : host;
    }
}
