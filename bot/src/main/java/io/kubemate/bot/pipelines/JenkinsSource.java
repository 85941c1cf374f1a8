package io.kubemate.bot.pipelines;

import io.fabric8.kubernetes.api.model.Secret;
import io.kubemate.tools.kube.ClusterAccess;
import io.kubemate.tools.kube.KubeCall;
import io.kubemate.tools.kube.ReadPermissions;
import io.kubemate.tools.kube.Subject;
import io.kubemate.tools.outcome.Outcome;
import io.kubemate.tools.pipeline.JenkinsBuild;
import io.kubemate.tools.pipeline.JenkinsClient;
import io.kubemate.tools.redact.Redactor;
import io.kubemate.tools.scope.ReadAccess;
import jakarta.inject.Singleton;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;

/**
 * The configured Jenkins, if any. Its credentials are read from their Secret with the bot's own identity at each
 * call, so a rotated token is used at once and never sits in configuration; they go to Jenkins only, never to a
 * person or a model. A person sees Jenkins builds when their roles grant {@code workloads.read} in the configured
 * namespace (cluster-wide when none is configured): Jenkins jobs belong to no namespace of their own.
 */
@Singleton
public final class JenkinsSource {

    private final PipelinesProperties.Jenkins config;
    private final ClusterAccess cluster;
    private final Redactor redactor;

    public JenkinsSource(PipelinesProperties properties, ClusterAccess cluster, Redactor redactor) {
        this.config = properties.jenkins();
        this.cluster = cluster;
        this.redactor = redactor;
    }

    public boolean configured() {
        return config != null && config.url() != null && !config.url().isBlank();
    }

    /** Whether {@code access} may see Jenkins builds at all. */
    public boolean visibleTo(ReadAccess access) {
        return configured() && (config.namespace() == null ? access.scope(ReadPermissions.WORKLOADS).everything()
                : access.scope(ReadPermissions.WORKLOADS).allows(config.namespace()));
    }

    public Outcome<JenkinsBuild> lastBuild(String job) {
        if (!configured()) {
            return Outcome.noData("Jenkins is not configured (kubemate.pipelines.jenkins.url)");
        }
        Outcome<Map<String, String>> headers = headers();
        if (!(headers instanceof Outcome.Ok<Map<String, String>> ok)) {
            return switch (headers) {
                case Outcome.NoData<Map<String, String>> n -> new Outcome.Failure<>(Outcome.FailureKind.UNAVAILABLE, n.reason());
                case Outcome.Forbidden<Map<String, String>> f -> new Outcome.Failure<>(Outcome.FailureKind.UNAVAILABLE, f.reason());
                case Outcome.Failure<Map<String, String>> f -> new Outcome.Failure<>(f.kind(), f.reason());
                default -> throw new IllegalStateException();
            };
        }
        return new JenkinsClient(URI.create(config.url()), ok.value(), config.timeout(), redactor).lastBuild(job);
    }

    private Outcome<Map<String, String>> headers() {
        String reference = config.credentialsSecret();
        if (reference == null || reference.isBlank()) {
            return Outcome.ok(Map.of());
        }
        String[] parts = reference.split("/", 2);
        if (parts.length != 2) {
            return Outcome.badRequest("kubemate.pipelines.jenkins.credentials-secret must be namespace/name, got " + reference);
        }
        return KubeCall.run("read the Jenkins credentials Secret " + reference, () -> {
            Secret secret = cluster.as(Subject.ownCredentials(), c -> c.secrets().inNamespace(parts[0]).withName(parts[1]).get());
            Optional<String> user = value(secret, config.usernameKey());
            Optional<String> token = value(secret, config.tokenKey());
            if (user.isEmpty() || token.isEmpty()) {
                return Outcome.noData("the Jenkins credentials Secret " + reference + " is missing or lacks the keys "
                        + config.usernameKey() + " and " + config.tokenKey());
            }
            String basic = Base64.getEncoder().encodeToString((user.get() + ":" + token.get()).getBytes(StandardCharsets.UTF_8));
            return Outcome.ok(Map.of("Authorization", "Basic " + basic));
        });
    }

    private static Optional<String> value(Secret secret, String key) {
        if (secret == null || secret.getData() == null || secret.getData().get(key) == null) {
            return Optional.empty();
        }
        return Optional.of(new String(Base64.getDecoder().decode(secret.getData().get(key)), StandardCharsets.UTF_8).strip());
    }
}
