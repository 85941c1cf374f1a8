package io.kubemate.bot.audit;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.kubemate.bot.metrics.AuditMetrics;
import io.kubemate.bot.state.StateProperties;
import io.lettuce.core.RedisClient;
import io.micronaut.context.annotation.Bean;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.exceptions.ConfigurationException;
import jakarta.inject.Singleton;

import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

/** The audit log with the sinks the configuration names: the JSON-lines file and, with Redis, the stream. */
@Factory
public class AuditLogFactory {

    @Singleton
    @Bean(preDestroy = "close")
    AuditLog auditLog(AuditProperties audit, StateProperties state, ObjectMapper json, Clock clock, AuditMetrics metrics) {
        List<AuditSink> sinks = new ArrayList<>();
        if (audit.file() != null && !audit.file().isBlank()) {
            sinks.add(new JsonLinesAuditSink(Path.of(audit.file()), json, clock));
        }
        if (state.uri() != null && !state.uri().isBlank()) {
            sinks.add(new RedisStreamAuditSink(RedisClient.create(state.uri()), state.keyPrefix(), json, clock));
        }
        if (sinks.isEmpty()) {
            throw new ConfigurationException("no audit sink: set kubemate.audit.file or kubemate.redis.uri");
        }
        return new AuditLog(sinks, metrics);
    }
}
